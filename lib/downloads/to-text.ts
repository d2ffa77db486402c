import { closingText, type ReleaseDocument } from './release-document';

// CRLF so that every editor, Notepad included, shows the line breaks; the BOM lets Windows
// tools (Notepad, Hangul) recognise UTF-8 instead of guessing a legacy Korean code page.
const EOL = '\r\n';
const BOM = '\uFEFF';

/** A plain text file of `sections` separated by blank lines. */
export const plainTextFile = (sections: string[]) => BOM + sections.join(EOL + EOL).replace(/\r?\n/g, EOL) + EOL;

/** The release as plain text: heads, datelines, the translation notice, paragraphs separated by blank lines, corrections, closing lines. */
export function toText(document: ReleaseDocument): string {
  const heads = document.heads.map((head) => [head.title, ...head.subtitle].join(EOL));
  const texts = (lines: { text: string }[]) => lines.map(({ text }) => text);
  return plainTextFile([
    ...heads,
    texts(document.datelines).join(EOL),
    ...texts(document.notices),
    ...document.body.flatMap(({ block, stale }) => (stale ? [block.text, stale] : [block.text])),
    ...(document.updates.length ? [texts(document.updates).join(EOL)] : []),
    document.closing.map(closingText).join(EOL),
  ]);
}
