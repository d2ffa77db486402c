import matter from 'gray-matter';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import xliff, { type XliffDocument } from 'xliff';
import type { Locale } from 'next-intl';
import { remark } from 'remark';
import { blockIndexOf } from '@/lib/content/anchor';
import { topLevelBlocks } from '@/lib/content/markdown';
import type { Release, ReleaseVersion } from '@/lib/content/release';
import { originalLocale } from '@/lib/i18n/routing';
import { blockMarkdown, fromInline, inlineBlock, normalize, SPACE_MARK } from './inline';
import { unitsOf } from './units';

/** Why an XLIFF file cannot be imported, in words a translator's project manager can act on. */
export class XliffImportError extends Error {
  override name = 'XliffImportError';
}

/** The release as XLIFF 2.0: Korean source, the translation as target where it exists, a note on every unit. */
export async function exportXliff(release: Release, translation: ReleaseVersion): Promise<string> {
  const original = release.versions[originalLocale];
  const targets = new Map(unitsOf(translation, original).map((unit) => [unit.id, unit.value]));
  const units = Object.fromEntries(
    unitsOf(original, original).map(({ id, value }) => [
      id,
      {
        note: `Press release releases/${release.slug}, published ${release.date}; unit ${id}. Codes are formatting and links: keep them around the words they belong to.`,
        source: value,
        ...(targets.get(id)?.length ? { target: targets.get(id)! } : {}),
      },
    ]),
  );
  // No indentation: a pretty-printer would add whitespace inside <source> and <target>.
  const xml = await xliff.js2xliff({ sourceLanguage: original.locale, targetLanguage: translation.locale, resources: { [release.slug]: units } }, { indent: '' });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

/**
 * The `xliff` package's XML parser drops text that is only whitespace, such as the space between
 * two links: such text inside <source>/<target> is marked with a private-use character first,
 * which `normalize` removes again.
 */
const keepInlineSpaces = (xml: string) => xml.replace(/(<(?:source|target)>|<pc\b[^>]*>|<\/pc>|<ph\b[^>]*\/>)(\s+)(?=<pc\b|<ph\b|<\/pc>|<\/source>|<\/target>)/g, `$1$2${SPACE_MARK}`);

/** Reads an XLIFF file's target language and the release it is for, before anything is checked against it. */
export async function readXliff(xml: string): Promise<{ document: XliffDocument; slug: string; locale: string }> {
  const document = await xliff.xliff2js(keepInlineSpaces(xml)).catch((error: Error) => {
    throw new XliffImportError(`not an XLIFF 2.0 file: ${error.message}`);
  });
  const files = Object.keys(document.resources ?? {});
  if (files.length !== 1) throw new XliffImportError(`expected one <file> (the release), found ${files.length}`);
  return { document, slug: files[0]!, locale: document.targetLanguage };
}

/**
 * The translation file (`en.md`) with the translated units of `document` put in: only changed
 * units are rewritten, so a file exported and imported again keeps every byte. Refuses a file
 * whose units do not match the release as it is now, naming each difference.
 */
export function importXliff(release: Release, translation: ReleaseVersion, source: string, document: XliffDocument): { text: string; changed: string[] } {
  const original = release.versions[originalLocale];
  if (document.sourceLanguage !== original.locale) throw new XliffImportError(`source language is "${document.sourceLanguage}"; releases are translated from "${original.locale}"`);
  const units = document.resources[release.slug]!;
  const expected = unitsOf(original, original);
  const missing = expected.filter(({ id }) => !units[id]).map(({ id }) => id);
  const extra = Object.keys(units).filter((id) => !expected.some((unit) => unit.id === id));
  if (missing.length || extra.length) {
    throw new XliffImportError([missing.length && `missing units: ${missing.join(', ')}`, extra.length && `units the release does not have: ${extra.join(', ')}`].filter(Boolean).join('; '));
  }
  const outdated = expected.filter(({ id, value }) => !isDeepStrictEqual(normalize(units[id]!.source), value)).map(({ id }) => id);
  if (outdated.length) throw new XliffImportError(`the source of ${outdated.join(', ')} no longer matches the current Korean original: export the release again and translate that file`);
  const untranslated = expected.filter(({ id }) => normalize(units[id]!.target).length === 0).map(({ id }) => id);
  if (untranslated.length) throw new XliffImportError(`units without a translation: ${untranslated.join(', ')}`);

  const current = new Map(unitsOf(translation, original).map((unit) => [unit.id, unit.value]));
  const changed = expected.filter(({ id }) => !isDeepStrictEqual(normalize(units[id]!.target), current.get(id))).map(({ id }) => id);
  const plain = (id: string) => normalize(units[id]!.target).map((item) => (typeof item === 'string' ? item : '')).join('');
  return { text: rewrite(source, translation.locale, changed, plain, (index, id) => translatedBlock(original, index, units[id]!.target!, id)), changed };
}

/** A block's Markdown from its translated unit: the original's node with the translated text and codes. */
function translatedBlock(original: ReleaseVersion, index: number, target: Parameters<typeof fromInline>[0], id: string): string {
  const node = inlineBlock(original.blocks[index]!.markdown);
  if (!node) return normalize(target).join('');
  return blockMarkdown({ ...node, children: fromInline(target, node.children, id) });
}

/** `source` with the changed front matter fields and blocks replaced, everything else byte for byte. */
function rewrite(source: string, locale: Locale, changed: string[], plain: (id: string) => string, block: (index: number, id: string) => string): string {
  if (changed.length === 0) return source;
  // With options, gray-matter parses afresh (its cache hands back copies without `matter`).
  const file = matter(source, {});
  const start = source.indexOf(file.matter);
  const end = start + file.matter.length;
  let frontMatter = file.matter;
  const fields = changed.filter((id) => blockIndexOf(id) === undefined);
  if (fields.length) {
    const yaml = parseDocument(file.matter);
    for (const id of fields) {
      const subtitle = /^subtitle-(\d+)$/.exec(id);
      if (subtitle) yaml.setIn(['subtitle', Number(subtitle[1]) - 1], plain(id));
      else yaml.set(id, plain(id));
    }
    frontMatter = `\n${yaml.toString({ lineWidth: 0 })}`;
  }
  let body = source.slice(end);
  const bodyStart = body.indexOf(file.content);
  const nodes = topLevelBlocks(remark().parse(file.content));
  for (const id of changed.filter((unit) => blockIndexOf(unit) !== undefined).reverse()) {
    const index = blockIndexOf(id)!;
    const position = nodes[index]?.position;
    if (!position) throw new XliffImportError(`${locale}.md has no block ${index + 1} to replace`);
    const from = bodyStart + position.start.offset!;
    body = body.slice(0, from) + block(index, id) + body.slice(bodyStart + position.end.offset!);
  }
  return source.slice(0, start) + frontMatter + body;
}
