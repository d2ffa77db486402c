import type { Config } from 'tailwindcss';

export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      // About 70 characters a line of English at the article's size, 37 of Korean.
      maxWidth: { measure: '39rem' },
    },
  },
} satisfies Config;
