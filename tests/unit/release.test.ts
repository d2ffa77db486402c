import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockAnchor, blockIndex, blockIndexOf, blockNumber } from '@/lib/content/anchor';
import { subtitleIndexOf } from '@/lib/translation/units';
import { findMisalignment } from '@/lib/content/alignment';
import { renderBlocks } from '@/lib/content/markdown';
import { getRelease } from '@/lib/content';
import { bilingualOf, hasSideBySide, isPublished, readable, releaseLocales, translationOf, writtenIn } from '@/lib/content/release';
import { readFixture } from './fixtures';

afterEach(() => vi.unstubAllEnvs());

const fixture = async (slug: string) => {
  readFixture('valid');
  return (await getRelease(slug))!;
};

describe('bilingualOf', () => {
  it('pairs block N of the original with block N of the translation', async () => {
    const bilingual = bilingualOf(await fixture('first-release'));
    expect(bilingual?.original.locale).toBe('ko');
    expect(bilingual?.translation.locale).toBe('en');
    expect(bilingual?.pairs.map(({ original, translation }) => [original.text, translation.text])).toEqual([
      ['첫 문단입니다.', 'The first paragraph.'],
      ['소제목', 'A subheading'],
      ['둘째 문단입니다.', 'The second paragraph.'],
    ]);
  });

  it('has nothing to pair when the release has no translation', async () => {
    expect(bilingualOf(await fixture('korean-only'))).toBeUndefined();
  });
});

describe('findMisalignment', () => {
  it('names the first block where the kinds differ', () => {
    const ko = renderBlocks('첫 문단.\n\n## 소제목\n\n둘째 문단.');
    expect(findMisalignment(ko, renderBlocks('First.\n\n- a list\n\nSecond.'))).toEqual({
      index: 1,
      original: 'heading-2',
      translation: 'list-unordered',
    });
    expect(findMisalignment(ko, renderBlocks('First.\n\n## Heading'))).toEqual({ index: 2, original: 'paragraph', translation: undefined });
    expect(findMisalignment(ko, renderBlocks('First.\n\n## Heading\n\nSecond.'))).toBeUndefined();
  });
});

describe('what a release offers', () => {
  it('a translated release has a side-by-side view and a page in each language', async () => {
    const release = await fixture('first-release');
    expect(hasSideBySide(release)).toBe(true);
    expect(translationOf(release)?.locale).toBe('en');
    expect(releaseLocales(release)).toEqual(['ko', 'en']);
    expect(readable(release, 'en')).toMatchObject({ locale: 'en', translated: true, version: { locale: 'en' } });
    expect(writtenIn(release, 'en')?.version.title).toBe(release.versions.en?.title);
  });

  it('a Korean-only release is read in Korean everywhere, and has no side-by-side view', async () => {
    const release = await fixture('korean-only');
    expect(hasSideBySide(release)).toBe(false);
    expect(releaseLocales(release)).toEqual(['ko']);
    expect(readable(release, 'en')).toMatchObject({ locale: 'en', translated: false, version: { locale: 'ko' } });
    expect(writtenIn(release, 'en')).toBeUndefined();
  });

  it('is published from its embargo time on', async () => {
    const release = { ...(await fixture('first-release')), embargo: '2024-03-05T10:00:00+09:00' };
    expect(isPublished(release, new Date('2024-03-05T00:59:59Z'))).toBe(false);
    expect(isPublished(release, new Date('2024-03-05T01:00:00Z'))).toBe(true);
  });
});

describe('block numbers and unit ids', () => {
  it('number blocks from 1 as readers do, and read back only an anchor or a subtitle id that names one', () => {
    expect([blockNumber(0), blockIndex(1), blockAnchor(11), blockIndexOf('p-12')]).toEqual([1, 0, 'p-12', 11]);
    for (const other of ['p-0', 'p-01', 'p-', 'x-1', 'p-1a', 'subtitle-1']) expect(blockIndexOf(other), other).toBeUndefined();
    expect(subtitleIndexOf('subtitle-10')).toBe(9);
    for (const other of ['subtitle-0', 'subtitle-', 'title', 'p-1']) expect(subtitleIndexOf(other), other).toBeUndefined();
  });
});
