import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

// Each test file builds into a build folder of its own, never the repository's .next: a cache a
// real build left there (parsed releases, search postings, keyed by the code's files) would answer
// in place of the code under test, and every run of a mutant would read the first run's results.
const folder = mkdtempSync(path.join(tmpdir(), 'unit-build-'));
process.env.NEXT_DIST_DIR = folder;

afterAll(() => rmSync(folder, { recursive: true, force: true }));
