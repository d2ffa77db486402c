// Child process of the benchmark: the limit on this machine. A plain Node HTTP server that hands
// out, from memory, the bytes `next start` sends for each address (fetched once), with the same
// content type, so the serving table can say how close `next start` and nginx come to it.
// Usage: tsx scripts/bench/static-server.mts <origin> <port> <path> ...
import http from 'node:http';

const [origin, port, ...paths] = process.argv.slice(2);
const files = new Map(
  await Promise.all(
    paths.map(async (path) => {
      const response = await fetch(origin + path);
      return [
        path,
        {
          status: response.status,
          body: Buffer.from(await response.arrayBuffer()),
          type: response.headers.get('content-type') ?? 'application/octet-stream',
        },
      ] as const;
    }),
  ),
);

http
  .createServer((request, response) => {
    const file = files.get(request.url ?? '');
    response.writeHead(file?.status ?? 404, { 'Content-Type': file?.type ?? 'text/plain', 'Content-Length': file?.body.byteLength ?? 0 });
    response.end(file?.body);
  })
  .listen(Number(port), () => console.log('ready'));
