import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentErrors } from '@/lib/content/content-error';
import { ContentFolder, IMAGE_LIMIT } from '@/lib/content/content-folder';
import { getNewsroom, getRelease, getReleases } from '@/lib/content';
import { releaseWarnings } from '@/lib/content/publishing';
import { readable, writtenIn } from '@/lib/content/release';
import { atBuildTime, readFixture, releaseOf, versionOf } from './fixtures';

afterEach(() => vi.unstubAllEnvs());

describe('content loader on valid content', () => {
  it('lists published releases newest first', async () => {
    readFixture('valid');
    atBuildTime('2025-01-01T00:00:00Z');
    const slugs = (await getReleases()).map((release) => release.slug);
    expect(slugs).toEqual(['korean-only', 'with-image', 'first-release', 'embargo-passed', 'emoji-title']);
  });

  it('reshapes facts and both languages into one release', async () => {
    readFixture('valid');
    const release = await getRelease('first-release');
    expect(release).toMatchObject({
      slug: 'first-release',
      date: '2024-03-05T10:00:00+09:00',
      tags: ['news', 'partners'],
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

  it('lists a language with the releases translated into it', async () => {
    readFixture('valid');
    atBuildTime('2025-01-01T00:00:00Z');
    const releases = await getReleases();
    expect(releases.flatMap((release) => writtenIn(release, 'en') ?? []).map(({ release }) => release.slug)).toEqual([
      'with-image',
      'first-release',
    ]);
    expect(releases.flatMap((release) => writtenIn(release, 'ko') ?? []).map(({ version }) => version.locale)).toEqual([
      'ko',
      'ko',
      'ko',
      'ko',
      'ko',
    ]);
  });

  it('offers readers every release, in the original where there is no translation', async () => {
    readFixture('valid');
    atBuildTime('2025-01-01T00:00:00Z');
    expect(
      (await getReleases()).map((release) => readable(release, 'en')).map(({ release, version }) => `${release.slug}:${version.locale}`),
    ).toEqual(['korean-only:ko', 'with-image:en', 'first-release:en', 'embargo-passed:ko', 'emoji-title:ko']);
    expect(readable((await getRelease('korean-only'))!, 'en').version.title).toBe('한국어로만 낸 보도자료');
    expect(await getRelease('no-such-release')).toBeUndefined();
  });

  it('keeps a release out until its embargo has passed', async () => {
    readFixture('valid');
    atBuildTime('2098-12-31T23:59:59Z');
    expect(await getRelease('embargoed-future')).toBeUndefined();
    atBuildTime('2099-01-01T00:00:00Z');
    expect(await getRelease('embargoed-future')).toBeDefined();
    atBuildTime('2024-01-10T00:00:00Z');
    expect(await getRelease('embargo-passed')).toBeDefined();
  });
});

describe('content loader on bad content', () => {
  it.each([
    ['missing-front-matter', 'releases/sample/en.md: front matter is missing'],
    ['malformed-front-matter', 'releases/sample/ko.md: malformed front matter'],
    ['missing-title', 'releases/sample/ko.md: title: is required'],
    ['unknown-field', 'releases/sample/en.md: title: is required; (front matter): Unrecognized key: "titel"'],
    ['bad-date', 'releases/sample/release.yml:1: date: must be a time with its offset, e.g. 2026-12-03T06:00+09:00'],
    ['missing-facts', 'releases/sample/release.yml: file is missing'],
    ['missing-date', 'releases/sample/release.yml: date: is required'],
    ['missing-translation', 'releases/sample/en.md: file is missing'],
    ['unexpected-file', 'releases/sample/fr.md: unexpected file'],
    ['invalid-slug', 'releases/Bad_Slug: invalid slug'],
    ['block-kind-mismatch', 'releases/sample: ko.md and en.md differ at block 2 (ko.md: heading-2, en.md: paragraph)'],
    ['block-count-mismatch', 'releases/sample: ko.md and en.md differ at block 3 (ko.md: paragraph, en.md: no block)'],
    ['invalid-utf8', 'releases/sample/en.md: is not valid UTF-8'],
    ['yaml-custom-tag', 'releases/sample/ko.md: malformed front matter: Unresolved tag: tag:yaml.org,2002:js/function'],
    ['yaml-alias-bomb', 'releases/sample/release.yml: malformed YAML: Excessive alias count'],
    ['yaml-proto', 'releases/sample/en.md: (front matter): Unrecognized key: "__proto__"'],
    ['duplicate-key', 'releases/sample/release.yml: malformed YAML: Map keys must be unique'],
    ['control-character', 'releases/sample/ko.md:7: contains the character U+000B'],
    [
      'update-before-release',
      'releases/sample/release.yml: updates.0.date: 2024-03-01T10:00:00+09:00 is before the release (2024-03-05T10:00:00+09:00)',
    ],
    ['update-unknown-block', 'releases/sample/release.yml: updates.0.blocks: there is no block 3 (the release has 2)'],
    ['update-without-korean', 'releases/sample/release.yml:5: updates.0.note.ko: is required'],
    ['updates-out-of-order', 'releases/sample/release.yml: updates.1.date: list updates oldest first'],
    ['missing-newsroom', 'newsroom.yml: file is missing'],
    ['newsroom-malformed', 'newsroom.yml: malformed YAML: '],
    ['newsroom-missing-language', 'newsroom.yml:6: organization.name.en: is required'],
    ['newsroom-duplicate-tag', 'newsroom.yml: malformed YAML: Map keys must be unique at line 16, column 3'],
    [
      'unknown-tag',
      'releases/sample/release.yml: tags: "nope" is not a tag of newsroom.yml (add it there with a label per ' +
        'language; its tags: news, other)',
    ],
  ])('%s stops with a message naming the file and the problem', async (fixture, message) => {
    readFixture(`bad/${fixture}`);
    await expect(getReleases()).rejects.toThrow(message);
  });
});

describe('one pass over content', () => {
  it('reports every bad release, not only the first', async () => {
    readFixture('bad/several');
    const error = await getReleases().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentErrors);
    expect((error as ContentErrors).errors.map((problem) => problem.message)).toEqual([
      'releases/one/release.yml: tags: "nope" is not a tag of newsroom.yml (add it there with a label per language; its tags: news, other)',
      'releases/three/ko.md: title: is required; (front matter): Unrecognized key: "titel"',
      'releases/two/release.yml:1: date: must be a time with its offset, e.g. 2026-12-03T06:00+09:00',
    ]);
  });
});

describe('one pass over one release', () => {
  it('reports every problem of a release, each naming its file', async () => {
    readFixture('bad/several-in-one-release');
    const error = await getReleases().catch((caught: unknown) => caught);
    expect((error as ContentErrors).errors.map((problem) => problem.message)).toEqual([
      'releases/sample/en.md: title: is required; (front matter): Unrecognized key: "titel"',
      'releases/sample/release.yml:1: date: must be a time with its offset, e.g. 2026-12-03T06:00+09:00',
    ]);
  });
});

describe('the newsroom', () => {
  it('states the organisation, contacts and tags once, per language', async () => {
    readFixture('valid');
    expect(await getNewsroom()).toEqual({
      name: { ko: '예시 뉴스룸', en: 'Example Newsroom' },
      organization: {
        name: { ko: '예시전자', en: 'Example Corp' },
        stockCode: '123456',
        url: 'https://example.com',
        boilerplate: {
          ko: '예시전자는 테스트를 위해 만든 가상의 회사입니다. 실제 회사와 관계가 없습니다.',
          en: 'Example Corp is a fictitious company made up for tests. It is not related to any real company.',
        },
      },
      contacts: [
        {
          name: { ko: '김보도', en: 'Bodo Kim' },
          role: { ko: '홍보팀 책임', en: 'Head of Communications' },
          email: 'press@example.com',
          phone: '+82-2-555-0100',
        },
      ],
      tags: { news: { ko: '소식', en: 'News' }, partners: { ko: '협력사', en: 'Partners' } },
    });
  });

  it('gives a release the newsroom contacts unless it names its own', async () => {
    readFixture('valid');
    expect((await getRelease('first-release'))?.contacts.map((contact) => contact.email)).toEqual(['press@example.com']);
    expect((await getRelease('korean-only'))?.contacts).toEqual([
      { name: { ko: '이담당', en: 'Damdang Lee' }, role: { ko: '제품 문의', en: 'Product enquiries' }, email: 'product@example.com' },
    ]);
  });
});

describe('hostile Markdown', () => {
  it('renders without anything executable', async () => {
    readFixture('hostile');
    const release = await getRelease('hostile');
    const html = release?.versions.ko.blocks.map((block) => block.html).join('\n') ?? '';
    expect(html).toContain('<a href="https://example.com/">a fine link</a>');
    // Hostile text may remain as visible text; no element, attribute or URL that can run survives.
    expect(html).not.toMatch(/<(script|iframe|svg|style|form|object|embed|math|input)|\son\w+=|style=/i);
    expect(html.match(/\b(href|src)="[^"]*"/g)).toEqual(['href="https://example.com/"']);
    expect(release?.versions.ko.title).toBe("<script>alert('title')</script>");
  });

  it('names each raw HTML block the page leaves out, with what follows it to the next blank line, for content:check', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'release-'));
    await mkdir(path.join(dir, 'releases/html'), { recursive: true });
    await cp(path.join(import.meta.dirname, '../fixtures/content/hostile/newsroom.yml'), path.join(dir, 'newsroom.yml'));
    await writeFile(path.join(dir, 'releases/html/release.yml'), 'date: 2024-03-05T10:00:00+09:00\ntranslations: []\n');
    const body = [
      '첫 문단.',
      '',
      '<p align="center">사진</p>',
      '이 문장도 사라진다.',
      '',
      '<!-- 메모: 보이지 않는다 -->',
      '',
      '끝 문단.',
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'releases/html/ko.md'), `---\ntitle: 제목\n---\n\n${body}`);
    vi.stubEnv('CONTENT_DIR', dir);
    const release = (await getRelease('html'))!;
    expect(release.versions.ko.blocks.map((block) => block.text)).toEqual(['첫 문단.', '끝 문단.']);
    // A comment is meant to be unseen; the <p> block took the sentence after it along.
    expect(releaseWarnings(release)).toEqual([
      {
        file: 'releases/html/ko.md:7',
        problem: 'is raw HTML, which the site leaves out, and with it every line up to the next blank one; write it as Markdown',
      },
    ]);
    await rm(dir, { recursive: true });
  });

  it('warns of a date ahead without an embargo: the release is public at once, dated in the future', () => {
    const now = new Date('2026-12-05T00:00:00Z');
    const ahead = releaseOf({ ko: versionOf('ko', '제목', '본문.') }, { date: '2027-01-04T09:00:00+09:00' });
    expect(releaseWarnings(ahead, now)).toEqual([
      {
        file: 'releases/sample/release.yml',
        problem:
          'date 2027-01-04T09:00:00+09:00 is ahead, and there is no embargo: the release is public now; ' +
          'to keep it until then, set embargo: to the same moment',
      },
    ]);
    expect(releaseWarnings({ ...ahead, embargo: ahead.date }, now)).toEqual([]);
    expect(releaseWarnings({ ...ahead, date: '2026-12-04T09:00:00+09:00' }, now)).toEqual([]);
  });

  it('renders a very long line whole, and refuses a file over 1 MB by name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'release-'));
    const write = (file: string, text: string) => writeFile(path.join(dir, 'releases/huge', file), text);
    await mkdir(path.join(dir, 'releases/huge'), { recursive: true });
    await write('release.yml', 'date: 2024-03-05T10:00:00+09:00\ntranslations: []\n');
    await cp(path.join(import.meta.dirname, '../fixtures/content/hostile/newsroom.yml'), path.join(dir, 'newsroom.yml'));
    const line = '아주 긴 문장입니다. '.repeat(10_000);
    await write('ko.md', `---\ntitle: 긴 줄\n---\n\n${line}\n`);
    vi.stubEnv('CONTENT_DIR', dir);
    expect((await getRelease('huge'))?.versions.ko.blocks[0]?.text).toBe(line.trim());

    const other = await mkdtemp(path.join(tmpdir(), 'release-'));
    await cp(dir, other, { recursive: true });
    await writeFile(path.join(other, 'releases/huge/ko.md'), `---\ntitle: 5 MB\n---\n\n${'가'.repeat((5 * 1024 * 1024) / 3)}\n`);
    vi.stubEnv('CONTENT_DIR', other);
    await expect(getReleases()).rejects.toThrow('releases/huge/ko.md: is 5.0 MB; a release file may be at most 1 MB');
    await Promise.all([rm(dir, { recursive: true }), rm(other, { recursive: true })]);
  });
});

describe('content stays inside its folder', () => {
  const outside = path.join(import.meta.dirname, '../../package.json');

  /** A newsroom of one Korean-only release, `sample`, in a fresh folder; `change` then edits it. */
  async function scratch(change: (release: string) => Promise<unknown>): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'content-'));
    const release = path.join(dir, 'releases/sample');
    await mkdir(path.join(release, 'images'), { recursive: true });
    await cp(path.join(import.meta.dirname, '../fixtures/content/hostile/newsroom.yml'), path.join(dir, 'newsroom.yml'));
    await writeFile(path.join(release, 'release.yml'), 'date: 2024-03-05T10:00:00+09:00\ntranslations: [en]\n');
    await writeFile(path.join(release, 'ko.md'), '---\ntitle: 제목\n---\n\n본문입니다.\n');
    await writeFile(path.join(release, 'en.md'), '---\ntitle: Title\n---\n\nThe text.\n');
    await change(release);
    vi.stubEnv('CONTENT_DIR', dir);
    return dir;
  }

  it.each([
    [
      'a translation linked to /dev/zero',
      (release: string) => rm(path.join(release, 'en.md')).then(() => symlink('/dev/zero', path.join(release, 'en.md'))),
      'releases/sample/en.md: is a symbolic link',
    ],
    [
      'a translation that is a FIFO',
      (release: string) => rm(path.join(release, 'en.md')).then(() => execFileSync('mkfifo', [path.join(release, 'en.md')])),
      'releases/sample/en.md: is not a regular file or folder',
    ],
    [
      'facts linked to a file outside',
      (release: string) => rm(path.join(release, 'release.yml')).then(() => symlink(outside, path.join(release, 'release.yml'))),
      'releases/sample/release.yml: is a symbolic link',
    ],
    [
      'a release folder linked from elsewhere',
      async (release: string) => {
        const elsewhere = await mkdtemp(path.join(tmpdir(), 'elsewhere-'));
        await cp(release, elsewhere, { recursive: true });
        await symlink(elsewhere, `${release}-linked`);
      },
      'releases/sample-linked: is a symbolic link',
    ],
  ])('refuses %s, naming it, at once', { timeout: 1000 }, async (_, change, message) => {
    const dir = await scratch(change);
    await expect(getReleases()).rejects.toThrow(message);
    await rm(dir, { recursive: true });
  });

  it('refuses a newsroom.yml linked to a file elsewhere, naming it', { timeout: 1000 }, async () => {
    const dir = await scratch(async () => undefined);
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'elsewhere-'));
    await cp(path.join(dir, 'newsroom.yml'), path.join(elsewhere, 'newsroom.yml'));
    await rm(path.join(dir, 'newsroom.yml'));
    await symlink(path.join(elsewhere, 'newsroom.yml'), path.join(dir, 'newsroom.yml'));
    await expect(getReleases()).rejects.toThrow('newsroom.yml: is a symbolic link');
    await rm(dir, { recursive: true });
    await rm(elsewhere, { recursive: true });
  });

  it("refuses a file in a folder linked to a sibling whose name begins with the content folder's", { timeout: 1000 }, async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'sibling-'));
    await mkdir(path.join(parent, 'content'));
    await mkdir(path.join(parent, 'content-evil/images'), { recursive: true });
    await writeFile(path.join(parent, 'content-evil/images/photo.jpg'), 'not inside');
    await symlink(path.join(parent, 'content-evil/images'), path.join(parent, 'content/images'));
    await expect(new ContentFolder(path.join(parent, 'content')).bytes('images/photo.jpg', IMAGE_LIMIT)).rejects.toThrow(
      'images/photo.jpg: lies outside the content folder',
    );
    await rm(parent, { recursive: true });
  });

  it('refuses an image linked to a file outside, for the page, /media and the press kit alike', { timeout: 1000 }, async () => {
    const dir = await scratch(async (release) => {
      await writeFile(path.join(release, 'ko.md'), '---\ntitle: 제목\n---\n\n![사진](images/photo.jpg "사진 설명")\n');
      await writeFile(path.join(release, 'en.md'), '---\ntitle: Title\n---\n\n![A photo](images/photo.jpg "A caption")\n');
      await writeFile(
        path.join(release, 'release.yml'),
        'date: 2024-03-05T10:00:00+09:00\nimages:\n  photo.jpg:\n    credit: { ko: 사진=예시, en: "Photo: Example" }\n',
      );
      await symlink(outside, path.join(release, 'images/photo.jpg'));
    });
    await expect(getReleases()).rejects.toThrow('releases/sample/images/photo.jpg: is a symbolic link');
    await rm(dir, { recursive: true });
  });
});

describe('text that XML can carry', () => {
  it.each([
    [
      'U+FFFE written in a paragraph',
      'ko.md',
      '---\ntitle: 제목\n---\n\n본문\uFFFE입니다.\n',
      'releases/sample/ko.md:5: contains the character U+FFFE',
    ],
    [
      'U+FFFF written in a title',
      'en.md',
      '---\ntitle: Title\uFFFF\n---\n\nFirst.\n\nThe text.\n',
      'releases/sample/en.md:2: contains the character U+FFFF',
    ],
    [
      'a lone surrogate as a YAML escape',
      'en.md',
      '---\ntitle: "Title \\uD800"\n---\n\nThe text.\n',
      'releases/sample/en.md:2: a value holds the character U+D800',
    ],
  ])('refuses %s with file:line', async (_, file, text, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'content-'));
    const release = path.join(dir, 'releases/sample');
    await mkdir(release, { recursive: true });
    await cp(path.join(import.meta.dirname, '../fixtures/content/hostile/newsroom.yml'), path.join(dir, 'newsroom.yml'));
    await writeFile(path.join(release, 'release.yml'), 'date: 2024-03-05T10:00:00+09:00\n');
    await writeFile(path.join(release, 'ko.md'), '---\ntitle: 제목\n---\n\n첫 문단.\n\n본문입니다.\n');
    await writeFile(path.join(release, 'en.md'), '---\ntitle: Title\n---\n\nFirst.\n\nThe text.\n');
    await writeFile(path.join(release, file), text);
    vi.stubEnv('CONTENT_DIR', dir);
    await expect(getReleases()).rejects.toThrow(message);
    await rm(dir, { recursive: true });
  });
});
