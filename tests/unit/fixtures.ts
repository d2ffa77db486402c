import path from 'node:path';
import { vi } from 'vitest';

const root = path.resolve(import.meta.dirname, '../fixtures/content');

/** Points the content loader at a fixture folder under tests/fixtures/content. */
export function readFixture(name: string): void {
  vi.stubEnv('CONTENT_DIR', path.join(root, name));
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
