import { describe, expect, it } from 'vitest';
import { simplifyAcceptLanguage } from '@/lib/i18n/accept-language';

describe('simplifyAcceptLanguage', () => {
  it('keeps each language and its weight, without its region: the site has one English and one Korean', () => {
    expect(simplifyAcceptLanguage('en-GB,en;q=0.9,ko;q=0.8')).toBe('en, en;q=0.9, ko;q=0.8');
    expect(simplifyAcceptLanguage('ko-KR, *;q=0.1')).toBe('ko, *;q=0.1');
  });

  it('so a regional English first is English, though Korean follows it (negotiation would match ko exactly)', () => {
    expect(simplifyAcceptLanguage('en-GB, ko;q=0.5')).toBe('en, ko;q=0.5');
    expect(simplifyAcceptLanguage('en-AU;q=0.9,ko;q=0.8')).toBe('en;q=0.9, ko;q=0.8');
  });

  it('hands negotiation at most 8 short entries, whatever arrives', () => {
    const hostile = Array.from({ length: 1300 }, (_, index) => `x-${index.toString(36)};q=0.${index % 10}`).join(',');
    expect(hostile.length).toBeGreaterThan(10_000);
    const limited = simplifyAcceptLanguage(hostile);
    expect(limited.split(',')).toHaveLength(8);
    expect(limited.length).toBeLessThanOrEqual(8 * 42);
    expect(simplifyAcceptLanguage('a'.repeat(10_000)).length).toBe(40);
  });
});
