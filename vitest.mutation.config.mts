import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.mts';

// The unit tests as Stryker runs them (stryker.config.mjs): without those that test the content
// commands (XLIFF's too) and nginx through a child process, which never runs a mutant (Stryker switches mutants
// on inside its own test process) and took a minute a mutant they covered.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'tests/unit/content-commands.test.ts',
        'tests/unit/xliff-command.test.ts',
        'tests/unit/nginx-config.test.ts',
        'node_modules/**',
      ],
    },
  }),
);
