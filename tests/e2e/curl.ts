import { spawnSync } from 'node:child_process';

/** A GET with curl, which shows what a browser would get: raw bytes, every header, and whether the answer ever ended (10 s at most). */
export function curl(url: string, ...options: string[]) {
  const result = spawnSync('curl', ['-s', '--max-time', '10', '-D', '-', ...options, url], { maxBuffer: 64 * 1024 * 1024 });
  const end = result.stdout.indexOf('\r\n\r\n');
  const head = result.stdout.subarray(0, end).toString().split('\r\n');
  const headers = Object.fromEntries(
    head.slice(1).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return {
    exitCode: result.status,
    status: Number(head[0]?.split(' ')[1]),
    headers: headers as Record<string, string | undefined>,
    body: result.stdout.subarray(end + 4),
  };
}
