import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHILD_PROCESS, fixtures, run } from './commands';

afterEach(() => vi.unstubAllEnvs());

// Split from the XLIFF command's tests (xliff-command.test.ts) so the two run side by side.

describe('npm run content:check', CHILD_PROCESS, () => {
  it('prints every problem in several files in one pass and exits 1', async () => {
    const { code, output } = await run('check', path.join(fixtures, 'bad/several'));
    expect(code).toBe(1);
    expect(output.split('\n').filter((line) => line.startsWith('error'))).toEqual([
      'error    releases/one/release.yml: tags: "nope" is not a tag of newsroom.yml (add it there with a label per ' +
        'language; its tags: news, other)',
      'error    releases/three/ko.md: title: is required; (front matter): Unrecognized key: "titel"',
      'error    releases/two/release.yml:1: date: must be a time with its offset, e.g. 2026-12-03T06:00+09:00',
    ]);
    expect(output).toContain('3 errors, 0 warnings');
  });

  it('names a stale translation with the Korean then and now, as a warning; --strict fails on it', async () => {
    const valid = path.join(fixtures, 'valid');
    const { code, output } = await run('check', valid);
    expect(code).toBe(0);
    expect(output).toContain('warning  releases/first-release/en.md: block 1 (p-1) translates an older Korean original');
    expect(output).toContain('첫 문단[-이었습-]{+입+}니다.');
    expect(output).toContain('warning  releases/first-release/release.yml: updates.1.note.en is missing');
    expect((await run('check', valid, '--strict')).code).toBe(1);
  });
});

describe('npm run new-release and content:translated', CHILD_PROCESS, () => {
  it('scaffold a release that builds, with placeholders that content:check points out, then record the translation', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'content-'));
    await cp(path.join(fixtures, 'valid'), dir, { recursive: true });
    expect((await run('new-release', dir, 'Bad Slug')).code).toBe(1);
    const created = await run('new-release', dir, 'brand-new');
    expect(created.code).toBe(0);
    expect(created.output).toContain(`created ${dir}/releases/brand-new/ (release.yml, ko.md, en.md);`);
    expect((await run('new-release', dir, 'brand-new')).code).toBe(1);
    const release = await readFile(path.join(dir, 'releases/brand-new/release.yml'), 'utf8');
    expect(release).toMatch(/^date: \d{4}-\d{2}-\d{2}T09:00:00\+09:00$/m);
    const check = await run('check', dir);
    expect(check.code).toBe(0);
    expect(check.output).toContain('warning  releases/brand-new/ko.md: block 1 is the new-release placeholder; write the release text');
    expect(check.output).toContain('warning  releases/brand-new/en.md: no record of which Korean text this translates');
    expect((await run('translated', dir, 'brand-new')).output).toContain('wrote releases/brand-new/en.translated-from.yml');
    expect((await run('check', dir)).output).not.toContain('brand-new/en.md: no record');
    expect((await run('translated', dir, 'no-such-release')).output).toContain(`no release "no-such-release" in ${dir}/releases`);
    await rm(dir, { recursive: true });
  });
});

describe('scheduling a release under embargo', CHILD_PROCESS, () => {
  it('new-release writes the embargo, and content:check lists it with its moment in KST and the time until it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'content-'));
    await cp(path.join(fixtures, 'valid'), dir, { recursive: true });
    // Two days, three hours and a half from now, as Korea writes it.
    const moment = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + (2 * 24 * 60 + 3 * 60 + 30) * 60_000);
    const korea = new Date(moment.getTime() + 9 * 3600_000).toISOString().slice(0, 16);
    const embargo = `${korea}+09:00`;
    const created = await run('new-release', dir, 'under-embargo', '--embargo', embargo);
    expect(created.output).toContain(`embargoed until ${korea.replace('T', ' ')} KST`);
    const facts = await readFile(path.join(dir, 'releases/under-embargo/release.yml'), 'utf8');
    expect(facts).toContain(`date: ${embargo}\nembargo: ${embargo}\n`);
    const check = await run('check', dir);
    expect(check.code).toBe(0);
    expect(check.output).toMatch(new RegExp(`^scheduled: under-embargo ${korea.replace('T', ' ')} KST, in 2 d 3 h$`, 'm'));
    // The fixture's embargoed-future release is scheduled too, further ahead; soonest first.
    const lines = check.output.split('\n').filter((line) => line.startsWith('scheduled: '));
    expect(lines[0]).toContain('under-embargo');
    await rm(dir, { recursive: true });
  });

  it.each([
    ['no offset', '2099-12-03T06:00', 'must be a time with its offset'],
    ['a day that does not exist', '2099-02-30T06:00+09:00', 'is not a moment in the calendar'],
    ['a moment that has passed', '2020-12-03T06:00+09:00', 'that moment (2020-12-03 06:00 KST) has passed'],
  ])('new-release refuses an embargo with %s, in one line, writing nothing', async (_, embargo, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'content-'));
    await cp(path.join(fixtures, 'valid'), dir, { recursive: true });
    const { code, output } = await run('new-release', dir, 'under-embargo', '--embargo', embargo);
    expect(code).toBe(1);
    expect(output.trim().split('\n')).toEqual([expect.stringContaining(`--embargo ${embargo}: ${message}`)]);
    await expect(readFile(path.join(dir, 'releases/under-embargo/release.yml'))).rejects.toThrow();
    await rm(dir, { recursive: true });
  });
});

describe('npm run preview-link', CHILD_PROCESS, () => {
  it('signs a link to a release under embargo; a public or unknown one is refused in one line', async () => {
    const valid = path.join(fixtures, 'valid');
    vi.stubEnv('PREVIEW_SECRET', 'x'.repeat(32));
    const signed = await run('preview-link', valid, 'embargoed-future', '--to', 'Kim Min-ji, Yonhap');
    expect(signed.code).toBe(0);
    expect(signed.output).toMatch(/^http:\/\/localhost:3000\/ko\/preview\/[\w.-]+\n/);
    expect(await run('preview-link', valid, 'first-release', '--to', 'Kim')).toEqual({
      code: 1,
      output: 'first-release: is public already; share its permalink instead\n',
    });
    expect(await run('preview-link', valid, 'no-such-release', '--to', 'Kim')).toEqual({
      code: 1,
      output: `no-such-release: no such release in ${path.relative(process.cwd(), valid)}/releases\n`,
    });
  });
});
