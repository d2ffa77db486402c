import { blockAnchor, blockIndex } from '@/lib/content/anchor';

/** What a quote says besides the paragraph: the attribution line, and where the paragraph lives. */
export type QuoteSource = {
  /** "LG Innotek press release, September 21, 2022" */
  attribution: string;
  permalink: string;
  /** On a translation: the original's page and the label of its line. */
  original?: { label: string; permalink: string };
};

/** A link to paragraph `n` that also asks the browser to highlight its first words (a text fragment). */
export function paragraphLink(permalink: string, n: number, text: string): string {
  const opening = text.split(/\s+/).slice(0, 4).join(' ');
  return `${permalink}#${blockAnchor(blockIndex(n))}:~:text=${encodeURIComponent(opening)}`;
}

/**
 * The paragraph in quotation marks. A paragraph that is one quotation already keeps its own; one
 * that holds quotations turns them single inside the outer pair, as English and Korean nest
 * quotes (“‘We have …,’ said …”), so no mark is ever doubled.
 */
export function quoted(text: string): string {
  if (/^“[^“”]*”$/.test(text)) return text;
  return `“${text.replaceAll('“', '‘').replaceAll('”', '’')}”`;
}

/** Paragraph `n` as a journalist pastes it: in quotes, attributed, with its permalink (and the original's). */
export function quoteOf(text: string, n: number, source: QuoteSource): string {
  return [
    quoted(text),
    `— ${source.attribution}`,
    paragraphLink(source.permalink, n, text),
    ...(source.original ? [`${source.original.label}: ${source.original.permalink}#${blockAnchor(blockIndex(n))}`] : []),
  ].join('\n');
}
