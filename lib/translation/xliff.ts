import type { Nodes, Root } from 'mdast';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import type { Locale } from 'next-intl';
import { remark } from 'remark';
import { visit } from 'unist-util-visit';
import { blockIndexOf, blockNumber } from '@/lib/content/anchor';
import { releaseDir, releaseFile, textFile } from '@/lib/content/layout';
import { splitFrontMatter } from '@/lib/content/yaml';
import { imageMarkdown, MarkdownLimitError, parseMarkdown, topLevelBlocks, withDefinitions } from '@/lib/content/markdown';
import type { Release, ReleaseVersion } from '@/lib/content/release';
import { originalLocale } from '@/lib/i18n/routing';
import { blockMarkdown, codesIn, fromInline, inlineBlock, normalize, type Inline } from './inline';
import { subtitleIndexOf, unitsOf } from './units';
import { parseXliff, writeXliff, XliffImportError, type XliffFile, type XliffUnit } from './xliff-xml';

export { XliffImportError } from './xliff-xml';

/** The file a release's XLIFF names as its `original`: the Korean text it was made from. */
const originalOf = (release: Release) => releaseFile(release.slug, textFile(originalLocale));

/**
 * The release as XLIFF 2.0: Korean source, the translation as target where it exists (state
 * "translated", else "initial"), a note on every unit.
 */
export function exportXliff(release: Release, translation: ReleaseVersion): string {
  const original = release.versions[originalLocale];
  const targets = new Map(unitsOf(translation, original).map((unit) => [unit.id, unit.value]));
  const units: XliffUnit[] = unitsOf(original, original).map(({ id, value }) => {
    // unitsOf gives the translation the original's units, empty where it has no text.
    const translated = targets.get(id)!;
    const target = translated.length ? translated : undefined;
    return {
      id,
      note:
        `Press release ${releaseDir(release.slug)}, published ${release.date}; unit ${id}. ` +
        'Codes are formatting and links: keep them around the words they belong to.',
      source: value,
      target,
      state: target ? 'translated' : 'initial',
    };
  });
  return writeXliff({
    sourceLanguage: original.locale,
    targetLanguage: translation.locale,
    id: release.slug,
    original: originalOf(release),
    units,
  });
}

/** Reads an XLIFF file: the release it is for and its target language, before anything is checked against the release. */
export function readXliff(xml: string): { document: XliffFile; slug: string; locale: string } {
  const document = parseXliff(xml);
  return { document, slug: document.id, locale: document.targetLanguage };
}

/** What an import did: the new file's text, the units that changed, and what the translator should look at. */
export type XliffImport = { text: string; changed: string[]; warnings: string[] };

/**
 * The translation file (`en.md`) with the translated units of `document` put in: only changed
 * units are rewritten, so a file exported and imported again keeps every byte. Refuses a file
 * whose units do not match the release as it is now, naming each difference.
 */
export function importXliff(release: Release, translation: ReleaseVersion, source: string, document: XliffFile): XliffImport {
  const original = release.versions[originalLocale];
  if (document.sourceLanguage !== original.locale)
    throw new XliffImportError(`source language is "${document.sourceLanguage}"; releases are translated from "${original.locale}"`);
  const units = new Map(document.units.map((unit) => [unit.id, unit]));
  const expected = unitsOf(original, original);
  const missing = expected.filter(({ id }) => !units.has(id)).map(({ id }) => id);
  const extra = [...units.keys()].filter((id) => !expected.some((unit) => unit.id === id));
  if (missing.length || extra.length) {
    throw new XliffImportError(
      [missing.length && `missing units: ${missing.join(', ')}`, extra.length && `units the release does not have: ${extra.join(', ')}`]
        .filter(Boolean)
        .join('; '),
    );
  }
  const outdated = expected.filter(({ id, value }) => !isDeepStrictEqual(normalize(units.get(id)!.source), value)).map(({ id }) => id);
  if (outdated.length)
    throw new XliffImportError(
      `the source of ${outdated.join(', ')} no longer matches the current Korean original: export the release again ` +
        `and translate that file`,
    );
  const targetOf = (id: string) => normalize(units.get(id)!.target ?? []);
  const untranslated = expected.filter(({ id }) => targetOf(id).length === 0 || units.get(id)!.state === 'initial').map(({ id }) => id);
  if (untranslated.length)
    throw new XliffImportError(`units without a translation (no target, or state "initial"): ${untranslated.join(', ')}`);
  const warnings = expected.flatMap(({ id, value }) => checkCodes(id, value, targetOf(id)));

  const current = new Map(unitsOf(translation, original).map((unit) => [unit.id, unit.value]));
  const changed = expected.filter(({ id }) => !isDeepStrictEqual(targetOf(id), current.get(id))).map(({ id }) => id);
  const text = rewrite(
    source,
    translation.locale,
    changed,
    (id) => textOf(targetOf(id)),
    (index, id) => translatedBlock(original, index, targetOf(id), id),
  );
  const relinked = changed.flatMap((id) => linksReplaced(translation, original, id));
  return { text: withDefinitionsOf(text, original, changed), changed, warnings: [...warnings, ...relinked] };
}

/**
 * A block's URLs come back from the Korean original (codes carry none): where the English block
 * linked somewhere the original does not (an English page of a site), the import replaces it, and says so.
 */
function linksReplaced(translation: ReleaseVersion, original: ReleaseVersion, id: string): string[] {
  const index = blockIndexOf(id);
  const [english, korean] = [translation, original].map((version) => (index === undefined ? undefined : version.blocks[index]));
  if (!english || !korean) return [];
  const kept = new Set(urlsOf(markdown.parse(withDefinitions(korean))));
  const lost = [...new Set(urlsOf(markdown.parse(withDefinitions(english))))].filter((url) => !kept.has(url));
  return lost.map(
    (url) =>
      `unit ${id}: the English file linked to ${url.slice(0, 60)}, which the Korean original does not; the import ` +
      'links as the original does: put the English link back if it should stay',
  );
}

/** The link definitions of `source` (`[ref]: url`), each with its identifier and as written. */
function definitionsIn(source: string): { identifier: string; written: string }[] {
  const found: { identifier: string; written: string }[] = [];
  visit(markdown.parse(source), 'definition', ({ identifier, position }) => {
    found.push({ identifier, written: source.slice(position?.start.offset, position?.end.offset) });
  });
  return found;
}

/**
 * `text` with the definitions that the `changed` blocks' reference-style links use in the
 * original and `text` lacks, added at its end: a block rebuilt from the Korean node keeps its
 * `[words][ref]`, which without its `[ref]: url` would show as brackets.
 */
function withDefinitionsOf(text: string, original: ReleaseVersion, changed: string[]): string {
  const defined = new Set(definitionsIn(text).map(({ identifier }) => identifier));
  const missing: string[] = [];
  for (const id of changed) {
    const index = blockIndexOf(id);
    for (const { identifier, written } of definitionsIn((index !== undefined && original.blocks[index]?.definitions) || '')) {
      if (defined.has(identifier)) continue;
      defined.add(identifier);
      missing.push(written);
    }
  }
  return missing.length ? `${text.replace(/\n*$/, '')}\n\n${missing.join('\n')}\n` : text;
}

/** Refuses a code the source lacks or of another kind; a code the translator left out is a warning (a link or emphasis dropped). */
function checkCodes(id: string, source: Inline[], target: Inline[]): string[] {
  const kinds = new Map(codesIn(source).map((code) => [code.id, code.code]));
  const codes = codesIn(target);
  for (const code of codes) {
    if (!kinds.has(code.id)) throw new XliffImportError(`unit ${id}: the target has a code ${code.id} that its source does not have`);
    if (kinds.get(code.id) !== code.code)
      throw new XliffImportError(
        `unit ${id}: code ${code.id} is a <${kinds.get(code.id)}> in the source and a <${code.code}> in the target`,
      );
  }
  const kept = new Set(codes.map((code) => code.id));
  const dropped = [...kinds.keys()].filter((code) => !kept.has(code));
  return dropped.length
    ? [
        `unit ${id}: the target leaves out code${dropped.length > 1 ? 's' : ''} ${dropped.join(', ')} of the source (a ` +
          `link or formatting); the translation has none there`,
      ]
    : [];
}

const markdown = remark();

/**
 * The text of a target whose source is text alone (a front matter field, a block that travels as
 * Markdown): checkCodes refused any code in it, and normalize left it one string.
 */
const textOf = (target: Inline[]) => target.join('');

/**
 * An image block's target read as a translator writes it: `![alt](src "caption")`, with the
 * caption running to the last `")` (a caption may quote a name: `"the "Excellent" grade"`); its
 * Markdown written again (imageMarkdown).
 */
function translatedImage(text: string, src: string, id: string): string {
  const match = /^!\[([\s\S]*)\]\(\s*(\S+)(?:\s+"([\s\S]*)")?\s*\)$/.exec(text.trim());
  if (!match) throw new XliffImportError(`unit ${id}: the target must be an image like its source: ![alt text](${src} "caption")`);
  // Markdown's backslash escapes (\" in a caption as exported) are the characters they stand for.
  const unescape = (value: string) => value.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const [, alt, url, title] = match;
  if (url !== src) throw new XliffImportError(`unit ${id}: the target shows ${url!.slice(0, 60)}, not the source's ${src}; keep the image`);
  return imageMarkdown({ src, alt: unescape(alt!) }, title === undefined ? null : unescape(title));
}

/**
 * A translated block's Markdown parsed, with the definitions its original's reference-style links
 * use (so `[text][ref]` stays a link), unless it nests deeper than a release may (lib/content/markdown-limits.ts).
 */
function translatedTree(text: string, definitions: string | undefined, id: string): Root {
  try {
    return parseMarkdown(withDefinitions({ markdown: text, definitions }));
  } catch (error) {
    if (error instanceof MarkdownLimitError) throw new XliffImportError(`unit ${id}: ${error.message}`);
    throw error;
  }
}

/** URLs a translated block may hold: those of its original block (a translator may not add a link, nor a `javascript:` one). */
function urlsOf(tree: Nodes): string[] {
  const urls: string[] = [];
  visit(tree, ['link', 'image', 'definition'] as const, (node) => {
    urls.push(node.url);
  });
  return urls;
}

/**
 * A block's Markdown from its translated unit. A paragraph or heading: the original's node with
 * the translated text and codes. Any other block (a list, a quote, an image) comes as Markdown:
 * it must be a block of the same kind, with no raw HTML and no link the original lacks, and is
 * written again by remark, so a `"` in a caption is escaped rather than breaking the file.
 */
function translatedBlock(original: ReleaseVersion, index: number, target: Inline[], id: string): string {
  const source = original.blocks[index]!;
  const node = inlineBlock(withDefinitions(source));
  if (node) return blockMarkdown({ ...node, children: fromInline(target, node.children) });
  const text = textOf(target);
  if (source.image) return translatedImage(text, source.image.src, id);
  const originalTree = markdown.parse(withDefinitions(source));
  const originalBlock = originalTree.children[0]!;
  const tree = translatedTree(text, source.definitions, id);
  const [block, ...more] = tree.children.filter((child) => child.type !== 'definition');
  if (!block || more.length || block.type !== originalBlock.type)
    throw new XliffImportError(
      `unit ${id}: the target must be one ${originalBlock.type} like its source, not ` +
        `${tree.children.map((child) => child.type).join(' + ') || 'nothing'}`,
    );
  let html: string | undefined;
  visit(tree, 'html', (node) => void (html ??= node.value));
  if (html !== undefined)
    throw new XliffImportError(`unit ${id}: the target holds HTML (${html.slice(0, 40)}); a translation is text and Markdown only`);
  const allowed = new Set(urlsOf(originalTree));
  const foreign = urlsOf(tree).find((url) => !allowed.has(url));
  if (foreign !== undefined)
    throw new XliffImportError(
      `unit ${id}: the target links to ${foreign.slice(0, 60)}, which its source does not; keep the source's links and images`,
    );
  return blockMarkdown(block);
}

/** `source` with the changed front matter fields and blocks replaced, everything else byte for byte. */
function rewrite(
  source: string,
  locale: Locale,
  changed: string[],
  plain: (id: string) => string,
  block: (index: number, id: string) => string,
): string {
  const file = splitFrontMatter(source, textFile(locale));
  const start = source.indexOf(file.matter);
  const end = start + file.matter.length;
  let frontMatter = file.matter;
  const fields = changed.filter((id) => blockIndexOf(id) === undefined);
  if (fields.length) {
    const yaml = parseDocument(file.matter);
    for (const id of fields) {
      const subtitle = subtitleIndexOf(id);
      if (subtitle !== undefined) yaml.setIn(['subtitle', subtitle], plain(id));
      else yaml.set(id, plain(id));
    }
    // As gray-matter gives it: a line end after the opening ---, none before the closing one.
    frontMatter = `\n${yaml.toString({ lineWidth: 0 }).replace(/\n$/, '')}`;
  }
  let body = source.slice(end);
  const bodyStart = body.indexOf(file.content);
  const nodes = topLevelBlocks(markdown.parse(file.content));
  for (const id of changed.filter((unit) => blockIndexOf(unit) !== undefined).reverse()) {
    const index = blockIndexOf(id)!;
    const position = nodes[index]?.position;
    if (!position) throw new XliffImportError(`${textFile(locale)} has no block ${blockNumber(index)} to replace`);
    const from = bodyStart + position.start.offset!;
    body = body.slice(0, from) + block(index, id) + body.slice(bodyStart + position.end.offset!);
  }
  return source.slice(0, start) + frontMatter + body;
}
