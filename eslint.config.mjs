import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

// Next's rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's recommended
// ones; Prettier owns the layout, so no rule here argues with it.
export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  prettier,
  {
    rules: {
      // A name starting with `_` is a part left out on purpose (`{ a: _a, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // The App Router's documents write their own <head> (PageShell, the 404); next/head is the Pages Router's.
      '@next/next/no-head-element': 'off',
      // Images are served as the build sized them (lib/media: WebP in several widths, with srcset); Next's optimizer is off.
      '@next/next/no-img-element': 'off',
    },
  },
  // Next's cache handler is loaded with require() (next.config.ts), so it is CommonJS.
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  globalIgnores([
    '.next*/**',
    '.fixture-*/**',
    '.nginx*/**',
    'next-env.d.ts',
    'bench/tmp/**',
    'reports/**',
    '.stryker-tmp/**',
    'test-results/**',
    '**/*.tmp.*',
  ]),
]);
