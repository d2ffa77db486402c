import { describe, expect, it } from 'vitest';
import { getNewsroom, getRelease } from '@/lib/content';
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

  it('states the release facts once, and the organisation once for the newsroom', async () => {
    expect(await getRelease(SLUG)).toMatchObject({ date: '2022-09-21T00:00:00+09:00', contacts: [] });
    expect((await getNewsroom()).organization).toEqual({
      name: { ko: 'LG이노텍', en: 'LG Innotek' },
      stockCode: '011070',
      url: 'https://www.lginnotek.com',
    });
  });

  it('summarises the Korean original with the opening sentence of its second paragraph, word for word', async () => {
    const ko = (await getRelease(SLUG))!.versions.ko;
    expect(ko.summary).toBe(seed[5]!.slice(0, seed[5]!.indexOf('밝혔다.') + '밝혔다.'.length));
    expect(ko.blocks[1]!.text.startsWith(ko.summary!)).toBe(true);
  });

  it('reads as native English: a short headline, no word said twice where once will do, nothing the Korean does not say', async () => {
    const en = (await getRelease(SLUG))!.versions.en!;
    const paragraph = (n: number) => en.blocks[n - 1]!.text;
    expect(en.title.length).toBeLessThanOrEqual(80);
    expect(en.title).not.toMatch(/innovate/i);
    expect(paragraph(1).match(/\btogether\b/g)).toHaveLength(1);
    expect(paragraph(7).match(/\bThe program\b/g)).toBeNull();
    // ‘기술자료임치제도’ names the escrow system, not whose it is.
    expect(paragraph(6)).not.toMatch(/Korea’s|national/);
    // ‘최근 화두가 되고 있는 ESG경영’: ESG as the subject of the moment.
    expect(paragraph(9)).toMatch(/recently/);
  });
});
