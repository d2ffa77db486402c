import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { previewIdPattern, slugPattern } from '@/lib/content/schema';
import { env } from '@/lib/env';

// A preview link's token: what it grants (one release, to one named reader, until a moment, under
// one key) and an HMAC-SHA256 of that with PREVIEW_SECRET. Nothing is stored: the server checks
// the signature, and a token the press team revokes is named in the release's `previews.revoked`.

const claimsSchema = z.strictObject({
  slug: z.string().regex(slugPattern),
  to: z.string().min(1).max(200),
  /** Expiry, in seconds since 1970. */
  exp: z.number().int().positive(),
  kid: z.string().regex(/^[\w-]{1,32}$/),
  id: z.string().regex(previewIdPattern),
});

export type PreviewClaims = z.infer<typeof claimsSchema>;

/** Why preview links cannot be made or read: one line for the press team or the server log. */
export class PreviewSetupError extends Error {}

/** PREVIEW_SECRET as bytes: at least 32 of them, else no preview link is made or honoured. */
function previewSecret(): Buffer {
  const secret = env.previewSecret();
  if (!secret)
    throw new PreviewSetupError('PREVIEW_SECRET is not set: preview links need a secret of at least 32 bytes (openssl rand -base64 48)');
  const bytes = Buffer.from(secret, 'utf8');
  if (bytes.length < 32)
    throw new PreviewSetupError(`PREVIEW_SECRET is ${bytes.length} bytes: preview links need at least 32 (openssl rand -base64 48)`);
  return bytes;
}

/** The key id tokens are signed and honoured under: a new PREVIEW_KEY_ID revokes every link made before. */
function previewKeyId(): string {
  const kid = env.previewKeyId();
  if (!/^[\w-]{1,32}$/.test(kid)) throw new PreviewSetupError(`PREVIEW_KEY_ID must be 1-32 letters, digits, _ or - (got ${kid})`);
  return kid;
}

const mac = (payload: string, secret: Buffer) => createHmac('sha256', secret).update(payload).digest();

/** A token granting `slug` to `to` until `expires`, under the current key. */
export function signPreview({ slug, to, expires }: { slug: string; to: string; expires: Date }): string {
  const claims = claimsSchema.parse({
    slug,
    to,
    exp: Math.floor(expires.getTime() / 1000),
    kid: previewKeyId(),
    id: randomBytes(8).toString('hex'),
  });
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${mac(payload, previewSecret()).toString('base64url')}`;
}

/**
 * What a token grants if it is one this server signed under its current key and it has not
 * expired at `now`; else `undefined`, whatever is wrong with it. The signature is compared in
 * constant time. Throws PreviewSetupError without a usable secret.
 */
export function verifyPreview(token: string, now: Date): PreviewClaims | undefined {
  const secret = previewSecret();
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length) return undefined;
  const expected = mac(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  // Only the one spelling: base64 ignores the spare bits of its last character, so another would decode alike.
  if (given.length !== expected.length || !timingSafeEqual(given, expected) || given.toString('base64url') !== signature) return undefined;
  let claims: PreviewClaims;
  try {
    claims = claimsSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return undefined;
  }
  if (claims.kid !== previewKeyId() || claims.exp * 1000 <= now.getTime()) return undefined;
  return claims;
}
