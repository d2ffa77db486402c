import type { Block } from './markdown';

/** Where two languages' block sequences stop matching, or `undefined` when every block has a partner of its kind. */
export type Misalignment = { index: number; original?: string; translation?: string };

export function findMisalignment(original: Block[], translation: Block[]): Misalignment | undefined {
  const length = Math.max(original.length, translation.length);
  for (let index = 0; index < length; index++) {
    const a = original[index]?.kind;
    const b = translation[index]?.kind;
    if (a !== b) return { index, original: a, translation: b };
  }
  return undefined;
}
