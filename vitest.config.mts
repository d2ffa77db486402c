import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/temp-folder.setup.ts'],
    // A file per core: Vitest's default leaves one core idle, and on two cores ran the files one at a
    // time (66 s; 50 s with both, most tests waiting on a child process or the disk).
    maxWorkers: availableParallelism(),
    // next-intl imports `next/navigation` without an extension; let Vite resolve it.
    server: { deps: { inline: ['next-intl'] } },
  },
});
