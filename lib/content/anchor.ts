/** The fragment id of block `index` (0-based): `p-1` is the first block in every language and view, and the XLIFF unit id of that block. */
export const blockAnchor = (index: number) => `p-${index + 1}`;

/** The pattern of a block anchor (`p-1`, `p-12`). */
export const blockAnchorPattern = /^p-([1-9]\d*)$/;

/** The block index (0-based) an anchor names, or `undefined` for anything else. */
export function blockIndexOf(anchor: string): number | undefined {
  const match = blockAnchorPattern.exec(anchor);
  return match ? Number(match[1]) - 1 : undefined;
}
