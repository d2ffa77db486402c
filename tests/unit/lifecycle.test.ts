import { afterEach, describe, expect, it, vi } from 'vitest';
import { getRelease } from '@/lib/content';
import { blockUpdates, lastModified, latestChange, noteIn, staleBlocks, updatesOf } from '@/lib/content/release';
import { readFixture } from './fixtures';

afterEach(() => vi.unstubAllEnvs());

describe('translation freshness', () => {
  it('is read from the release folder: the fixture translation has paragraph 1 stale', async () => {
    readFixture('valid');
    const release = (await getRelease('first-release'))!;
    expect(release.versions.en?.freshness?.stale).toEqual([{ index: 0, was: '첫 문단이었습니다.', now: '첫 문단입니다.' }]);
    expect([...staleBlocks(release.versions.en!)]).toEqual([0]);
    expect(release.versions.ko.freshness).toBeUndefined();
  });
});

describe('updates', () => {
  it('are listed newest first with stable ids, mark the blocks they changed, and date the release', async () => {
    readFixture('valid');
    const release = (await getRelease('first-release'))!;
    expect(updatesOf(release).map(({ id, date }) => [id, date])).toEqual([
      ['update-2', '2024-03-07T15:30:00+09:00'],
      ['update-1', '2024-03-06T09:00:00+09:00'],
    ]);
    expect([...blockUpdates(release)].map(([index, update]) => [index, update.id])).toEqual([
      [0, 'update-2'],
      [1, 'update-1'],
    ]);
    expect(lastModified(release)).toBe('2024-03-07T15:30:00+09:00');
    expect(lastModified((await getRelease('korean-only'))!)).toBe('2024-06-01T09:00:00+09:00');
    expect(latestChange([release, (await getRelease('embargo-passed'))!])).toBe('2024-03-07T15:30:00+09:00');
    expect(latestChange([])).toBeUndefined();
  });

  it('are noted in the reader’s language, else in the original, which the note then says it is in', async () => {
    readFixture('valid');
    const [untranslated, translated] = updatesOf((await getRelease('first-release'))!);
    expect(noteIn(translated!, 'en')).toEqual({ text: 'The subheading was corrected.', locale: 'en' });
    expect(noteIn(translated!, 'ko')).toEqual({ text: '소제목을 바로잡았습니다.', locale: 'ko' });
    expect(noteIn(untranslated!, 'en')).toEqual({ text: '첫 문단의 표현을 고쳤습니다.', locale: 'ko' });
  });
});
