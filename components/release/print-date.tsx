'use client';

import type { Locale } from 'next-intl';
import { useEffect, useState } from 'react';
import { formatReleaseDate } from '@/lib/i18n/formats';

/** The day a page is printed (print only; the page itself carries no reading time), set again as printing starts. */
export function PrintDate({ locale }: { locale: Locale }) {
  const [today, setToday] = useState('');
  useEffect(() => {
    const update = () => setToday(new Date().toISOString());
    update();
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, [locale]);
  return <time dateTime={today}>{today && formatReleaseDate(locale, today)}</time>;
}
