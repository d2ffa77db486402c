import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SLUG } from '../../tests/seed.ts';

const SOURCE = path.resolve('content/releases', SLUG);

/** The slug of synthetic release `index` (0-based). */
export const syntheticSlug = (index: number) => `bench-release-${String(index + 1).padStart(4, '0')}`;

/**
 * A content folder of `count` releases made from the real one (Korean and English text of real
 * length), each with its own slug, date and title, so the pipeline does the same work per release.
 */
export async function syntheticContent(count: number): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), `bench-content-${count}-`));
  const [ko, en] = await Promise.all([readFile(path.join(SOURCE, 'ko.md'), 'utf8'), readFile(path.join(SOURCE, 'en.md'), 'utf8')]);
  await cp(path.resolve('content/newsroom.yml'), path.join(root, 'newsroom.yml'));
  for (let index = 0; index < count; index++) {
    const number = String(index + 1).padStart(4, '0');
    const dir = path.join(root, 'releases', syntheticSlug(index));
    await mkdir(dir, { recursive: true });
    await cp(path.join(SOURCE, 'release.yml'), path.join(dir, 'release.yml'));
    const date = new Date(Date.UTC(2020, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
    const yml = await readFile(path.join(dir, 'release.yml'), 'utf8');
    await writeFile(path.join(dir, 'release.yml'), yml.replace(/^date: .*$/m, `date: ${date}T09:00:00+09:00`));
    await writeFile(path.join(dir, 'ko.md'), ko.replace(/^title: "(.*)"$/m, `title: "$1 (${number})"`));
    await writeFile(path.join(dir, 'en.md'), en.replace(/^title: "(.*)"$/m, `title: "$1 (${number})"`));
  }
  return root;
}
