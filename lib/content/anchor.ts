/**
 * A block's number, as readers and the press team name it (¶1, "block 1", an update's
 * `blocks: [1]`, a quote's paragraph): its index (0-based) plus one.
 */
export const blockNumber = (index: number) => index + 1;

/** The index (0-based) of the block numbered `n`. */
export const blockIndex = (n: number) => n - 1;

/** The fragment id of block `index` (0-based): `p-1` is the first block in every language and view, and the XLIFF unit id of that block. */
export const blockAnchor = (index: number) => `p-${blockNumber(index)}`;

/** The pattern of a block anchor (`p-1`, `p-12`). */
export const blockAnchorPattern = /^p-([1-9]\d*)$/;

/** The block index (0-based) an anchor names, or `undefined` for anything else. */
export function blockIndexOf(anchor: string): number | undefined {
  const match = blockAnchorPattern.exec(anchor);
  return match ? blockIndex(Number(match[1])) : undefined;
}
