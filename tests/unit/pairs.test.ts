import { afterEach, describe, expect, it, vi } from 'vitest';
import { getRelease } from '@/lib/content/loader';
import { renderBlocks } from '@/lib/content/markdown';
import { pairRelease } from '@/lib/content/pairs';
import { useFixture } from './fixtures';

afterEach(() => vi.unstubAllEnvs());

describe('pairRelease', () => {
  it('pairs block N of the original with block N of the translation', async () => {
    useFixture('valid');
    const release = (await getRelease('first-release'))!;
    const bilingual = pairRelease(release);
    expect(bilingual?.original.locale).toBe('ko');
    expect(bilingual?.translation.locale).toBe('en');
    expect(bilingual?.pairs.map(({ original, translation }) => [original.text, translation.text])).toEqual([
      ['첫 문단입니다.', 'The first paragraph.'],
      ['소제목', 'A subheading'],
      ['둘째 문단입니다.', 'The second paragraph.'],
    ]);
  });

  it('has nothing to pair when the release has no translation', async () => {
    useFixture('valid');
    expect(pairRelease((await getRelease('korean-only'))!)).toBeUndefined();
  });

  it('refuses blocks of different kinds, naming the first one', async () => {
    useFixture('valid');
    const release = (await getRelease('first-release'))!;
    const en = { ...release.versions.en!, blocks: renderBlocks('The first paragraph.\n\n- a list\n\nThe second paragraph.') };
    expect(() => pairRelease({ ...release, versions: { ...release.versions, en } })).toThrow(
      'first-release: cannot pair block 2 (heading-2 beside list-unordered)',
    );
  });
});
