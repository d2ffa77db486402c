import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { webFontFacesFile } from '@/lib/cache/build-folder.cjs';
import { charactersOf, planSlices, SLICE_SIZE, SyllableCounter, unicodeRange, type Slice } from '@/lib/web-font/plan';

const codepointsOf = (slice: Slice) => [...charactersOf(slice)].map((character) => character.codePointAt(0)!);
const syllablesOf = (slices: Slice[]) => slices.flatMap(codepointsOf).filter((codepoint) => codepoint >= 0xac00 && codepoint <= 0xd7a3);
const covers = (slice: Slice, codepoint: number) => slice.covers.some(([from, to]) => from <= codepoint && codepoint <= to);
/** The face a browser takes a character from: the last declared slice whose range holds it. */
const sliceFor = (slices: Slice[], character: string) =>
  slices.findLast((slice) => slice.hangul && covers(slice, character.codePointAt(0)!));

describe('the web font', () => {
  it('counts the Hangul syllables of what is published, most frequent first, ties in code point order', () => {
    const counter = new SyllableCounter();
    counter.add('동반성장 LG이노텍 동반');
    counter.add('성장');
    expect(
      counter
        .inUse()
        .map((codepoint) => String.fromCodePoint(codepoint))
        .join(''),
    ).toBe('동반성장노이텍');
  });

  it('cuts all of KS X 1001, and takes a syllable in use, in it or not, from a slice of what is in use', () => {
    const inUse = [...'동반성장힣똠'].map((character) => character.codePointAt(0)!);
    const slices = planSlices(inUse, 'font');
    const ksX1001 = slices.filter((slice) => slice.hangul && slice.covers !== slice.cut);
    expect(new Set(syllablesOf(ksX1001)).size).toBe(2350);
    expect(syllablesOf(ksX1001)).toHaveLength(2350);
    // 힣 and 똠 are not in KS X 1001: a release that uses them gets them because they are counted.
    for (const character of '동반성장힣똠') expect(sliceFor(slices, character)!.covers, character).toBe(sliceFor(slices, character)!.cut);
    for (const character of '동반성장힣똠') expect(codepointsOf(sliceFor(slices, character)!)).toContain(character.codePointAt(0));
    // Any other syllable of KS X 1001 from the slice of its span.
    for (const character of '가나다라마바사아자차카타파하')
      expect(codepointsOf(sliceFor(slices, character)!), character).toContain(character.codePointAt(0));
  });

  it('holds at most SLICE_SIZE syllables a slice in use, the most frequent in the first', () => {
    const inUse = Array.from({ length: 600 }, (_, index) => 0xac00 + index * 7);
    const slices = planSlices(inUse, 'font');
    const first = sliceFor(slices, String.fromCodePoint(inUse[0]!))!;
    const last = sliceFor(slices, String.fromCodePoint(inUse[599]!))!;
    expect([codepointsOf(first).length, codepointsOf(last).length]).toEqual([SLICE_SIZE, 600 - 2 * SLICE_SIZE]);
  });

  it('cuts the same KS X 1001 slices for every newsroom, so a machine cuts them once', () => {
    const names = (inUse: string) =>
      planSlices(
        [...inUse].map((character) => character.codePointAt(0)!),
        'font',
      ).map((slice) => slice.name);
    const [one, other] = [names('동반성장'), names('보도자료')];
    expect(one.filter((name) => other.includes(name))).toHaveLength(one.length - 1);
  });

  it('puts Latin in a slice of its own, which English text does not use', () => {
    const [latin] = planSlices([], 'font');
    expect(latin!.hangul).toBe(false);
    for (const character of 'LG 1,030·“”') expect(charactersOf(latin!)).toContain(character);
  });

  it('names a slice by the font and the characters it holds', () => {
    const [a, b, c] = [planSlices([0xac00], 'font'), planSlices([0xac00], 'font'), planSlices([0xac00], 'another font')];
    expect(a.map((slice) => slice.name)).toEqual(b.map((slice) => slice.name));
    expect(new Set(a.map((slice) => slice.name)).size).toBe(a.length);
    expect(a[0]!.name).not.toBe(c[0]!.name);
  });

  it('writes ranges as CSS reads them', () => {
    expect(
      unicodeRange({
        name: 'x',
        cut: [],
        covers: [
          [0x20, 0x7e],
          [0xac00, 0xac00],
        ],
        hangul: false,
      }),
    ).toBe('U+20-7E,U+AC00');
  });
});

describe('the web font of a build', () => {
  const dist = process.env.NEXT_DIST_DIR;
  afterEach(() => {
    if (dist === undefined) delete process.env.NEXT_DIST_DIR;
    else process.env.NEXT_DIST_DIR = dist;
  });

  /** The writer and the reader, fresh, of the build folder `folder` (relative, as NEXT_DIST_DIR is). */
  async function buildFolder(folder: string) {
    process.env.NEXT_DIST_DIR = path.relative(process.cwd(), folder);
    vi.resetModules();
    return { ...(await import('@/lib/web-font/write')), ...(await import('@/lib/web-font/files')) };
  }

  it('is cut into the slices its faces name, and serves them by name, nothing else', { timeout: 60_000 }, async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'web-font-'));
    try {
      const { writeWebFont, webFontFile, webFontServed } = await buildFolder(folder);
      const counter = new SyllableCounter();
      counter.add('동반성장');
      const { slices, facesBytes } = await writeWebFont(counter);
      expect(await webFontServed()).toBe(true);
      const faces = await readFile(webFontFacesFile(), 'utf8');
      expect(path.relative(folder, webFontFacesFile())).toBe(path.join('cache', 'web-font', 'faces.css'));
      expect(Buffer.byteLength(faces)).toBe(facesBytes);
      // Every slice in the family set on Korean text; those with Hangul in the family English text takes it from.
      expect(faces.match(/font-family:'Pretendard'/g)).toHaveLength(slices);
      expect(faces).toMatch(/font-family:'Pretendard Hangul'/);
      const names = [...faces.matchAll(/url\(\/fonts\/(pretendard-[0-9a-f]{16}\.woff2)\)/g)].map((match) => match[1]!);
      expect(new Set(names).size).toBe(slices);
      const font = await webFontFile(names[0]!);
      expect(Buffer.from(font!).subarray(0, 4).toString('latin1')).toBe('wOF2');
      for (const unknown of ['manifest.json', '../content-index.json', 'pretendard-0000000000000000.woff2', 'faces.css'])
        expect(await webFontFile(unknown), unknown).toBeUndefined();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('is none where a copy of the build lost its cache folder: pages keep the system face', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'web-font-'));
    const { webFontFile, webFontServed } = await buildFolder(folder);
    expect(await webFontServed()).toBe(false);
    expect(await webFontFile('pretendard-0000000000000000.woff2')).toBeUndefined();
    await rm(folder, { recursive: true, force: true });
  });
});
