import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { create, type Font } from 'fontkit';

// Noto Sans KR from an npm package, read from disk at build time: share images and PDFs need no
// network. Full TTFs: satori reads neither woff2 nor split subsets, and pdfkit subsets them itself.
const fontDir = path.join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-kr');
const files = { 400: '400Regular/NotoSansKR_400Regular.ttf', 700: '700Bold/NotoSansKR_700Bold.ttf' } as const;

export type Weight = keyof typeof files;
export type LoadedFont = { weight: Weight; data: Buffer; face: Font };

let loaded: Promise<LoadedFont[]> | undefined;

/** Regular and bold, read and parsed once per process (parsing is most of the cost of using them). */
export function notoSansKr(): Promise<LoadedFont[]> {
  loaded ??= Promise.all(
    ([400, 700] as const).map(async (weight) => {
      const data = await readFile(path.join(fontDir, files[weight]));
      return { weight, data, face: create(data) as Font };
    }),
  );
  return loaded;
}

/**
 * Characters Noto Sans KR lacks, drawn as one it has that reads the same: the tilde of a Korean
 * range (2014년∼2021년) is U+223C in text from Hangul and CP949, which the font draws as U+FF5E.
 */
const STAND_INS: Record<string, string> = { '\u223c': '\uff5e' };

/** `text` without the characters some of `faces` lack (emoji, rare scripts), and what was dropped, so the caller can say so. */
export function drawableWith(faces: Font[], text: string): { text: string; dropped: string[] } {
  const dropped: string[] = [];
  const kept = [...text]
    .map((character) => STAND_INS[character] ?? character)
    .filter((character) => {
      const drawable = /\s/.test(character) || faces.every((face) => face.hasGlyphForCodePoint(character.codePointAt(0)!));
      if (!drawable) dropped.push(character);
      return drawable;
    });
  return { text: kept.join(''), dropped };
}
