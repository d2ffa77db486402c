import { rm } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPreviewDownload } from '@/lib/downloads/catalog';
import { downloadsOf } from '@/lib/downloads/manifest';
import { openPreview, signPreview, type Preview } from '@/lib/preview';
import { verifyPreview } from '@/lib/preview/token';
import { readFixture, validFixtureWith } from './fixtures';

const SECRET = 'a secret of well over thirty-two bytes, for tests only';
const now = new Date('2026-12-02T12:00:00Z');
const inTwoDays = new Date('2026-12-04T12:00:00Z');
const grant = { slug: 'embargoed-future', to: 'Kim Min-ji, Yonhap', expires: inTwoDays };

beforeEach(() => {
  readFixture('valid');
  vi.stubEnv('PREVIEW_SECRET', SECRET);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

/** The token with one claim changed and its signature kept, as someone editing a link would make it. */
function altered(token: string, change: Record<string, unknown>) {
  const [payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
  return `${Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url')}.${signature}`;
}

describe('a preview token', () => {
  it('grants its release to its reader until it expires', () => {
    const claims = verifyPreview(signPreview(grant), now);
    expect(claims).toMatchObject({ slug: 'embargoed-future', to: 'Kim Min-ji, Yonhap', exp: inTwoDays.getTime() / 1000, kid: '1' });
    expect(claims!.id).toMatch(/^[0-9a-f]{16}$/);
    expect(verifyPreview(signPreview(grant), new Date(inTwoDays.getTime() - 1))).toBeDefined();
    expect(verifyPreview(signPreview(grant), inTwoDays)).toBeUndefined();
  });

  it.each([
    ['slug', { slug: 'first-release' }],
    ['recipient', { to: 'Someone Else' }],
    ['expiry', { exp: 4102444800 }],
    ['key id', { kid: '2' }],
    ['id', { id: '0000000000000000' }],
  ])('is refused with its %s altered', (_, change) => {
    expect(verifyPreview(altered(signPreview(grant), change), now)).toBeUndefined();
  });

  it('is refused when forged, truncated, signed with another secret or under an old key id', () => {
    const token = signPreview(grant);
    const [payload, signature] = token.split('.') as [string, string];
    // The last character of a 32-byte signature carries 4 bits and 2 spare ones: flipping a spare bit is an altered link too.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const spare = signature.slice(0, -1) + alphabet[alphabet.indexOf(signature.at(-1)!) ^ 1];
    expect(Buffer.from(spare, 'base64url')).toEqual(Buffer.from(signature, 'base64url'));
    for (const forged of [
      `${payload}.${'A'.repeat(43)}`,
      `${payload}.${signature.slice(0, -2)}`,
      `${payload}.${spare}`,
      payload,
      `${token}.x`,
      '',
      '.',
    ])
      expect(verifyPreview(forged, now), forged).toBeUndefined();
    vi.stubEnv('PREVIEW_SECRET', `${SECRET}, rotated`);
    expect(verifyPreview(token, now)).toBeUndefined();
    vi.stubEnv('PREVIEW_SECRET', SECRET);
    vi.stubEnv('PREVIEW_KEY_ID', '2');
    expect(verifyPreview(token, now)).toBeUndefined();
    expect(verifyPreview(signPreview(grant), now)).toMatchObject({ kid: '2' });
  });

  it('cannot be made or read without a secret of at least 32 bytes, said in one line', () => {
    const token = signPreview(grant);
    vi.stubEnv('PREVIEW_SECRET', '');
    expect(() => signPreview(grant)).toThrow(/^PREVIEW_SECRET is not set: preview links need a secret of at least 32 bytes/);
    expect(() => verifyPreview(token, now)).toThrow(/^PREVIEW_SECRET is not set/);
    vi.stubEnv('PREVIEW_SECRET', 'x'.repeat(31));
    expect(() => signPreview(grant)).toThrow('PREVIEW_SECRET is 31 bytes: preview links need at least 32');
  });
});

describe('what a preview link opens', () => {
  const serveAt = (time: Date) => vi.useFakeTimers({ toFake: ['Date'], now: time });

  it('is the release under embargo with its note; after the embargo, its permalink', async () => {
    serveAt(now);
    const token = signPreview({ ...grant, expires: new Date('2099-01-02T00:00:00Z') });
    expect(await openPreview(token)).toMatchObject({
      release: { slug: 'embargoed-future' },
      note: { recipient: 'Kim Min-ji, Yonhap', embargo: '2099-01-01T09:00:00+09:00' },
    });
    serveAt(new Date('2099-01-01T00:00:00Z'));
    expect(await openPreview(token)).toEqual({ published: 'embargoed-future' });
  });

  it('follows the release when the press team renames it after sending the link', async () => {
    serveAt(now);
    const token = signPreview({ ...grant, slug: 'future-draft', expires: new Date('2099-01-02T00:00:00Z') });
    const dir = await validFixtureWith({
      'releases/embargoed-future/release.yml':
        'date: 2099-01-01T09:00:00+09:00\nembargo: 2099-01-01T09:00:00+09:00\ntranslations: []\nredirect_from: [future-draft]\n',
    });
    expect(await openPreview(token)).toMatchObject({ release: { slug: 'embargoed-future' } });
    serveAt(new Date('2099-01-01T00:00:00Z'));
    expect(await openPreview(token)).toEqual({ published: 'embargoed-future' });
    await rm(dir, { recursive: true });
  });

  it('is nothing for a revoked token, an unknown release, or without a secret', async () => {
    serveAt(now);
    const token = signPreview(grant);
    const id = verifyPreview(token, now)!.id;
    const dir = await validFixtureWith({
      'releases/embargoed-future/release.yml': `date: 2099-01-01T09:00:00+09:00\nembargo: 2099-01-01T09:00:00+09:00\ntranslations: []\npreviews:\n  revoked: [${id}]\n`,
    });
    expect(await openPreview(token)).toBeUndefined();
    expect(await openPreview(signPreview(grant))).toMatchObject({ release: { slug: 'embargoed-future' } });
    expect(await openPreview(signPreview({ ...grant, slug: 'no-such-release' }))).toBeUndefined();
    vi.stubEnv('PREVIEW_SECRET', '');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await openPreview(token)).toBeUndefined();
    error.mockRestore();
    await rm(dir, { recursive: true });
  });

  it('offers every file with the embargo line and whom it was prepared for, in each language it holds', { timeout: 30_000 }, async () => {
    serveAt(now);
    const preview = (await openPreview(signPreview({ ...grant, slug: 'first-release' }))) as { published: string };
    expect(preview).toEqual({ published: 'first-release' });
    const { release, note } = (await openPreview(signPreview(grant))) as Preview;
    const files = Object.fromEntries(
      await Promise.all(
        downloadsOf(release).map(async (download) => [download.name, await renderPreviewDownload(release, download, note)] as const),
      ),
    );
    const text = new TextDecoder().decode(files['embargoed-future-ko.txt']);
    expect(text).toContain('엠바고: 2099년 1월 1일 09:00(KST)까지 보도할 수 없습니다.');
    expect(text).toContain('Kim Min-ji, Yonhap 님께 제공');
    expect(new TextDecoder().decode(files['embargoed-future-ko.md'])).toContain('> Kim Min-ji, Yonhap 님께 제공');
    expect((await mammoth.extractRawText({ buffer: Buffer.from(files['embargoed-future-ko.docx']!) })).value).toContain(
      '엠바고: 2099년 1월 1일 09:00(KST)까지 보도할 수 없습니다.',
    );
    const pdf = await getDocument({ data: files['embargoed-future-ko.pdf']!.slice(), useSystemFonts: false, isEvalSupported: false })
      .promise;
    const words = ((await (await pdf.getPage(1)).getTextContent()).items as TextItem[]).map((item) => item.str).join('');
    expect(words.replace(/\s+/g, '')).toContain('KimMin-ji,Yonhap님께제공');
    // The kit's README, the first file a journalist opens in it, says so too, at its top.
    const kit = unzipSync(files['embargoed-future-press-kit.zip']!);
    const readme = strFromU8(kit['embargoed-future/README.txt']!)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(readme.slice(0, 2)).toEqual(['엠바고: 2099년 1월 1일 09:00(KST)까지 보도할 수 없습니다.', 'Kim Min-ji, Yonhap 님께 제공']);
  });
});
