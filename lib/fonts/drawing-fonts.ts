import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { create, type Font } from 'fontkit';

// What PDFs and share images set text in, read from npm packages at build time (no network). Noto
// Sans KR first: Hangul, Hanja (中, 美 in headlines) and the look these files have always had.
// Pretendard, the site's own face, for the letters Noto Sans KR lacks: all but 30 of Latin
// Extended-A, the names of people and places abroad (Łódź, Erdoğan, Škoda). Full TTFs: satori reads
// neither woff2 nor split subsets, and pdfkit subsets them itself.
const families = {
  'Noto Sans KR': {
    folder: 'node_modules/@expo-google-fonts/noto-sans-kr',
    files: { 400: '400Regular/NotoSansKR_400Regular.ttf', 700: '700Bold/NotoSansKR_700Bold.ttf' },
  },
  Pretendard: {
    folder: 'node_modules/pretendard/dist/public/static/alternative',
    files: { 400: 'Pretendard-Regular.ttf', 700: 'Pretendard-Bold.ttf' },
  },
} as const;

export type Family = keyof typeof families;
export type Weight = 400 | 700;
export type LoadedFont = { family: Family; weight: Weight; data: Buffer; face: Font };

/** The order text tries the families in. */
export const FAMILIES = Object.keys(families) as Family[];

let loaded: Promise<LoadedFont[]> | undefined;

/** Each family in both weights, in the order text tries them, read and parsed once per process (parsing is most of the cost). */
export function drawingFonts(): Promise<LoadedFont[]> {
  loaded ??= Promise.all(
    FAMILIES.flatMap((family) =>
      ([400, 700] as const).map(async (weight) => {
        const { folder, files } = families[family];
        const data = await readFile(path.join(process.cwd(), folder, files[weight]));
        return { family, weight, data, face: create(data) as Font };
      }),
    ),
  );
  return loaded;
}

/**
 * Characters no family has, drawn as one they have that reads the same: the tilde of a Korean
 * range (2014년∼2021년) is U+223C in text from Hangul and CP949, which Noto Sans KR draws as U+FF5E.
 */
const STAND_INS: Record<string, string> = { '\u223c': '\uff5e' };

/** Whether `family` has `text`'s every character in every weight. */
function hasAll(fonts: LoadedFont[], family: Family, text: string): boolean {
  const faces = fonts.filter((font) => font.family === family).map(({ face }) => face);
  return [...text].every((character) => faces.every((face) => face.hasGlyphForCodePoint(character.codePointAt(0)!)));
}

/** `text` without the characters no family has (emoji, rare scripts), and what was dropped, so the caller can say so. */
export function drawableWith(fonts: LoadedFont[], text: string): { text: string; dropped: string[] } {
  const dropped: string[] = [];
  const kept = [...text]
    .map((character) => STAND_INS[character] ?? character)
    .filter((character) => {
      const drawable = /\s/.test(character) || FAMILIES.some((family) => hasAll(fonts, family, character));
      if (!drawable) dropped.push(character);
      return drawable;
    });
  return { text: kept.join(''), dropped };
}

/**
 * Drawable `text` in runs of one family each: a word in the first family that has all its letters,
 * so no word is drawn half in one face and half in another (Łódź whole in Pretendard), and only a
 * word no family has whole letter by letter; the spaces go with the run before them.
 */
export function familyRuns(fonts: LoadedFont[], text: string): { family: Family; text: string }[] {
  if (hasAll(fonts, FAMILIES[0]!, text)) return [{ family: FAMILIES[0]!, text }];
  const runs: { family: Family; text: string }[] = [];
  const add = (family: Family, piece: string) => {
    const last = runs.at(-1);
    if (last?.family === family) last.text += piece;
    else runs.push({ family, text: piece });
  };
  const familyOf = (piece: string) => FAMILIES.find((family) => hasAll(fonts, family, piece.trimEnd()));
  for (const word of text.split(/(?<=\s)(?=\S)/)) {
    const family = familyOf(word);
    if (family) add(family, word);
    else for (const character of word) add(familyOf(character) ?? FAMILIES[0]!, character);
  }
  return runs;
}
