import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hintEagerCompile } from '@/lib/compile-hints';

/** A build folder with a manifest and the chunks it names, and one it does not. */
async function buildFolder(manifest: object): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'hints-'));
  await mkdir(path.join(folder, 'static/chunks'), { recursive: true });
  await writeFile(path.join(folder, 'build-manifest.json'), JSON.stringify(manifest));
  for (const name of ['react.js', 'runtime.js', 'search-page.js']) {
    await writeFile(path.join(folder, 'static/chunks', name), `/* ${name} */(()=>{})();`);
  }
  return folder;
}

const chunk = (folder: string, name: string) => readFile(path.join(folder, 'static/chunks', name), 'utf8');

describe('compile hints', () => {
  it("mark the chunks every page starts with with V8's comment, and no other", async () => {
    const folder = await buildFolder({ rootMainFiles: ['static/chunks/react.js', 'static/chunks/runtime.js'] });
    await hintEagerCompile(folder);
    expect(await chunk(folder, 'react.js')).toBe('//# allFunctionsCalledOnLoad\n/* react.js */(()=>{})();');
    expect(await chunk(folder, 'runtime.js')).toBe('//# allFunctionsCalledOnLoad\n/* runtime.js */(()=>{})();');
    expect(await chunk(folder, 'search-page.js')).toBe('/* search-page.js */(()=>{})();');
  });

  it('stop the build where the manifest no longer names those chunks', async () => {
    for (const manifest of [{}, { rootMainFiles: [] }, { rootMainFiles: ['static/chunks/app.css'] }]) {
      await expect(hintEagerCompile(await buildFolder(manifest))).rejects.toThrow(/names no rootMainFiles/);
    }
  });
});
