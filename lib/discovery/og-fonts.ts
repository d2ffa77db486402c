import { drawableWith, notoSansKr } from '@/lib/fonts/noto-sans-kr';

type OgFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

async function load() {
  const fonts = await notoSansKr();
  return {
    fonts: fonts.map(({ weight, data }): OgFont => ({ name: 'Noto Sans KR', data, weight, style: 'normal' })),
    faces: fonts.map(({ face }) => face),
  };
}

/** The fonts of the Open Graph images, loaded once per process. */
export async function ogFonts(): Promise<OgFont[]> {
  return (await load()).fonts;
}

/**
 * `text` without the characters every share-image font lacks (emoji, rare scripts): satori
 * would fetch a font for them from the network, which a build here does not have. What is
 * dropped is returned, so the build can say so.
 */
export async function drawableText(text: string): Promise<{ text: string; dropped: string[] }> {
  const drawable = drawableWith((await load()).faces, text);
  return { ...drawable, text: drawable.text.replace(/\s{2,}/g, ' ').trim() };
}
