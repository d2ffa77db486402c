import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['ko', 'en'] as const,
  defaultLocale: 'ko' as const,
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];
