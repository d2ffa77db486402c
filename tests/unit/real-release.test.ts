import { describe, expect, it } from 'vitest';
import { getRelease } from '@/lib/content/queries';
import { seedLines as seed, SLUG } from '../seed';

describe('the LG Innotek release in content/', () => {
  it('keeps the Korean original word for word', async () => {
    const ko = (await getRelease(SLUG))?.versions.ko;
    expect(ko?.title).toBe(seed[0]);
    expect(ko?.subtitle).toEqual(seed.slice(1, 4));
    expect(ko?.blocks.map((block) => block.text)).toEqual(seed.slice(4));
  });

  it('has an English translation block for every Korean block', async () => {
    const release = await getRelease(SLUG);
    expect(release?.versions.en?.blocks).toHaveLength(11);
    expect(release?.versions.en?.subtitle).toHaveLength(3);
  });

  it('states the release facts once', async () => {
    expect(await getRelease(SLUG)).toMatchObject({ date: '2022-09-21T00:00:00+09:00', company: 'LG Innotek', stockCode: '011070' });
  });
});
