import matter from 'gray-matter';
import { parseDocument, visit, type Document } from 'yaml';
import { ContentError } from './content-error';
import { findForbiddenCharacter, lineAt } from './content-folder';

/** A YAML document's data, and the line each value starts on (for messages that say where). */
export type ParsedYaml = { data: object; lineOf: (path: readonly PropertyKey[]) => number | undefined };

/** The line of the value at `path`, or of the nearest value above it that is written (a missing key is reported where its parent is). */
function lineOfPath(document: Document, source: string, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length; length > 0; length -= 1) {
    const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineAt(source, node.range[0]);
  }
  return undefined;
}

/**
 * YAML parsed strictly: the core schema keeps dates as the strings written (offset included) and
 * knows no language-specific tags; warnings (an unknown tag such as !!js/function or
 * !!python/object) are errors, duplicate keys are refused, and the alias limit stops "billion
 * laughs" documents. A string may not spell with escapes ("\uFFFE", "\u202E") a character the file
 * itself may not hold.
 */
export function parseYamlStrict(source: string, file: string, malformed = 'malformed YAML'): ParsedYaml {
  const document = parseDocument(source, { schema: 'core', prettyErrors: true, uniqueKeys: true });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) throw new ContentError(file, `${malformed}: ${problem.message}`);
  visit(document, {
    Scalar(_, node) {
      const forbidden = typeof node.value === 'string' ? findForbiddenCharacter(node.value) : undefined;
      if (!forbidden) return;
      throw new ContentError(
        `${file}:${lineAt(source, node.range?.[0] ?? 0)}`,
        `a value holds the character ${forbidden.code}, ${forbidden.why}`,
      );
    },
  });
  let data: object;
  try {
    data = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ContentError(file, `${malformed}: ${(error as Error).message}`);
  }
  return { data, lineOf: (path) => lineOfPath(document, source, path) };
}

/** A Markdown file's front matter (its text, from after the opening `---` line) and body. */
export type FrontMatterFile = { matter: string; content: string; yaml: ParsedYaml };

/**
 * Splits a Markdown file into YAML front matter and body. gray-matter also reads front matter in
 * other languages named on the opening line, and evaluates `---js` and `---javascript` as code:
 * only a bare `---` opens front matter here, anything else is refused before gray-matter sees the
 * file, and its JavaScript engine is replaced by a refusal as well.
 */
export function splitFrontMatter(source: string, file: string): FrontMatterFile {
  const opener = /^---([^\n]*)/.exec(source);
  const language = opener?.[1]?.trim();
  const refuse = (name = language) => {
    throw new ContentError(
      `${file}:1`,
      `front matter must be YAML, opened by a line of exactly "---" (this one says "---${name}"); nothing in it was read`,
    );
  };
  if (language) refuse();
  let yaml: ParsedYaml | undefined;
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, {
      engines: {
        yaml: (text) => (yaml = parseYamlStrict(text, file, 'malformed front matter')).data,
        javascript: () => refuse('js'),
      },
    });
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(file, `malformed front matter: ${(error as Error).message}`);
  }
  if (!parsed.matter.trim() || !yaml) throw new ContentError(file, 'front matter is missing (it starts and ends with ---)');
  return { matter: parsed.matter, content: parsed.content, yaml };
}
