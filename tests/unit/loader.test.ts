import { afterEach, describe, expect, it, vi } from 'vitest';
import { getLocalizedRelease, getRelease, getReleases, listReleases } from '@/lib/content/loader';
import { useFixture } from './fixtures';

afterEach(() => vi.unstubAllEnvs());

describe('content loader on valid content', () => {
  it('lists published releases newest first', async () => {
    useFixture('valid');
    const slugs = (await getReleases(new Date('2025-01-01T00:00:00Z'))).map((release) => release.slug);
    expect(slugs).toEqual(['korean-only', 'first-release', 'embargo-passed']);
  });

  it('reshapes facts and both languages into one release', async () => {
    useFixture('valid');
    const release = await getRelease('first-release');
    expect(release).toMatchObject({
      slug: 'first-release',
      date: '2024-03-05T10:00:00+09:00',
      company: 'Example Corp',
      tags: [],
    });
    expect(release?.versions.ko).toMatchObject({ locale: 'ko', title: '첫 번째 보도자료', subtitle: ['부제목 한 줄'] });
    expect(release?.versions.en?.blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading-2', 'paragraph']);
    expect(release?.versions.en?.blocks[1]).toEqual({
      kind: 'heading-2',
      html: '<h2>A subheading</h2>',
      text: 'A subheading',
      markdown: '## A subheading',
    });
  });

  it('lists a language only with the releases translated into it', async () => {
    useFixture('valid');
    const now = new Date('2025-01-01T00:00:00Z');
    expect((await listReleases('en', now)).map(({ release }) => release.slug)).toEqual(['first-release']);
    expect((await listReleases('ko', now)).map(({ version }) => version.locale)).toEqual(['ko', 'ko', 'ko']);
    expect(await getLocalizedRelease('korean-only', 'en', now)).toBeUndefined();
  });

  it('returns undefined for an unknown slug', async () => {
    useFixture('valid');
    expect(await getRelease('no-such-release')).toBeUndefined();
  });

  it('keeps a release out until its embargo has passed', async () => {
    useFixture('valid');
    expect(await getRelease('embargoed-future', new Date('2098-12-31T23:59:59Z'))).toBeUndefined();
    expect(await getRelease('embargoed-future', new Date('2099-01-01T00:00:00Z'))).toBeDefined();
    expect(await getRelease('embargo-passed', new Date('2024-01-10T00:00:00Z'))).toBeDefined();
  });
});

describe('content loader on bad content', () => {
  it.each([
    ['missing-front-matter', 'releases/sample/en.md: front matter is missing'],
    ['malformed-front-matter', 'releases/sample/ko.md: malformed front matter'],
    ['missing-title', 'releases/sample/ko.md: title: is required'],
    ['unknown-field', 'releases/sample/en.md: title: is required; (front matter): Unrecognized key: "titel"'],
    ['bad-date', 'releases/sample/release.yml: date: Invalid ISO datetime'],
    ['missing-facts', 'releases/sample/release.yml: file is missing'],
    ['missing-date', 'releases/sample/release.yml: date: is required'],
    ['missing-translation', 'releases/sample/en.md: file is missing'],
    ['unexpected-file', 'releases/sample/fr.md: unexpected file'],
    ['invalid-slug', 'releases/Bad_Slug: invalid slug'],
    ['block-kind-mismatch', 'releases/sample: ko.md and en.md differ at block 2 (ko.md: heading-2, en.md: paragraph)'],
    ['block-count-mismatch', 'releases/sample: ko.md and en.md differ at block 3 (ko.md: paragraph, en.md: no block)'],
    ['invalid-utf8', 'releases/sample/en.md: is not valid UTF-8'],
  ])('%s stops with a message naming the file and the problem', async (fixture, message) => {
    useFixture(`bad/${fixture}`);
    await expect(getReleases()).rejects.toThrow(message);
  });
});

describe('hostile Markdown', () => {
  it('renders without anything executable', async () => {
    useFixture('hostile');
    const release = await getRelease('hostile');
    const html = release?.versions.ko.blocks.map((block) => block.html).join('\n') ?? '';
    expect(html).toContain('<a href="https://example.com/">a fine link</a>');
    expect(html).not.toMatch(/<script|<iframe|<svg|onerror|javascript:|data:text/i);
    expect(release?.versions.ko.title).toBe("<script>alert('title')</script>");
  });
});
