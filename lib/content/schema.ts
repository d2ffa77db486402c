import { z } from 'zod';
import { routing, translationLocales } from '@/lib/i18n/routing';
import { blockAnchorPattern } from './anchor';

/** Folder names become permalinks: lowercase ASCII words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A preview link's id (lib/preview/token.ts), as `previews.revoked` names it. */
export const previewIdPattern = /^[0-9a-f]{16}$/;

// "is required" reads better in a build log than "expected string, received undefined".
const required = { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : undefined) };
/** Whether an ISO time names a real day and time (Date.parse takes 30 February for 2 March). */
function isCalendarMoment(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return !Number.isNaN(Date.parse(value)) && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A moment in ISO 8601 with its offset (without one, a time means another moment on every machine); seconds optional. */
export const isoDateTime = z
  .string(required)
  .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,3})?)?(?:Z|[+-]\d\d:\d\d)$/, {
    error: 'must be a time with its offset, e.g. 2026-12-03T06:00+09:00',
    abort: true,
  })
  .refine(isCalendarMoment, 'is not a moment in the calendar');
// Text of format characters, spaces and Hangul fillers alone (U+200B, U+3164…) looks empty to a
// reader but not to a length check.
const invisibleOnly = /^[\p{Cf}\p{Z}\s\u115F\u1160\u3164\uFFA0\u2800]*$/u;
const nonEmpty = z
  .string(required)
  .trim()
  .min(1)
  .refine((text) => !invisibleOnly.test(text), 'has no visible character (only spaces or invisible ones); write the text');

const tagName = z.string().regex(slugPattern, 'must be lowercase words joined by hyphens');

/** Text shown to readers: one entry per site language, none missing (zod's enum-keyed record is exhaustive). */
const localized = z.record(z.enum(routing.locales), nonEmpty);

/** A media contact, as readers of each language see it. */
const contactSchema = z.strictObject({
  name: localized,
  role: localized,
  email: z.email().optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9][0-9 ()-]{5,}$/, 'must be a phone number of digits, spaces, hyphens and brackets, e.g. +82-2-3777-1114')
    .optional(),
});

/** `newsroom.yml`: what is true of every release, per language where readers see it. */
export const newsroomSchema = z.strictObject({
  /** The newsroom's own name, e.g. "Press Center". */
  name: localized,
  organization: z.strictObject({
    name: localized,
    stockCode: z
      .string()
      .regex(/^\d{6}$/, 'must be a six-digit KRX code')
      .optional(),
    url: z.url({ protocol: /^https$/ }),
    /** The "About {organisation}" paragraph closing every release. */
    boilerplate: localized.optional(),
  }),
  /** Shown on every release that names none of its own. */
  contacts: z.array(contactSchema).default([]),
  /** Every tag a release may name, with its label in each language. */
  tags: z.record(tagName, localized).default({}),
});

/** A correction published after the release: when, what (per language), and which blocks it changed. */
const updateSchema = z.strictObject({
  date: isoDateTime,
  /** Korean always; English where the release is translated (until then the Korean note is shown). */
  note: z.strictObject({ ko: nonEmpty, en: nonEmpty.optional() }),
  /** Numbers N of the blocks (#p-N) it changed. */
  blocks: z.array(z.number().int().positive()).default([]),
});

/** A file in a release's `images/` folder: a plain name, so it is also its URL under /media. */
export const imageFilePattern = /^[a-z0-9]+(?:[-_][a-z0-9]+)*\.(?:jpe?g|png|webp|avif|gif)$/;

/** What `release.yml` states of an image once: who took it, as each language writes the credit (사진=LG이노텍, Photo: LG Innotek). */
const imageFactsSchema = z.strictObject({ credit: localized });

/** `release.yml`: facts about the release stated once, for every language. */
export const releaseFactsSchema = z.strictObject({
  date: isoDateTime,
  embargo: isoDateTime.optional(),
  tags: z.array(tagName).default([]),
  translations: z.array(z.enum(translationLocales)).default(translationLocales),
  /** This release's own media contacts, in place of the newsroom's. */
  contacts: z.array(contactSchema).optional(),
  /** Corrections, oldest first. */
  updates: z.array(updateSchema).default([]),
  /** Slugs it was published under before a rename: each old address answers 308 to the new one. */
  redirect_from: z.array(z.string().regex(slugPattern, 'must be a slug: lowercase ASCII letters, digits and single hyphens')).default([]),
  /** Preview links revoked before the embargo, by the id `npm run preview-link` printed. */
  previews: z
    .strictObject({ revoked: z.array(z.string().regex(previewIdPattern, 'must be a preview link id: 16 hexadecimal digits')).default([]) })
    .default({ revoked: [] }),
  /** Facts of each image in `images/` the text shows, by file name. */
  images: z
    .record(
      z
        .string()
        .regex(imageFilePattern, 'must name a JPEG, PNG, WebP, AVIF or GIF file in lowercase letters, digits and hyphens (photo-1.jpg)'),
      imageFactsSchema,
    )
    .default({}),
});

/**
 * `{locale}.translated-from.yml`: the version of each original block a translation translates,
 * by block anchor. Written by `npm run content:translated` and the XLIFF import, never by hand.
 */
export const translationRecordSchema = z.record(
  z.string().regex(blockAnchorPattern, 'must be a block anchor such as p-3'),
  z.strictObject({ hash: z.string().regex(/^[0-9a-f]{8}$/, 'must be 8 hexadecimal digits'), source: z.string() }),
);

/** Front matter of `ko.md`, `en.md`: what differs by language. */
export const frontMatterSchema = z.strictObject({
  title: nonEmpty,
  subtitle: z.array(nonEmpty).default([]),
  summary: nonEmpty.optional(),
});

export type Newsroom = z.infer<typeof newsroomSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type ReleaseFacts = z.infer<typeof releaseFactsSchema>;
export type Update = z.infer<typeof updateSchema>;
export type ImageFacts = z.infer<typeof imageFactsSchema>;
export type TranslationRecord = z.infer<typeof translationRecordSchema>;
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Zod's issues as one line each: `field: what is wrong`; `whole` names the document when the issue is about all of it. */
export function describeIssues(error: z.ZodError, whole: string): string {
  // A bad key of a record (images: photo.svg) carries the key's own problem inside a generic one.
  const message = (issue: z.core.$ZodIssue) =>
    issue.code === 'invalid_key' ? issue.issues.map((inner) => inner.message).join('; ') : issue.message;
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : `(${whole})`}: ${message(issue)}`).join('; ');
}
