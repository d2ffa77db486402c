import type { ReleaseVersion } from './content/loader';

const DESCRIPTION_LENGTH = 160;

/** A meta description: the summary if written, else the opening paragraph trimmed at a word boundary. */
export function describeRelease(version: Pick<ReleaseVersion, 'summary' | 'blocks'>): string {
  const text = version.summary ?? version.blocks.find((block) => block.kind === 'paragraph')?.text ?? '';
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const cut = text.slice(0, DESCRIPTION_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > DESCRIPTION_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
