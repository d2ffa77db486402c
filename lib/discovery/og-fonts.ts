import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { create, type Font } from 'fontkit';

// Full Noto Sans KR TTFs from an npm package (satori reads neither woff2 nor split subsets);
// read from disk at build time, so image generation needs no network.
const fontDir = path.join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-kr');

type OgFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

let fonts: Promise<{ fonts: OgFont[]; faces: Font[] }> | undefined;

function load() {
  fonts ??= Promise.all(
    ([
      [400, '400Regular/NotoSansKR_400Regular.ttf'],
      [700, '700Bold/NotoSansKR_700Bold.ttf'],
    ] as const).map(async ([weight, file]) => ({ name: 'Noto Sans KR', data: await readFile(path.join(fontDir, file)), weight, style: 'normal' as const })),
  ).then((loaded) => ({ fonts: loaded, faces: loaded.map(({ data }) => create(data) as Font) }));
  return fonts;
}

/** The fonts of the Open Graph images, loaded once per process. */
export async function ogFonts(): Promise<OgFont[]> {
  return (await load()).fonts;
}

/**
 * `text` without the characters every share-image font lacks (emoji, rare scripts): satori
 * would fetch a font for them from the network, which a build here does not have. What is
 * dropped is returned, so the build can say so.
 */
export async function drawableText(text: string): Promise<{ text: string; dropped: string[] }> {
  const { faces } = await load();
  const dropped: string[] = [];
  const kept = [...text].filter((character) => {
    const drawable = /\s/.test(character) || faces.every((face) => face.hasGlyphForCodePoint(character.codePointAt(0)!));
    if (!drawable) dropped.push(character);
    return drawable;
  });
  return { text: kept.join('').replace(/\s{2,}/g, ' ').trim(), dropped };
}
