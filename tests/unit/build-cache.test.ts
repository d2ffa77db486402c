import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cachePath, JsonCache } from '@/lib/build-cache';

describe("the build's cache", () => {
  it('takes two writes of one key at once, keeps one of them whole, and leaves no temporary file', async () => {
    const cache = new JsonCache<{ n: number }>('writes');
    await Promise.all([cache.set('key', { n: 1 }), cache.set('key', { n: 2 })]);
    expect([1, 2]).toContain((await cache.get('key'))?.n);
    expect(await readdir(cachePath('writes'))).toEqual(['key.json']);
  });
});
