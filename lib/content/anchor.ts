/** The fragment id of block `index` (0-based): `p-1` is the first block in every language and view. */
export const blockAnchor = (index: number) => `p-${index + 1}`;
