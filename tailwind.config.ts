import type { Config } from 'tailwindcss';

// Pretendard (components/site/web-font.ts) once it has arrived; until then the system's own
// faces, Korean first on each platform.
const sans = [
  'var(--font-web)',
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
      // About 70 characters a line of English at the article's size, 37 of Korean.
      maxWidth: { measure: '39rem' },
    },
  },
} satisfies Config;
