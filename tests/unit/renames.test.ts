import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getReleases, getRenamedSlug } from '@/lib/content';
import { renamedDownload } from '@/lib/downloads/catalog';
import { readFixture, validFixtureWith } from './fixtures';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('the old addresses of a renamed release', () => {
  it.each([
    ['picture-release-ko.txt', 'with-image-ko.txt'],
    ['picture-release-ko-en.pdf', 'with-image-ko-en.pdf'],
    ['picture-release-press-kit.zip', 'with-image-press-kit.zip'],
  ])('lead from the download %s to %s', async (from, to) => {
    readFixture('valid');
    expect(await renamedDownload(from)).toBe(to);
  });

  it.each(['with-image-ko.txt', 'picture-release-ko.exe', 'picture-release', 'picture-releasex-ko.txt'])(
    'leave the download %s alone',
    async (name) => {
      readFixture('valid');
      expect(await renamedDownload(name)).toBeUndefined();
    },
  );

  it('are known from redirect_from, and lead nowhere while the release is under embargo', async () => {
    readFixture('valid');
    expect(await getRenamedSlug('picture-release')).toBe('with-image');
    expect(await getRenamedSlug('with-image')).toBeUndefined();
    const dir = await validFixtureWith({
      'releases/embargoed-future/release.yml':
        'date: 2099-01-01T09:00:00+09:00\nembargo: 2099-01-01T09:00:00+09:00\ntranslations: []\nredirect_from: [future-draft]\n',
    });
    expect(await getRenamedSlug('future-draft')).toBeUndefined();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2099-01-01T00:00:00Z') });
    expect(await getRenamedSlug('future-draft')).toBe('embargoed-future');
    await rm(dir, { recursive: true });
  });

  it('fail the build when a release names itself in redirect_from, which would send its pages round in a loop', async () => {
    const dir = await validFixtureWith({
      'releases/korean-only/release.yml': 'date: 2024-03-01T09:00:00+09:00\ntranslations: []\nredirect_from: [old-name, korean-only]\n',
    });
    await expect(getReleases()).rejects.toThrow(
      'releases/korean-only/release.yml: redirect_from names korean-only, the release itself: a release redirects only from slugs it no longer has',
    );
    await rm(dir, { recursive: true });
  });

  it('fail the build when two releases claim one slug, naming both', async () => {
    const dir = await validFixtureWith({
      'releases/korean-only/release.yml': 'date: 2024-03-01T09:00:00+09:00\ntranslations: []\nredirect_from: [first-release]\n',
    });
    await expect(getReleases()).rejects.toThrow(
      'releases/first-release/release.yml: first-release is claimed by releases/first-release and releases/korean-only',
    );
    await expect(getReleases()).rejects.toThrow(
      'releases/korean-only/release.yml: first-release is claimed by releases/first-release and releases/korean-only',
    );
    await rm(dir, { recursive: true });
  });
});
