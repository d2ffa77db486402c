// `npm run preview-link -- <slug> --to "<who, e.g. Kim Min-ji, Yonhap>" [--hours 48]`: prints one
// journalist's signed link to a release under embargo (needs PREVIEW_SECRET, the servers' secret).
// The link opens the release in Korean; its page links to the English and side-by-side views.
// Its id, printed on the second line, revokes it when added to `previews.revoked` in release.yml.
import { parseArgs } from 'node:util';
import { getReleaseSummary, publicationTime } from '@/lib/content';
import { isPublished } from '@/lib/content/release';
import { RELEASES_DIR, shownContentPath } from '@/lib/content/layout';
import { formatKoreaTime } from '@/lib/i18n/formats';
import { originalLocale } from '@/lib/i18n/routing';
import { PreviewSetupError, signPreview } from '@/lib/preview';
import { localePath, previewPath } from '@/lib/routes';
import { site } from '@/lib/site';
import { fail } from './fail.mts';

const usage = 'usage: npm run preview-link -- <slug> --to "<who, e.g. Kim Min-ji, Yonhap>" [--hours 48]';

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { to: { type: 'string' }, hours: { type: 'string', default: '48' } } });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
const { positionals: [slug] = [], values } = parsed!;
const to = values.to?.trim();
if (!slug || !to) fail(usage);
if (!/^\d+$/.test(values.hours!) || Number(values.hours) < 1 || Number(values.hours) > 24 * 30)
  fail(`--hours ${values.hours}: a whole number of hours from 1 to 720`);

const release = await getReleaseSummary(slug!, { embargoed: true });
if (!release) fail(`${slug}: no such release in ${shownContentPath(RELEASES_DIR)}`);
if (!release!.embargo || isPublished(release!, publicationTime())) fail(`${slug}: is public already; share its permalink instead`);

const expires = new Date(Date.now() + Number(values.hours) * 3_600_000);
try {
  const token = signPreview({ slug: slug!, to: to!, expires });
  console.log(new URL(localePath(originalLocale, previewPath(token)), site.url).toString());
  const id = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).id as string;
  console.error(
    `for ${to}, until ${formatKoreaTime(expires)}; embargo ${formatKoreaTime(new Date(release!.embargo!))}; id ` +
      `${id} (add it to previews.revoked in release.yml to revoke)`,
  );
} catch (error) {
  if (error instanceof PreviewSetupError) fail(error.message);
  throw error;
}
