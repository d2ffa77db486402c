import { drawableWith, drawingFonts } from '@/lib/fonts/drawing-fonts';

type OgFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

/** The fonts of the Open Graph images, loaded once per process: satori sets a letter the first lacks in the next that has it. */
export async function ogFonts(): Promise<OgFont[]> {
  return (await drawingFonts()).map(({ family, weight, data }): OgFont => ({ name: family, data, weight, style: 'normal' }));
}

/**
 * `text` without the characters every share-image font lacks (emoji, rare scripts): satori
 * would fetch a font for them from the network, which a build here does not have. What is
 * dropped is returned, so the build can say so.
 */
export async function drawableText(text: string): Promise<{ text: string; dropped: string[] }> {
  const drawable = drawableWith(await drawingFonts(), text);
  return { ...drawable, text: drawable.text.replace(/\s{2,}/g, ' ').trim() };
}
