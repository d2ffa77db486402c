import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockVersion, freshnessOf, recordOf } from '@/lib/content/freshness';
import { renderBlocks } from '@/lib/content/markdown';
import { getRelease } from '@/lib/content';
import { blockUpdates, lastModified, latestChange, staleBlocks, updatesOf } from '@/lib/content/release';
import { readFixture } from './fixtures';

afterEach(() => vi.unstubAllEnvs());

describe('translation freshness', () => {
  const original = renderBlocks('첫 문단입니다.\n\n## 소제목\n\n둘째 문단입니다.');

  it('a record made now finds nothing stale', () => {
    expect(freshnessOf(original, recordOf(original))).toEqual({ recorded: true, stale: [], unrecorded: [] });
  });

  it('names a block whose original changed, with the original then and now, and only that block', () => {
    const record = recordOf(original);
    const changed = renderBlocks('첫 문단을 고쳤습니다.\n\n## 소제목\n\n둘째 문단입니다.');
    expect(freshnessOf(changed, record).stale).toEqual([{ index: 0, was: '첫 문단입니다.', now: '첫 문단을 고쳤습니다.' }]);
  });

  it('ignores a change of surrounding whitespace, and knows when there is no record at all', () => {
    expect(blockVersion({ markdown: '첫 문단입니다.\n' })).toBe(blockVersion({ markdown: '첫 문단입니다.' }));
    expect(freshnessOf(original, undefined)).toEqual({ recorded: false, stale: [], unrecorded: [0, 1, 2] });
    const { 'p-3': _, ...partial } = recordOf(original);
    expect(freshnessOf(original, partial).unrecorded).toEqual([2]);
  });

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
});
