import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ContentFolder, IMAGE_LIMIT, TEXT_LIMIT } from '@/lib/content/content-folder';
import { messageOf } from './fixtures';

// The one reader of the content folder (lib/content/content-folder.ts): what it reads, in what
// order, and the message it gives for each thing it refuses.

// The disk as a test needs it: a listing in reverse order (Node's comes sorted, but a file system
// need not keep any order), a file one byte longer than its size said (it grew between the two),
// and a count of the files opened and closed.
const disk = vi.hoisted(() => ({ reversed: false, growing: false, opened: 0, closed: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    readdir: async (...args: Parameters<typeof actual.readdir>) => {
      const entries = await actual.readdir(...args);
      return disk.reversed ? [...entries].reverse() : entries;
    },
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      disk.opened++;
      return {
        stat: async () => {
          const stats = await handle.stat();
          if (disk.growing) stats.size -= 1;
          return stats;
        },
        read: (...read: Parameters<typeof handle.read>) => handle.read(...read),
        close: () => (disk.closed++, handle.close()),
      };
    },
  };
});
afterEach(() => Object.assign(disk, { reversed: false, growing: false }));

let root: string;
let folder: ContentFolder;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'content-folder-'));
  // Written out of order: a listing comes back sorted whatever order the disk keeps.
  await mkdir(path.join(root, 'releases/a/images'), { recursive: true });
  for (const name of ['zeta.md', 'images/b.jpg', 'alpha.md', 'images/a.jpg', 'mid.md', '.hidden']) {
    await writeFile(path.join(root, 'releases/a', name), name);
  }
  await mkdir(path.join(root, 'releases/b/images'), { recursive: true });
  await writeFile(path.join(root, 'releases/b/images/z.jpg'), 'z');
  await writeFile(path.join(root, 'releases/b/ko.md'), '첫 줄\n둘째 줄\n');
  await writeFile(path.join(root, 'releases/b/en.md'), 'First line\n');
  await writeFile(path.join(root, 'releases/b/windows.md'), '첫 줄\r\n둘째 줄\r\n');
  await writeFile(path.join(root, 'releases/b/.DS_Store'), 'editor litter');
  await writeFile(path.join(root, 'releases/b/big.jpg'), Buffer.alloc(IMAGE_LIMIT.bytes + 1));
  await writeFile(path.join(root, 'releases/b/photo.jpg'), Buffer.alloc(2 * 1024 * 1024));
  await writeFile(path.join(root, 'releases/b/exact.jpg'), Buffer.alloc(TEXT_LIMIT.bytes));
  await writeFile(path.join(root, 'releases/b/bidi.md'), 'a\nb\nc\u202Ed\n');
  await writeFile(path.join(root, 'releases/b/nul.md'), 'a\n\u0000\n');
  await symlink(path.join(root, 'releases/b/en.md'), path.join(root, 'releases/b/link.md'));
  folder = new ContentFolder(root);
});

describe('ContentFolder', () => {
  it('reads a text saved with Windows line ends as the same text with Unix ones', async () => {
    // A block's version, its text and its XLIFF unit are then the same on every machine.
    expect(await folder.text('releases/b/windows.md')).toBe(await folder.text('releases/b/ko.md'));
  });

  it('lists every visible file of a folder and its subfolders, sorted by name, and refuses a link among them', async () => {
    expect(await folder.files('releases/a')).toEqual([
      'releases/a/alpha.md',
      'releases/a/images/a.jpg',
      'releases/a/images/b.jpg',
      'releases/a/mid.md',
      'releases/a/zeta.md',
    ]);
    expect(await messageOf(folder.files('releases/b'))).toBe(
      'releases/b/link.md: is a symbolic link; content must be regular files and folders inside the content folder',
    );
  });

  it('lists a folder in the same order whatever order the file system gives its entries in', async () => {
    const sorted = await folder.files('releases/a');
    disk.reversed = true;
    expect(await folder.files('releases/a')).toEqual(sorted);
  });

  it('says whether a file is there, a file in a folder that is not there too', async () => {
    expect(await folder.exists('releases/b/ko.md')).toBe(true);
    expect(await folder.exists('releases/b/link.md')).toBe(true);
    expect(await folder.exists('releases/b/none.md')).toBe(false);
    expect(await folder.exists('releases/none/ko.md')).toBe(false);
    expect(await messageOf(folder.text('releases/none/ko.md'))).toBe('releases/none/ko.md: file is missing');
  });

  it('refuses a file that grew after its size was checked: what it read past that size was never held to the limit', async () => {
    disk.growing = true;
    expect(await messageOf(folder.text('releases/b/en.md'))).toBe(
      'releases/b/en.md: grew while it was read; a release file may be at most 1 MB',
    );
  });

  it('closes every file it opens, whether it reads it or refuses it (a build reads thousands)', async () => {
    const { opened, closed } = disk;
    await folder.text('releases/b/ko.md');
    await messageOf(folder.bytes('releases/b/big.jpg', IMAGE_LIMIT));
    await messageOf(folder.text('releases/b/images'));
    disk.growing = true;
    await messageOf(folder.text('releases/b/en.md'));
    expect(disk.opened - opened).toBe(4);
    expect(disk.closed - closed).toBe(4);
  });

  it('reads an image up to 20 MB, and names the limit past it', async () => {
    expect((await folder.bytes('releases/b/photo.jpg', IMAGE_LIMIT)).byteLength).toBe(2 * 1024 * 1024);
    expect(await messageOf(folder.bytes('releases/b/big.jpg', IMAGE_LIMIT))).toBe(
      'releases/b/big.jpg: is 20.0 MB; an image may be at most 20 MB',
    );
    expect(await messageOf(folder.bytes('releases/b/photo.jpg', TEXT_LIMIT))).toBe(
      'releases/b/photo.jpg: is 2.0 MB; a release file may be at most 1 MB',
    );
    expect((await folder.bytes('releases/b/exact.jpg', TEXT_LIMIT)).byteLength).toBe(TEXT_LIMIT.bytes);
  });

  it('names the line and the character it refuses, and why', async () => {
    expect(await messageOf(folder.text('releases/b/bidi.md'))).toBe(
      'releases/b/bidi.md:3: contains the character U+202E, a bidirectional control that makes text display in another order than it reads; delete it',
    );
    expect(await messageOf(folder.text('releases/b/nul.md'))).toBe(
      'releases/b/nul.md:2: contains the character U+0000, invisible and not allowed in feeds; ' +
        'delete it (it often comes from pasting out of a word processor)',
    );
  });

  it('says what else stops a read: a link, a folder, a path through a file', async () => {
    expect(await messageOf(folder.text('releases/b/link.md'))).toBe(
      'releases/b/link.md: is a symbolic link; content files must be regular files inside the content folder',
    );
    expect(await messageOf(folder.text('releases/b/images'))).toBe(
      'releases/b/images: is not a regular file (a device, pipe or socket); content files must be regular files',
    );
    expect(await messageOf(folder.text('releases/b/en.md/x'))).toBe('releases/b/en.md/x: cannot be read (ENOTDIR)');
    expect(await messageOf(folder.text('releases/b/none.md'))).toBe('releases/b/none.md: file is missing');
  });

  it('reads a file as a command is about to write it, the others from the disk, within the same limit', async () => {
    const edited = folder.withFile('releases/b/en.md', 'Edited\n');
    expect(await edited.text('releases/b/en.md')).toBe('Edited\n');
    expect(await edited.text('releases/b/ko.md')).toBe('첫 줄\n둘째 줄\n');
    expect(await folder.text('releases/b/en.md')).toBe('First line\n');
    const huge = folder.withFile('releases/b/en.md', 'x'.repeat(TEXT_LIMIT.bytes + 1));
    expect(await messageOf(huge.text('releases/b/en.md'))).toBe('releases/b/en.md: would be 1.0 MB; a release file may be at most 1 MB');
    expect(await folder.withFile('releases/b/en.md', 'x'.repeat(TEXT_LIMIT.bytes)).text('releases/b/en.md')).toHaveLength(TEXT_LIMIT.bytes);
  });
});
