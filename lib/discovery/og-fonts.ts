import { readFile } from 'node:fs/promises';
import path from 'node:path';

// Full Noto Sans KR TTFs from an npm package (satori reads neither woff2 nor split subsets);
// read from disk at build time, so image generation needs no network.
const fontDir = path.join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-kr');

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

/** The fonts of the Open Graph images, loaded once per process. */
export function ogFonts() {
  fonts ??= Promise.all(
    ([
      [400, '400Regular/NotoSansKR_400Regular.ttf'],
      [700, '700Bold/NotoSansKR_700Bold.ttf'],
    ] as const).map(async ([weight, file]) => ({
      name: 'Noto Sans KR',
      data: await readFile(path.join(fontDir, file)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}
