// Child process of the benchmark: the limit on this machine. A plain Node HTTP server that hands
// out the bytes `next build` prerendered (read once into memory) with the same content type, so
// the serving table can say how close `next start` comes to it.
// Usage: tsx scripts/bench/static-server.mts <distDir> <port> <path>=<file> ...
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const [distDir, port, ...routes] = process.argv.slice(2);
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.body': 'application/octet-stream' };
const files = new Map(
  routes.map((route) => {
    const [url, file] = route.split('=') as [string, string];
    return [url, { body: readFileSync(path.join(distDir!, 'server/app', file)), type: types[path.extname(file)]! }];
  }),
);

http
  .createServer((request, response) => {
    const file = files.get(request.url ?? '');
    response.writeHead(file ? 200 : 404, { 'Content-Type': file?.type ?? 'text/plain', 'Content-Length': file?.body.byteLength ?? 0 });
    response.end(file?.body);
  })
  .listen(Number(port), () => console.log('ready'));
