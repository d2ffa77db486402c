import { describe, expect, it } from 'vitest';
import { limitAcceptLanguage } from '@/lib/i18n/accept-language';

describe('limitAcceptLanguage', () => {
  it('keeps an ordinary header as it is', () => {
    expect(limitAcceptLanguage('en-GB,en;q=0.9,ko;q=0.8')).toBe('en-GB, en;q=0.9, ko;q=0.8');
  });

  it('hands negotiation at most 8 short entries, whatever arrives', () => {
    const hostile = Array.from({ length: 1300 }, (_, index) => `x-${index.toString(36)};q=0.${index % 10}`).join(',');
    expect(hostile.length).toBeGreaterThan(10_000);
    const limited = limitAcceptLanguage(hostile);
    expect(limited.split(',')).toHaveLength(8);
    expect(limited.length).toBeLessThanOrEqual(8 * 42);
    expect(limitAcceptLanguage('a'.repeat(10_000)).length).toBe(40);
  });
});
