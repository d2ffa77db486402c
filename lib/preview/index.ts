import { getRelease, getRenamedSlug, publicationTime } from '@/lib/content';
import { isPublished, type Release } from '@/lib/content/release';
import type { PreviewNote } from './lines';
import { PreviewSetupError, verifyPreview } from './token';

export { previewLines, type PreviewNote } from './lines';
export { PreviewSetupError, signPreview } from './token';

/** A preview a token opens: the release as it will be published, and whom it was made for. */
export type Preview = { release: Release; note: PreviewNote };

let warned = false;

/**
 * What a preview link's token opens now: the release under embargo with its note, `{ published }`
 * once the release is public (the link then leads to its permalink), or `undefined` for a token
 * that is forged, altered, expired, revoked, under an old key or for an unknown release, which
 * answers as an unknown page does. Without PREVIEW_SECRET no token opens anything (said once in
 * the server's log).
 */
export async function openPreview(token: string): Promise<Preview | { published: string } | undefined> {
  const now = publicationTime();
  let claims;
  try {
    claims = verifyPreview(token, now);
  } catch (error) {
    if (!(error instanceof PreviewSetupError)) throw error;
    if (!warned) console.error(`preview links: ${error.message}`);
    warned = true;
    return undefined;
  }
  // A link sent before the press team renamed the release still opens it.
  const slug = claims && ((await getRenamedSlug(claims.slug, { embargoed: true })) ?? claims.slug);
  const release = slug && (await getRelease(slug, { embargoed: true }));
  if (!claims || !release || release.previews.revoked.includes(claims.id)) return undefined;
  if (!release.embargo || isPublished(release, now)) return { published: release.slug };
  return { release, note: { recipient: claims.to, embargo: release.embargo } };
}
