import path from 'node:path';
import { vi } from 'vitest';

const root = path.resolve(import.meta.dirname, '../fixtures/content');

/** Points the content loader at a fixture folder under tests/fixtures/content. */
export function useFixture(name: string): void {
  vi.stubEnv('CONTENT_DIR', path.join(root, name));
}

/** Sets the build's clock, which decides embargoes. */
export function atBuildTime(iso: string): void {
  vi.stubEnv('BUILD_TIME', iso);
}
