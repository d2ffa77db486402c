import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHILD_PROCESS, fixtures, run } from './commands';

describe('npm run xliff -- import', CHILD_PROCESS, () => {
  /** A copy of the valid content folder, its first release exported to XLIFF, the XML edited, and imported. */
  async function importEdited(edit: (xml: string) => string) {
    const dir = await mkdtemp(path.join(tmpdir(), 'xliff-'));
    try {
      await cp(path.join(fixtures, 'valid'), dir, { recursive: true });
      const file = path.join(dir, 'first-release.xlf');
      const exported = await run('xliff', dir, 'export', 'first-release', '--out', file);
      expect(exported.code).toBe(0);
      await writeFile(file, edit(await readFile(file, 'utf8')));
      const before = await readFile(path.join(dir, 'releases/first-release/en.md'), 'utf8');
      const result = await run('xliff', dir, 'import', file);
      const after = await readFile(path.join(dir, 'releases/first-release/en.md'), 'utf8');
      return { ...result, written: after !== before, after, file };
    } finally {
      await rm(dir, { recursive: true });
    }
  }

  it('writes a translation edited in a CAT tool', async () => {
    const { code, written, after } = await importEdited((xml) =>
      xml.replace('<target>The second paragraph.</target>', '<target>The second paragraph, reviewed.</target>'),
    );
    expect(code).toBe(0);
    expect(written).toBe(true);
    expect(after).toContain('\n\nThe second paragraph, reviewed.\n');
  });

  it.each([
    [
      'a character a content file may not hold (written as <cp>)',
      (xml: string) => xml.replace('<target>The second paragraph.', '<target>The <cp hex="0001"/>second paragraph.'),
      /nothing written, the translation would not build: releases\/first-release\/en\.md:\d+: contains the character U\+0001/,
    ],
    [
      'an en.md over the 1 MB limit',
      (xml: string) => xml.replace('<target>The second paragraph.</target>', `<target>${'Long. '.repeat(200_000)}</target>`),
      /nothing written, the translation would not build: releases\/first-release\/en\.md: would be 1\.1 MB/,
    ],
    [
      'a file over 4 MB',
      (xml: string) => xml.replace('<target>The second paragraph.</target>', `<target>${'x'.repeat(5 * 1024 * 1024)}</target>`),
      /is larger than 4 MB/,
    ],
    [
      'an element from outside XLIFF',
      (xml: string) => xml.replace('<target>The second paragraph.', '<target><b xmlns="urn:x">The</b> second paragraph.'),
      /unit p-3: the target holds <b>, which is not XLIFF/,
    ],
  ])('refuses %s in one line naming the file, and writes nothing', async (_, edit, message) => {
    const { code, output, written, file } = await importEdited(edit);
    expect(code).toBe(1);
    expect(written).toBe(false);
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`${file}: `)).toBe(true);
    expect(lines[0]).toMatch(message);
  });
});
