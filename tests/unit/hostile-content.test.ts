import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getReleases } from '@/lib/content';
import { findMarkdownExcess, MAX_CONTAINER_DEPTH } from '@/lib/content/markdown-limits';

// What a hostile or careless writer can put in a release, and the one-line refusal each gets:
// never code run, never a crash, never minutes of parsing.

afterEach(() => vi.unstubAllEnvs());

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A newsroom of one release, `sample`, whose Korean file is `ko` (and English `en`); the loader points at it. */
async function newsroomWith({ ko, en = '---\ntitle: Title\n---\n\nThe text.\n' }: { ko: string; en?: string }) {
  const dir = await mkdtemp(path.join(tmpdir(), 'hostile-'));
  folders.push(dir);
  const release = path.join(dir, 'releases/sample');
  await mkdir(release, { recursive: true });
  await cp(path.join(import.meta.dirname, '../fixtures/content/hostile/newsroom.yml'), path.join(dir, 'newsroom.yml'));
  await writeFile(path.join(release, 'release.yml'), 'date: 2024-03-05T10:00:00+09:00\n');
  await writeFile(path.join(release, 'ko.md'), ko);
  await writeFile(path.join(release, 'en.md'), en);
  vi.stubEnv('CONTENT_DIR', dir);
  return dir;
}

declare global {
  var frontMatterRan: boolean | undefined;
}

describe('front matter is YAML and nothing else', () => {
  it.each([
    ['---js', '---js\n{ title: (globalThis.frontMatterRan = true, "x") }\n---\n\n본문.\n'],
    ['---javascript', '---javascript\n{ title: (globalThis.frontMatterRan = true, "x") }\n---\n\n본문.\n'],
    ['--- js (spaced)', '--- js\n{ title: (globalThis.frontMatterRan = true, "x") }\n---\n\n본문.\n'],
    ['---json', '---json\n{ "title": "제목" }\n---\n\n본문.\n'],
    ['---coffee', '---coffee\ntitle: "제목"\n---\n\n본문.\n'],
  ])('refuses %s at file:1 and runs nothing', async (_, ko) => {
    await newsroomWith({ ko });
    await expect(getReleases()).rejects.toThrow(
      /^releases\/sample\/ko\.md:1: front matter must be YAML, opened by a line of exactly "---"/,
    );
    expect(globalThis.frontMatterRan).toBeUndefined();
  });

  it.each([
    ['!!js/function', 'title: !!js/function "function () { globalThis.frontMatterRan = true; return 1 }"'],
    ['!!python/object/apply', 'title: !!python/object/apply:os.system ["touch /tmp/pwned"]'],
    ['!!js/undefined', 'title: !!js/undefined ""'],
  ])('knows no language tag such as %s', async (_, line) => {
    await newsroomWith({ ko: `---\n${line}\n---\n\n본문.\n` });
    await expect(getReleases()).rejects.toThrow(/releases\/sample\/ko\.md: malformed front matter: .*Unresolved tag/);
    expect(globalThis.frontMatterRan).toBeUndefined();
  });
});

describe('nesting is refused in time, with file:line', () => {
  it.each([
    ['blockquotes 5,000 deep on one line', `${'> '.repeat(5000)}깊은 인용.\n`, 5],
    ['lists 5,000 deep on one line', `${'- '.repeat(5000)}깊은 목록.\n`, 5],
    [
      'a list indented 500 levels',
      `첫 문단.\n\n${Array.from({ length: 500 }, (_, level) => `${'  '.repeat(level)}- 항목`).join('\n')}\n`,
      7 + MAX_CONTAINER_DEPTH,
    ],
    [
      'a quote one level deeper on each of 1,000 lines',
      Array.from({ length: 1000 }, (_, level) => `${'>'.repeat(level + 1)} 줄`).join('\n'),
      5 + MAX_CONTAINER_DEPTH,
    ],
    ['emphasis nested 150 deep', `${'*a '.repeat(150)}x${'*'.repeat(150)}\n`, 5],
    ['images nested 5,000 deep', `${'!['.repeat(5000)}x${'](u)'.repeat(5000)}\n`, 5],
  ])('%s', { timeout: 1000 }, async (_, body, line) => {
    await newsroomWith({ ko: `---\ntitle: 제목\n---\n\n${body}` });
    const started = performance.now();
    await expect(getReleases()).rejects.toThrow(new RegExp(`^releases/sample/ko\\.md:${line}: `));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('lets through what a release does nest: a quote in a list in a list, and twenty levels of list', () => {
    expect(findMarkdownExcess('- 하나\n  - 둘\n    > 인용 **굵게** [링크](https://example.com)\n')).toBeUndefined();
    expect(
      findMarkdownExcess(Array.from({ length: MAX_CONTAINER_DEPTH }, (_, level) => `${'  '.repeat(level)}- 항목`).join('\n')),
    ).toBeUndefined();
    expect(findMarkdownExcess(`${'> '.repeat(MAX_CONTAINER_DEPTH)}인용`)).toBeUndefined();
    expect(findMarkdownExcess(`${'> '.repeat(MAX_CONTAINER_DEPTH + 1)}인용`)).toMatchObject({ line: 1 });
  });
});

describe('titles that show what they say', () => {
  it.each([
    ['202E', '\u202E'],
    ['202A', '\u202A'],
    ['2066', '\u2066'],
    ['2069', '\u2069'],
  ])('refuses a bidirectional control (U+%s) in a title with file:line', async (_, character) => {
    await newsroomWith({ ko: `---\ntitle: 제목\n---\n\n본문.\n`, en: `---\ntitle: Evil${character}txt.exe\n---\n\nThe text.\n` });
    await expect(getReleases()).rejects.toThrow(
      /^releases\/sample\/en\.md:2: contains the character U\+20(2[AE]|6[69]), a bidirectional control/,
    );
  });

  it('refuses one written as a YAML escape, at its line', async () => {
    await newsroomWith({ ko: `---\ntitle: 제목\nsubtitle:\n  - "부제 \\u202E 뒤집힘"\n---\n\n본문.\n` });
    await expect(getReleases()).rejects.toThrow(
      /^releases\/sample\/ko\.md:4: a value holds the character U\+202E, a bidirectional control/,
    );
  });

  it.each([
    ['a zero-width space', '"\\u200B"'],
    ['a Hangul filler', '"\\u3164\\u3164"'],
    ['a byte order mark and a word joiner', '"\\uFEFF\\u2060"'],
  ])('refuses a title of %s only, at its line', async (_, title) => {
    await newsroomWith({ ko: `---\nsummary: 요약\ntitle: ${title}\n---\n\n본문.\n` });
    await expect(getReleases()).rejects.toThrow('releases/sample/ko.md:3: title: has no visible character');
  });
});

describe('release folders', () => {
  it('names every badly named one, not only the first', async () => {
    const dir = await newsroomWith({ ko: '---\ntitle: 제목\n---\n\n본문.\n' });
    await Promise.all(['Upper_Case', 'double--hyphen', 'ünicode'].map((name) => mkdir(path.join(dir, 'releases', name))));
    await writeFile(path.join(dir, 'releases/notes.txt'), 'a stray file');
    await expect(getReleases()).rejects.toThrow(
      [
        'releases/Upper_Case: invalid slug: use lowercase ASCII letters, digits and single hyphens',
        'releases/double--hyphen: invalid slug: use lowercase ASCII letters, digits and single hyphens',
        'releases/notes.txt: unexpected file (each release is a folder)',
        'releases/ünicode: invalid slug: use lowercase ASCII letters, digits and single hyphens',
      ].join('\n'),
    );
  });

  it('refuses a slug that is another one and a language, whose downloads would share names with it', async () => {
    const dir = await newsroomWith({ ko: '---\ntitle: 제목\n---\n\n본문.\n' });
    await cp(path.join(dir, 'releases/sample'), path.join(dir, 'releases/sample-ko'), { recursive: true });
    await expect(getReleases()).rejects.toThrow(
      "releases/sample-ko: its English files would have the names of releases/sample's Korean and English ones " +
        '(sample-ko-en.txt); name it otherwise',
    );
  });
});
