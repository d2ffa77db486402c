import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { renderBlocks } from '@/lib/content/markdown';
import type { Release, ReleaseVersion } from '@/lib/content/release';

const root = path.resolve(import.meta.dirname, '../fixtures/content');

/** Points the content loader at a fixture folder under tests/fixtures/content. */
export function readFixture(name: string): void {
  vi.stubEnv('CONTENT_DIR', path.join(root, name));
}

/**
 * Points the content loader at a copy of the valid fixture site, in a folder of its own, with
 * `files` (paths under it) written over it; the folder is returned for the test to remove.
 */
export async function validFixtureWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'content-'));
  await cp(path.join(root, 'valid'), dir, { recursive: true });
  await Promise.all(Object.entries(files).map(([file, text]) => writeFile(path.join(dir, file), text)));
  vi.stubEnv('CONTENT_DIR', dir);
  return dir;
}

/** Renders as a build at `iso` does: the build's clock decides embargoes (lib/content/clock.ts). */
export function atBuildTime(iso: string): void {
  vi.stubEnv('BUILD_TIME', iso);
  vi.stubEnv('NEXT_PHASE', 'phase-production-build');
}

/** The message `promise` fails with, or '' when it succeeds: a refusal checked by its whole text. */
export const messageOf = (promise: Promise<unknown>) =>
  promise.then(
    () => '',
    (error: Error) => error.message,
  );

/** One language of a release made in a test: its title, its Markdown body and its subtitle lines. */
export const versionOf = (locale: 'ko' | 'en', title: string, body: string, subtitle: string[] = []): ReleaseVersion => ({
  locale,
  title,
  subtitle,
  blocks: renderBlocks(body),
  description: '',
});

/** A release made in a test, as the loader would parse it: its versions, and any facts the test sets. */
export const releaseOf = (versions: Release['versions'], facts: Partial<Release> = {}): Release => ({
  slug: 'sample',
  hash: 'sample',
  files: 'sample',
  redirect_from: [],
  previews: { revoked: [] },
  date: '2024-03-05T10:00:00+09:00',
  tags: [],
  contacts: [],
  updates: [],
  images: {},
  versions,
  ...facts,
});
