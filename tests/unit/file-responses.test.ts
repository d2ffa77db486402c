import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { notFoundPageFile } from '@/lib/cache/build-folder.cjs';
import { slugCandidates } from '@/lib/downloads/manifest';
import { fileResponse, immutableFile, isNotModified, notFound, permanentRedirect, releaseFileValidators } from '@/lib/http/file-responses';
import { requestedRange } from '@/lib/http/ranges';

describe('the byte range a request asks of a file', () => {
  it.each([
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=100-', { start: 100, end: 999 }],
    ['bytes=-100', { start: 900, end: 999 }],
    ['bytes=900-5000', { start: 900, end: 999 }],
    ['bytes=5-5', { start: 5, end: 5 }],
    ['bytes=1000-', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    // Served whole: no range, several ranges, another unit, a reversed range, nonsense.
    [null, undefined],
    ['bytes=0-1,5-6', undefined],
    ['items=0-1', undefined],
    ['bytes=50-10', undefined],
    ['bytes=-', undefined],
    // Only a header that is one range and nothing else; spaces around it are no part of it.
    ['xbytes=0-1', undefined],
    ['bytes=0-1x', undefined],
    ['  bytes=2-3  ', { start: 2, end: 3 }],
  ] as const)('%s of 1,000 bytes → %j', (header, expected) => {
    expect(requestedRange(header, 1000)).toEqual(expected);
  });
});

describe('a conditional request', () => {
  const file = { etag: '"abc-ko.pdf"', lastModified: 'Tue, 20 Sep 2022 15:00:00 GMT' };
  const now = Date.parse('2026-11-30T00:00:00Z');
  const headers = (values: Record<string, string>) => new Headers(values);

  it('matches its ETag, weak or strong, or *', () => {
    expect(isNotModified(headers({ 'If-None-Match': '"abc-ko.pdf"' }), file, now)).toBe(true);
    expect(isNotModified(headers({ 'If-None-Match': '"x", W/"abc-ko.pdf"' }), file, now)).toBe(true);
    expect(isNotModified(headers({ 'If-None-Match': '*' }), file, now)).toBe(true);
    expect(isNotModified(headers({ 'If-None-Match': '"abc-en.pdf"' }), file, now)).toBe(false);
  });

  it('matches a date at or after the last change, but not one in the future', () => {
    expect(isNotModified(headers({ 'If-Modified-Since': file.lastModified }), file, now)).toBe(true);
    expect(isNotModified(headers({ 'If-Modified-Since': 'Mon, 01 Jan 2024 00:00:00 GMT' }), file, now)).toBe(true);
    // The reader's clock agreeing with ours to the second is no clock ahead.
    expect(isNotModified(headers({ 'If-Modified-Since': 'Mon, 30 Nov 2026 00:00:00 GMT' }), file, now)).toBe(true);
    expect(isNotModified(headers({ 'If-Modified-Since': 'Mon, 01 Jan 2001 00:00:00 GMT' }), file, now)).toBe(false);
    expect(isNotModified(headers({ 'If-Modified-Since': 'Fri, 01 Jan 2100 00:00:00 GMT' }), file, now)).toBe(false);
    expect(isNotModified(headers({ 'If-Modified-Since': 'yesterday' }), file, now)).toBe(false);
  });

  it('goes by If-None-Match when it has both', () => {
    expect(isNotModified(headers({ 'If-None-Match': '"other"', 'If-Modified-Since': file.lastModified }), file, now)).toBe(false);
  });
});

describe('a file answered by lib/http', () => {
  const bytes = new TextEncoder().encode('0123456789');
  const file = {
    etag: '"abc-ko.txt"',
    lastModified: 'Tue, 20 Sep 2022 15:00:00 GMT',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    bytes: async () => bytes,
  };
  const get = (headers: Record<string, string>) => fileResponse(new Request('http://localhost/downloads/abc-ko.txt', { headers }), file);

  it('sends the whole file with its length, and says no cache may re-encode it', async () => {
    const response = await get({ 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('10');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('cache-control')).toMatch(/\bno-transform\b/);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe('0123456789');
  });

  it('sends one byte for bytes=5-5', async () => {
    const response = await get({ Range: 'bytes=5-5' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 5-5/10');
    expect(await response.text()).toBe('5');
  });

  it.each([
    ['the same strong ETag', '"abc-ko.txt"', 206],
    ['the same strong ETag, spaces around (a header value is trimmed)', '  "abc-ko.txt" ', 206],
    ['the same last change', 'Tue, 20 Sep 2022 15:00:00 GMT', 206],
    ['another ETag (the file changed since)', '"old-ko.txt"', 200],
    ['a weak ETag, which If-Range never matches', 'W/"abc-ko.txt"', 200],
    ['another date', 'Mon, 19 Sep 2022 15:00:00 GMT', 200],
  ])('with If-Range naming %s answers %i', async (_, ifRange, status) => {
    const response = await get({ Range: 'bytes=2-4', 'If-Range': ifRange });
    expect(response.status).toBe(status);
    expect(await response.text()).toBe(status === 206 ? '234' : '0123456789');
  });

  it('answers 416 past the end and 304 to a copy still current', async () => {
    expect((await get({ Range: 'bytes=10-' })).headers.get('content-range')).toBe('bytes */10');
    expect((await get({ 'If-None-Match': '"abc-ko.txt"' })).status).toBe(304);
  });
});

describe('the other answers of a file route', () => {
  it('a file named by its content is kept by every cache for a year, with its type', async () => {
    const response = immutableFile('{}', 'application/json; charset=utf-8');
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(await response.text()).toBe('{}');
  });

  it('an unknown name is the site’s 404 page (plain words without a build), kept by no cache; a renamed file a 308 to its new address', async () => {
    const answer = async (response: Response) => [response.status, response.headers.get('content-type'), await response.text()];
    const kept = (await notFound()).headers.get('cache-control');
    expect(kept).toBe('no-store');
    expect(await answer(await notFound())).toEqual([404, 'text/plain; charset=utf-8', 'Not found']);
    // The page a build renders for every unknown address.
    await mkdir(path.dirname(notFoundPageFile()), { recursive: true });
    await writeFile(notFoundPageFile(), '<h1>Page not found</h1>');
    expect(await answer(await notFound())).toEqual([404, 'text/html; charset=utf-8', '<h1>Page not found</h1>']);
    const moved = permanentRedirect('/downloads/new-name-ko.pdf');
    expect(moved.status).toBe(308);
    expect(moved.headers.get('location')).toBe('/downloads/new-name-ko.pdf');
  });
});

describe('the release a download name stands for', () => {
  it('is the name less one of the endings the site makes', () => {
    expect(slugCandidates('lg-innotek-2022-ko.pdf')).toEqual(['lg-innotek-2022']);
    expect(slugCandidates('a-ko-en.txt').sort()).toEqual(['a', 'a-ko']);
    expect(slugCandidates('a-press-kit.zip')).toEqual(['a']);
    expect(slugCandidates('a-fr.pdf')).toEqual([]);
    expect(slugCandidates('a-ko.exe')).toEqual([]);
  });

  it('tries nothing for a name of 7,000 hyphens, or one longer than any release', () => {
    expect(slugCandidates('-'.repeat(7000))).toEqual([]);
    expect(slugCandidates(`${'a'.repeat(300)}-ko.txt`)).toEqual([]);
  });
});

describe("a corrected release's files", () => {
  it('are last modified at the latest correction, and named by the version of its files and the file', () => {
    const release = {
      files: '0123456789abcdef0123456789',
      date: '2024-03-05T10:00:00+09:00',
      updates: [{ date: '2024-03-06T09:00:00+09:00' }, { date: '2024-03-07T15:30:00+09:00' }],
    } as Parameters<typeof releaseFileValidators>[0];
    expect(releaseFileValidators(release, 'x-ko.pdf')).toEqual({
      etag: '"0123456789abcdef0123-x-ko.pdf"',
      lastModified: 'Thu, 07 Mar 2024 06:30:00 GMT',
    });
    expect(releaseFileValidators({ ...release, updates: [] }, 'x-ko.pdf').lastModified).toBe('Tue, 05 Mar 2024 01:00:00 GMT');
  });
});
