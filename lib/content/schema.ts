import { z } from 'zod';
import { translationLocales } from '@/lib/i18n/routing';

/** Folder names become permalinks: lowercase ASCII words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// "is required" reads better in a build log than "expected string, received undefined".
const required = { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : undefined) };
const isoDateTime = z.iso.datetime({ ...required, offset: true, local: false });
const nonEmpty = z.string(required).trim().min(1);

/** `release.yml`: facts about the release stated once, for every language. */
export const releaseFactsSchema = z.strictObject({
  date: isoDateTime,
  embargo: isoDateTime.optional(),
  company: nonEmpty,
  stockCode: z
    .string()
    .regex(/^\d{6}$/, 'must be a six-digit KRX code')
    .optional(),
  tags: z.array(z.string().regex(slugPattern, 'must be lowercase words joined by hyphens')).default([]),
  translations: z.array(z.enum(translationLocales)).default(translationLocales),
  contact: z
    .strictObject({
      name: nonEmpty,
      email: z.email().optional(),
      phone: nonEmpty.optional(),
    })
    .optional(),
});

/** Front matter of `ko.md`, `en.md`: what differs by language. */
export const frontMatterSchema = z.strictObject({
  title: nonEmpty,
  subtitle: z.array(nonEmpty).default([]),
  summary: nonEmpty.optional(),
});

export type ReleaseFacts = z.infer<typeof releaseFactsSchema>;
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Zod's issues as one line each: `field: what is wrong`; `whole` names the document when the issue is about all of it. */
export function describeIssues(error: z.ZodError, whole: string): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : `(${whole})`}: ${issue.message}`).join('; ');
}
