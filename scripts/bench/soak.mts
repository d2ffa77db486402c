// The origin's memory under a flood of unknown addresses: 100,000 distinct ones across every
// route (pages, side-by-side, share images, downloads, media, search files, lists, feeds, static
// files, the image optimizer, unknown languages), 32 at a time, and how far the server's resident
// memory grew. Nothing unknown may enter a cache that is not bounded in bytes of real memory.
import { readFile } from 'node:fs/promises';
import { startServer, stopServer } from './server.mts';

/** The resident memory of a process and its children, in bytes (Linux /proc). */
async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const own = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '')).split(' ').filter(Boolean).map(Number);
  return own + (await Promise.all(children.map(residentBytes))).reduce((sum, bytes) => sum + bytes, 0);
}

/** The `n`th unknown address, cycling through every kind of route. */
const allUnknownAddresses = [
  (n: number) => `/ko/releases/no-such-release-${n}`,
  (n: number) => `/en/releases/no-such-release-${n}/side-by-side`,
  (n: number) => `/ko/releases/no-such-release-${n}/opengraph-image`,
  (n: number) => `/downloads/no-such-release-${n}-ko.pdf`,
  (n: number) => `/downloads/${'-'.repeat(n % 7000)}`,
  (n: number) => `/media/no-such-release-${n}/photo.jpg`,
  (n: number) => `/search-index/v${n}/head.json`,
  (n: number) => `/en/tags/no-such-tag-${n}`,
  (n: number) => `/ko/archive/${3000 + n}`,
  (n: number) => `/en/page/${1000 + n}`,
  (n: number) => `/x${n}/releases/a`,
  (n: number) => `/ko/no-such-page-${n}`,
  (n: number) => `/_next/static/chunks/no-such-${n}.js`,
  (n: number) => `/_next/image?url=%2Fmedia%2Fa${n}.jpg&w=3840&q=75`,
  (n: number) => `/releases/no-such-release-${n}`,
  (n: number) => `/en/feed.xml?n=${n}`,
];

// SOAK_KIND=n narrows the flood to one kind of address, to find which one grows.
const unknownAddresses = process.env.SOAK_KIND ? [allUnknownAddresses[Number(process.env.SOAK_KIND)]!] : allUnknownAddresses;

/** How long the server is left idle after the flood before its memory is read again. */
export const SETTLE_MS = 60_000;

export type Soak = { requests: number; seconds: number; before: number; peak: number; after: number; statuses: Record<string, number> };

/** Sends `count` distinct unknown addresses to a fresh `next start` of the build in `distDir`, and measures its memory before and after. */
export async function measureSoak(distDir: string, port: number, count = 100_000): Promise<Soak> {
  const server = await startServer(port, distDir);
  const origin = `http://127.0.0.1:${port}`;
  try {
    // Warm: every kind once, so what is measured is growth, not first use.
    for (const [n, address] of unknownAddresses.entries())
      await fetch(origin + address(n), { redirect: 'manual' }).then((response) => response.arrayBuffer());
    const before = await residentBytes(server.pid!);
    const statuses: Record<string, number> = {};
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < count) {
          const n = next++;
          const response = await fetch(origin + unknownAddresses[n % unknownAddresses.length]!(n), { redirect: 'manual' });
          await response.arrayBuffer();
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    // Memory right after the flood holds garbage V8 has not given back yet; once the server is idle,
    // its memory reducer collects and returns it (on this machine within a minute). What is left
    // then is what the flood kept.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const peak = await residentBytes(server.pid!);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return { requests: count, seconds, before, peak, after: await residentBytes(server.pid!), statuses };
  } finally {
    await stopServer(server);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = process.argv[2] ?? '.next';
  const count = Number(process.argv[3] ?? 100_000);
  const soak = await measureSoak(distDir, 3290, count);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  console.log(
    `${soak.requests} unknown addresses in ${soak.seconds.toFixed(0)} s: RSS ${mb(soak.before)} → ${mb(soak.peak)} ` +
      `MB 5 s after → ${mb(soak.after)} MB idle (+${mb(soak.after - soak.before)} MB); statuses ${JSON.stringify(soak.statuses)}`,
  );
}
