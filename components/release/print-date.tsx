'use client';

import type { Locale } from 'next-intl';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatReleaseDate } from '@/lib/i18n/formats';

/**
 * The day a page is printed (print only; the page itself carries no reading time), set as printing
 * starts: the date format is made then, not as the page hydrates (its locale and time-zone data cost
 * a slow phone some 60 ms, a long task on every release page for a line only paper shows).
 */
export function PrintDate({ locale }: { locale: Locale }) {
  const [today, setToday] = useState('');
  useEffect(() => {
    // Synchronously: the browser lays the page out for paper as soon as this handler returns.
    const update = () => flushSync(() => setToday(new Date().toISOString()));
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return <time dateTime={today}>{today && formatReleaseDate(locale, today)}</time>;
}
