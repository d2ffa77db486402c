import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';
import { writeWhole } from '@/lib/build-cache';
import { webFontDir, webFontFacesFile } from '@/lib/cache/build-folder.cjs';
import { webFontPath } from '@/lib/routes';
import { manifestFile, type Manifest } from './files';
import { charactersOf, planSlices, unicodeRange, type Slice, type SyllableCounter } from './plan';

// Made once as a build starts (scripts/content/build-index.mts) into the build's cache folder,
// where ./files.ts reads it. Cutting a slice takes a third of a second (most of it WOFF2's
// compression): each is kept by that name in node_modules/.cache, where every build of this
// checkout finds it (the KS X 1001 slices are the same for every newsroom), so a build cuts only
// the slices of syllables new to it.

/** Pretendard's variable face (OFL), from its npm package: one file for every weight. */
const SOURCE = path.resolve(
  /*turbopackIgnore: true*/ process.cwd(),
  'node_modules/pretendard/dist/web/variable/woff2/PretendardVariable.woff2',
);
/** The weights the site sets (body and headings): the face is cut to that span of its axis. */
const WEIGHTS = { min: 400, max: 700 };
/** The face on Korean text, Latin included; on English text, a family of the Hangul slices only keeps the system's Latin. */
const FAMILIES = { all: 'Pretendard', hangul: 'Pretendard Hangul' } as const;

const sliceCache = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'node_modules/.cache/newsroom-web-font');

const fileOf = (slice: Slice) => `pretendard-${slice.name}.woff2`;

function fontFace(family: string, slice: Slice): string {
  return (
    `@font-face{font-family:'${family}';font-style:normal;font-weight:${WEIGHTS.min} ${WEIGHTS.max};font-display:swap;` +
    `src:url(${webFontPath(fileOf(slice))}) format('woff2');unicode-range:${unicodeRange(slice)}}`
  );
}

/** The faces of both families, slice by slice. */
const facesOf = (slices: Slice[]) =>
  [
    ...slices.map((slice) => fontFace(FAMILIES.all, slice)),
    ...slices.filter((slice) => slice.hangul).map((slice) => fontFace(FAMILIES.hangul, slice)),
  ].join('\n');

/**
 * Cuts the face into the slices the counted syllables call for, each from the cache when cut before,
 * and writes the faces naming them (CSS), which the site's stylesheet takes in (next.config.ts).
 */
export async function writeWebFont(syllables: SyllableCounter): Promise<{ slices: number; facesBytes: number }> {
  const source = await readFile(SOURCE);
  const slices = planSlices(syllables.inUse(), createHash('sha256').update(source).update(JSON.stringify(WEIGHTS)).digest('hex'));
  for (const slice of slices) {
    const cached = path.join(sliceCache, fileOf(slice));
    let bytes = await readFile(cached).catch(() => undefined);
    if (!bytes) {
      bytes = Buffer.from(await subsetFont(source, charactersOf(slice), { targetFormat: 'woff2', variationAxes: { wght: WEIGHTS } }));
      await writeWhole(cached, bytes);
    }
    await writeWhole(path.join(webFontDir(), fileOf(slice)), bytes);
  }
  const faces = facesOf(slices);
  const files = slices.map(fileOf);
  const kept = new Set([...files, 'manifest.json', path.basename(webFontFacesFile())]);
  await Promise.all(
    (await readdir(webFontDir())).filter((name) => !kept.has(name)).map((name) => rm(path.join(webFontDir(), name), { force: true })),
  );
  await writeWhole(manifestFile(), JSON.stringify({ files } satisfies Manifest));
  await writeWhole(webFontFacesFile(), faces);
  return { slices: slices.length, facesBytes: Buffer.byteLength(faces) };
}
