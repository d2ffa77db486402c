import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NEWSROOM_FILE, releaseDir, textFile } from '@/lib/content/layout';
import { SLUG } from '../../tests/seed.ts';
import { writeGeneratedRelease } from '../../tests/fixtures/write-release.ts';

// The real content, whatever CONTENT_DIR says: the synthetic releases are made of its words.
const REAL = path.resolve('content');
const SOURCE = path.join(REAL, releaseDir(SLUG));

/** The slug of synthetic release `index` (0-based). */
export const syntheticSlug = (index: number) => `bench-release-${String(index + 1).padStart(5, '0')}`;

/** A small seeded generator (mulberry32): the same newsroom on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const syllables = [
  ...'가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히개내대래매배새애재채케태패해',
];
const consonants = [...'bcdfghklmnprstvz'];
const vowels = [...'aeiou'];

/**
 * A made-up word, Korean (2–4 syllables) and English (two or three syllables): names of products and
 * places a real newsroom accumulates.
 */
function words(next: () => number) {
  const pick = <T,>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const ko = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(syllables)).join('');
  const en = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(consonants) + pick(vowels)).join('') + pick(consonants);
  return { ko, en: en[0]!.toUpperCase() + en.slice(1) };
}

type Source = { front: string; blocks: string[] };

const split = (markdown: string): Source => {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown)!;
  return { front: front!, blocks: body!.trim().split(/\n{2,}/) };
};

/**
 * A content folder of `count` releases made from the real one: Korean and English text of real
 * length, but each release its own selection and order of paragraphs, its own title, date and
 * tags, and made-up names of its own in both languages, so that search and compression see a
 * newsroom's variety rather than one text repeated. Block N of the English still translates
 * block N of the Korean.
 */
export async function syntheticContent(count: number): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), `bench-content-${count}-`));
  const [ko, en] = await Promise.all([
    readFile(path.join(SOURCE, textFile('ko')), 'utf8').then(split),
    readFile(path.join(SOURCE, textFile('en')), 'utf8').then(split),
  ]);
  await cp(path.join(REAL, NEWSROOM_FILE), path.join(root, NEWSROOM_FILE));
  const tags = ['shared-growth', 'suppliers', 'smart-factory', 'esg'];
  for (let index = 0; index < count; index++) {
    await writeRelease(root, index, count, ko, en, tags);
  }
  return root;
}

const FIRST_DAY = Date.UTC(2005, 0, 1);
const SPAN_DAYS = 20 * 365;

async function writeRelease(root: string, index: number, count: number, ko: Source, en: Source, tags: string[]) {
  const next = random(index + 1);
  const number = String(index + 1).padStart(5, '0');
  // Spread over the same twenty years (2005–2024) at every size, newest last, so lists and their
  // year links differ only in how many releases there are.
  const date = new Date(FIRST_DAY + Math.floor((index * SPAN_DAYS) / count) * 86_400_000).toISOString().slice(0, 10);
  const chosenTags = tags.filter(() => next() < 0.5);
  // Five to all of the paragraphs, in an order of this release's own.
  const indexes = ko.blocks
    .map((_, block) => block)
    .sort(() => next() - 0.5)
    .slice(0, 5 + Math.floor(next() * (ko.blocks.length - 4)));
  const names = Array.from({ length: 12 }, () => words(next));
  const body = (source: Source, locale: 'ko' | 'en') =>
    indexes
      .map((block, position) => {
        const name = names[position % names.length]!;
        const more = names[(position + 5) % names.length]!;
        return locale === 'ko'
          ? `${source.blocks[block]} ${name.ko}와 ${more.ko} 사업도 함께 소개됐다.`
          : `${source.blocks[block]} The ${name.en} and ${more.en} businesses were presented too.`;
      })
      .join('\n\n');
  const title = (source: Source, name: string) =>
    source.front.replace(/^title: "(.*)"$/m, `title: "$1: ${name} (${number})"`).replace(/^summary: .*$/m, '');
  await writeGeneratedRelease(root, {
    slug: syntheticSlug(index),
    facts: `date: ${date}T09:00:00+09:00\ntags: [${chosenTags.join(', ')}]\ntranslations: [en]\n`,
    ko: { front: title(ko, names[0]!.ko), body: body(ko, 'ko') },
    en: { front: title(en, names[0]!.en), body: body(en, 'en') },
  });
}

/** Corrects one release as a press team would: a changed figure in its first paragraph, both languages. */
export async function correctRelease(root: string, index: number): Promise<void> {
  const dir = path.join(root, releaseDir(syntheticSlug(index)));
  for (const file of [textFile('ko'), textFile('en')]) {
    const text = await readFile(path.join(dir, file), 'utf8');
    await writeFile(
      path.join(dir, file),
      text.replace(/(\n\n[^\n]*?)(\d)/, (_, before: string, digit: string) => `${before}${(Number(digit) + 1) % 10}`),
    );
  }
}
