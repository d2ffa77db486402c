import { closingText, type ReleaseDocument } from './release-document';

// CRLF so that every editor, Notepad included, shows the line breaks; the BOM lets Windows
// tools (Notepad, Hangul) recognise UTF-8 instead of guessing a legacy Korean code page.
const EOL = '\r\n';
const BOM = '\uFEFF';

/** A plain text file of `sections` separated by blank lines. */
export const plainTextFile = (sections: string[]) => BOM + sections.join(EOL + EOL).replace(/\r?\n/g, EOL) + EOL;

/** The release as plain text: heads, dateline, paragraphs separated by blank lines, closing lines. */
export function toText(document: ReleaseDocument): string {
  const heads = document.heads.map((head) => [head.title, ...head.subtitle].join(EOL));
  return plainTextFile([...heads, document.dateline.text, ...document.body.map(({ block }) => block.text), document.closing.map(closingText).join(EOL)]);
}
