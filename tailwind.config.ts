import type { Config } from 'tailwindcss';

// System fonts only: Korean faces first on each platform, so no web font is downloaded.
const sans = [
  'system-ui',
  '-apple-system',
  'BlinkMacSystemFont',
  '"Apple SD Gothic Neo"',
  '"Malgun Gothic"',
  '"Noto Sans KR"',
  '"Noto Sans CJK KR"',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
];

export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      fontFamily: { sans },
      maxWidth: { measure: '42rem' },
    },
  },
} satisfies Config;
