import { createHash } from 'node:crypto';

// Pretendard sliced for this newsroom: the Hangul its public pages show, most frequent first, in
// slices of SLICE_SIZE syllables, and all of KS X 1001's 2,350 (what Korean text is set in) for
// releases that go public after the build. A page downloads only the slices its characters
// fall in (unicode-range): the Korean release page needs Latin and two, not the whole face.

/** Syllables a slice holds: about 34 KB of the variable face, both weights. */
export const SLICE_SIZE = 250;

/** Latin, digits, punctuation and currency (45 KB): on Korean pages, "LG이노텍" and "1,030억" in one face. */
const LATIN: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
];

/** What Korean text may need besides syllables: the jamo, and CJK and full-width punctuation. */
const KOREAN_EXTRAS: [number, number][] = [
  [0x1100, 0x11ff],
  [0x3000, 0x303f],
  [0x3130, 0x318f],
  [0xff01, 0xff5e],
];

const isSyllable = (codepoint: number) => codepoint >= 0xac00 && codepoint <= 0xd7a3;

/** KS X 1001's Hangul syllables, from the EUC-KR code points B0A1–C8FE. */
function ksX1001Syllables(): number[] {
  const decoder = new TextDecoder('euc-kr');
  const syllables: number[] = [];
  for (let lead = 0xb0; lead <= 0xc8; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) syllables.push(decoder.decode(new Uint8Array([lead, trail])).codePointAt(0)!);
  }
  return syllables.filter(isSyllable);
}

/** Counts the Hangul syllables of the text a build publishes. */
export class SyllableCounter {
  private readonly counts = new Map<number, number>();

  add(text: string): void {
    for (const character of text) {
      const codepoint = character.codePointAt(0)!;
      if (isSyllable(codepoint)) this.counts.set(codepoint, (this.counts.get(codepoint) ?? 0) + 1);
    }
  }

  /** Every syllable counted, most frequent first (ties by code point). */
  inUse(): number[] {
    return [...this.counts].sort(([a, countA], [b, countB]) => countB - countA || a - b).map(([codepoint]) => codepoint);
  }
}

/**
 * One file of the face: its name (from what it holds), the code points cut into it, the
 * `unicode-range` it answers for, and whether it sets Hangul (the family English text uses).
 */
export type Slice = { name: string; cut: [number, number][]; covers: [number, number][]; hangul: boolean };

/** Consecutive code points as ranges. */
function rangesOf(codepoints: number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const codepoint of [...codepoints].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && codepoint === last[1] + 1) last[1] = codepoint;
    else ranges.push([codepoint, codepoint]);
  }
  return ranges;
}

function slice(cut: [number, number][], hangul: boolean, source: string, covers = cut): Slice {
  return { name: createHash('sha256').update(source).update(JSON.stringify(cut)).digest('hex').slice(0, 16), cut, covers, hangul };
}

function inSlices(codepoints: number[]): number[][] {
  const slices = [];
  for (let start = 0; start < codepoints.length; start += SLICE_SIZE) slices.push(codepoints.slice(start, start + SLICE_SIZE));
  return slices;
}

/**
 * The slices of the face, in the order of their stylesheet: Latin; KS X 1001 in code point order,
 * 250 syllables a slice, each answering for the whole span it lies in (a short `unicode-range`, and
 * the same files for every newsroom); then the syllables in use, most frequent first, and the other
 * Korean characters. A browser tries the faces of a family from the last declared, so a syllable in
 * use comes from its own slice, and a KS X 1001 slice only for one that is not.
 */
export function planSlices(inUse: number[], source: string): Slice[] {
  return [
    slice(LATIN, false, source),
    ...inSlices(ksX1001Syllables()).map((codepoints) => slice(rangesOf(codepoints), true, source, [[codepoints[0]!, codepoints.at(-1)!]])),
    ...inSlices(inUse).map((codepoints) => slice(rangesOf(codepoints), true, source)),
    slice(KOREAN_EXTRAS, true, source),
  ];
}

const hex = (codepoint: number) => codepoint.toString(16).toUpperCase();

/** A slice's `unicode-range`. */
export const unicodeRange = (slice: Slice) =>
  slice.covers.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',');

/** Every character cut into a slice, for the subsetter. */
export const charactersOf = (slice: Slice) =>
  slice.cut.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, offset) => String.fromCodePoint(from + offset))).join('');
