import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

export type Weight = { raw: number; gzip: number };
export type PageWeight = { html: Weight; css: Weight; frameworkJs: Weight; ownJs: Weight; legacyJs: Weight };

const weigh = (body: Buffer): Weight => ({ raw: body.byteLength, gzip: gzipSync(body).byteLength });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const scale = (a: Weight, share: number): Weight => ({ raw: Math.round(a.raw * share), gzip: Math.round(a.gzip * share) });
const none: Weight = { raw: 0, gzip: 0 };

/**
 * The share of a chunk's bytes that comes from this project's own sources (not node_modules),
 * read from its source map: each mapping owns the generated text up to the next mapping.
 */
function ownShare(code: string, map: RawSourceMap): number {
  const lines = code.split('\n');
  let own = 0;
  let previous: { line: number; column: number; own: boolean } | undefined;
  const close = (line: number, column: number) => {
    if (!previous?.own) return;
    own += previous.line === line ? column - previous.column : (lines[previous.line - 1]?.length ?? 0) - previous.column;
  };
  new SourceMapConsumer(map).eachMapping((mapping) => {
    close(mapping.generatedLine, mapping.generatedColumn);
    const source = mapping.source ?? '';
    // Turbopack names project files turbopack:///[project]/…; its runtime is [turbopack].
    previous = {
      line: mapping.generatedLine,
      column: mapping.generatedColumn,
      own: source.startsWith('turbopack:///[project]/') && !source.includes('node_modules'),
    };
  });
  close(lines.length + 1, 0);
  return own / code.length;
}

/** Splits a script into framework and own bytes by its source map (built with BENCH_BUILD=1). */
async function splitScript(distDir: string, url: string, body: Buffer): Promise<{ framework: Weight; own: Weight }> {
  const code = body.toString('utf8');
  const mapName = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
  const mapFile = mapName && path.join(distDir, path.dirname(url.replace(/^\/_next\//, '')), mapName);
  const map = mapFile ? await readFile(mapFile, 'utf8') : undefined;
  const share = map ? ownShare(code, JSON.parse(map)) : 0;
  const weight = weigh(body);
  return { framework: scale(weight, 1 - share), own: scale(weight, share) };
}

/**
 * What a browser downloads for one page: the HTML and every stylesheet and script it names,
 * in tags or in the RSC payload (chunks loaded during hydration), raw and gzip.
 */
export async function pageWeight(origin: string, pagePath: string, distDir: string): Promise<PageWeight> {
  const html = Buffer.from(await (await fetch(origin + pagePath)).arrayBuffer());
  const source = html.toString('utf8');
  // Modern browsers skip the noModule polyfill; it is counted apart.
  const legacy = new Set([...source.matchAll(/<script[^>]*src="([^"]+)"[^>]*noModule/gi)].map((match) => match[1]));
  const urls = new Set([...source.matchAll(/\/_next\/static\/[^"'\\\s]+\.(?:js|css)/g)].map((match) => match[0]));
  const weight: PageWeight = { html: weigh(html), css: none, frameworkJs: none, ownJs: none, legacyJs: none };
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(origin + url)).arrayBuffer());
    if (url.endsWith('.css')) weight.css = add(weight.css, weigh(body));
    else if (legacy.has(url)) weight.legacyJs = add(weight.legacyJs, weigh(body));
    else {
      const { framework, own } = await splitScript(distDir, url, body);
      weight.frameworkJs = add(weight.frameworkJs, framework);
      weight.ownJs = add(weight.ownJs, own);
    }
  }
  return weight;
}
