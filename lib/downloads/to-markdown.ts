import { stringify } from 'yaml';
import { imageMarkdown, withDefinitions } from '@/lib/content/markdown';
import { closingText, type ReleaseDocument } from './release-document';

/**
 * The release as Markdown: a small front matter, the headline, subtitle lines, and the body as
 * written, an image's caption with its credit as in every format (its link is to the press kit's
 * images/), its corrections and closing lines.
 */
export function toMarkdown(document: ReleaseDocument): string {
  const [head] = document.heads;
  if (!head || document.heads.length !== 1) throw new Error('the Markdown download holds one language');
  const permalink = document.closing.find((line) => line.kind === 'permalink')?.value;
  const frontMatter = stringify({ title: head.title, date: document.release.date, language: head.locale, permalink }, { lineWidth: 0 });
  const sections = [
    `# ${head.title}`,
    ...(head.subtitle.length ? [head.subtitle.map((line) => `- ${line}`).join('\n')] : []),
    ...document.datelines.map(({ text }) => `*${text}*`),
    ...document.notices.map(({ text }) => `> ${text}`),
    ...document.body.map(({ block }) => (block.image ? imageMarkdown(block.image, block.text) : withDefinitions(block))),
    ...(document.updates.length ? [document.updates.map(({ text }) => text).join('  \n')] : []),
    document.closing.map(closingText).join('  \n'),
  ];
  return `---\n${frontMatter}---\n\n${sections.join('\n\n')}\n`;
}
