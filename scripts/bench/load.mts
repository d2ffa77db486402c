import autocannon from 'autocannon';

export type Load = { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number; total: number };

/** Many readers at once, from loopback only: `connections` keep-alive clients for `seconds`. */
export async function loadTest(url: string, connections = 50, seconds = 20): Promise<Load> {
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}
