import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

// The press team's commands (package.json scripts), run as they run them: each test starts tsx in
// a child process and loads the content, seconds on a quiet machine and more beside a build.

/** A describe's options for tests that run a command. */
export const CHILD_PROCESS = { timeout: 30_000 };

/** The content fixtures: a valid folder and broken ones. */
export const fixtures = path.resolve('tests/fixtures/content');

/** Runs a press-team command on a content folder; never throws on exit 1. */
export async function run(script: string, contentDir: string, ...args: string[]) {
  try {
    const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', [`scripts/content/${script}.mts`, ...args], {
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}
