import type { Block } from './markdown';

/** Where two languages' block sequences stop matching, or `undefined` when every block has a partner of its kind. */
export type Misalignment = { index: number; original?: string; translation?: string };

/** What must match across languages: the block's kind, and for an image the same file. */
const shapeOf = (block?: Block) => (block?.image ? `image ${block.image.src}` : block?.kind);

export function findMisalignment(original: Block[], translation: Block[]): Misalignment | undefined {
  const length = Math.max(original.length, translation.length);
  for (let index = 0; index < length; index++) {
    const a = shapeOf(original[index]);
    const b = shapeOf(translation[index]);
    if (a !== b) return { index, original: a, translation: b };
  }
  return undefined;
}
