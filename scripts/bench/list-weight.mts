import { gzipSync } from 'node:zlib';

/** Bytes as sent and gzipped. */
export type Weight = { raw: number; gzip: number };

/** The bytes of what `url` answers, as sent and gzipped. */
export async function weigh(url: string): Promise<Weight> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  return { raw: body.byteLength, gzip: gzipSync(body).byteLength };
}

/**
 * The list pages whose weight must not grow with the newsroom (the synthetic releases span 2005–2024,
 * and about half are tagged `suppliers`).
 */
export const listPages = { list: '/ko', tag: '/ko/tags/suppliers', archive: '/ko/archive/2010' } as const;

/** HTML bytes of each list page, raw and gzip. */
export async function listWeights(origin: string): Promise<Record<keyof typeof listPages, Weight>> {
  const entries = await Promise.all(Object.entries(listPages).map(async ([name, path]) => [name, await weigh(origin + path)] as const));
  return Object.fromEntries(entries) as Record<keyof typeof listPages, Weight>;
}
