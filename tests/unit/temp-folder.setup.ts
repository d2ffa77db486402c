import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

// Each test file gets a temporary folder of its own, removed after it: the folders its tests make
// (os.tmpdir() reads TMPDIR, for the commands they run too) go inside it, and none is left behind.
const folder = mkdtempSync(path.join(tmpdir(), 'unit-'));
process.env.TMPDIR = folder;

// Each test file builds into a build folder of its own, never the repository's .next: a cache a
// real build left there (parsed releases, search postings, keyed by the code's files) would answer
// in place of the code under test, and every run of a mutant would read the first run's results.
process.env.NEXT_DIST_DIR = mkdtempSync(path.join(folder, 'build-'));

afterAll(() => rmSync(folder, { recursive: true, force: true }));
