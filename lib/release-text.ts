import type { ReleaseVersion } from './content/loader';

const DESCRIPTION_LENGTH = 160;

/** Cuts `text` to at most `length` characters at a word boundary, marking the cut with an ellipsis. */
function trimAtWord(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A description: the summary as written, else the opening paragraph trimmed at a word boundary. */
export function describeRelease(version: Pick<ReleaseVersion, 'summary' | 'blocks'>): string {
  if (version.summary) return version.summary;
  return trimAtWord(version.blocks.find((block) => block.kind === 'paragraph')?.text ?? '', DESCRIPTION_LENGTH);
}
