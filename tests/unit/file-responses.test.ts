import { describe, expect, it } from 'vitest';
import { isNotModified } from '@/lib/http/file-responses';
import { requestedRange } from '@/lib/http/ranges';

describe('the byte range a request asks of a file', () => {
  it.each([
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=100-', { start: 100, end: 999 }],
    ['bytes=-100', { start: 900, end: 999 }],
    ['bytes=900-5000', { start: 900, end: 999 }],
    ['bytes=1000-', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    // Served whole: no range, several ranges, another unit, a reversed range, nonsense.
    [null, undefined],
    ['bytes=0-1,5-6', undefined],
    ['items=0-1', undefined],
    ['bytes=50-10', undefined],
    ['bytes=-', undefined],
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
    expect(isNotModified(headers({ 'If-Modified-Since': 'Mon, 01 Jan 2001 00:00:00 GMT' }), file, now)).toBe(false);
    expect(isNotModified(headers({ 'If-Modified-Since': 'Fri, 01 Jan 2100 00:00:00 GMT' }), file, now)).toBe(false);
    expect(isNotModified(headers({ 'If-Modified-Since': 'yesterday' }), file, now)).toBe(false);
  });

  it('goes by If-None-Match when it has both', () => {
    expect(isNotModified(headers({ 'If-None-Match': '"other"', 'If-Modified-Since': file.lastModified }), file, now)).toBe(false);
  });
});
