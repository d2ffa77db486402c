import type { BlockContent, PhrasingContent } from 'mdast';
import { stringify } from 'yaml';
import { imageMarkdown, withDefinitions, withWholeLinks, writeMarkdown } from '@/lib/content/markdown';
import { closingText, type ReleaseDocument } from './release-document';

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** A line set apart as a block quote (a notice, a stale translation's note). */
const quote = (line: string): BlockContent => ({ type: 'blockquote', children: [{ type: 'paragraph', children: [text(line)] }] });

/** Lines kept apart by hard line breaks, in one paragraph. */
const lines = (values: string[]): BlockContent => ({
  type: 'paragraph',
  children: values.flatMap((value, index) => (index ? [{ type: 'break' } as const, text(value)] : [text(value)])),
});

/**
 * The release as Markdown: a small front matter, the headline, subtitle lines, and the body as
 * written, an image's caption with its credit as in every format (its link is to the press kit's
 * images/), its corrections and closing lines. What is not the body is text, escaped as Markdown needs.
 */
export function toMarkdown(document: ReleaseDocument): string {
  const [head] = document.heads;
  if (!head || document.heads.length !== 1) throw new Error('the Markdown download holds one language');
  const permalink = document.closing.find((line) => line.kind === 'permalink')?.value;
  const frontMatter = stringify({ title: head.title, date: document.release.date, language: head.locale, permalink }, { lineWidth: 0 });
  const sections = [
    writeMarkdown([
      { type: 'heading', depth: 1, children: [text(head.title)] },
      ...(head.subtitle.length
        ? [
            {
              type: 'list',
              spread: false,
              children: head.subtitle.map((line) => ({
                type: 'listItem',
                spread: false,
                children: [{ type: 'paragraph', children: [text(line)] }],
              })),
            } as BlockContent,
          ]
        : []),
      ...document.datelines.map(({ text: line }): BlockContent => ({
        type: 'paragraph',
        children: [{ type: 'emphasis', children: [text(line)] }],
      })),
      ...document.notices.map(({ text: line }) => quote(line)),
    ]),
    ...document.body.flatMap(({ block, stale }, index) => [
      // A list right after a list would join it (CommonMark): an empty comment keeps them two, as remark's own writer does.
      ...(block.kind.startsWith('list') && document.body[index - 1]?.block.kind.startsWith('list') ? ['<!-- -->'] : []),
      block.image
        ? imageMarkdown(block.image, block.text)
        : // A file has no page to start from: a relative link gets its whole address.
          block.linked && permalink
          ? withWholeLinks(withDefinitions(block), permalink)
          : withDefinitions(block),
      ...(stale ? [writeMarkdown([quote(stale)])] : []),
    ]),
    writeMarkdown([
      ...(document.updates.length ? [lines(document.updates.map(({ text: line }) => line))] : []),
      lines(document.closing.map(closingText)),
    ]),
  ];
  return `---\n${frontMatter}---\n\n${sections.join('\n\n')}\n`;
}
