/** A byte range of a file, both ends included. */
export type ByteRange = { start: number; end: number };

/**
 * The one byte range a Range header asks of a file of `length` bytes: `undefined` to send the
 * whole file (no header, or one this does not serve, such as several ranges: RFC 9110 lets a
 * server ignore Range), `'unsatisfiable'` for a range past the end (416).
 */
export function requestedRange(header: string | null, length: number): ByteRange | 'unsatisfiable' | undefined {
  const match = header && /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [, first, last] = match as unknown as [string, string, string];
  if (first === '') {
    // The last N bytes.
    const suffix = Number(last);
    return suffix === 0 ? 'unsatisfiable' : { start: Math.max(0, length - suffix), end: length - 1 };
  }
  const start = Number(first);
  if (start >= length) return 'unsatisfiable';
  const end = last === '' ? length - 1 : Math.min(Number(last), length - 1);
  return end < start ? undefined : { start, end };
}
