import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useFileSize } from '@/components/downloads/file-size';
import { koreaTimeZone } from '@/lib/i18n/formats';
import { translationNoticeIn } from '@/lib/downloads/release-document';
import { translatorFor } from '@/lib/i18n/messages';

describe('interface words', () => {
  it('a file says it is a translation in the sentence the page says, in each language', () => {
    expect(translationNoticeIn('en')).toBe(
      'This is an English translation of the Korean original. In case of any discrepancy, the Korean original prevails.',
    );
    expect(translationNoticeIn('ko')).toBe('이 글은 국문 보도자료의 영문 번역입니다. 내용이 다를 경우 국문 원문을 기준으로 합니다.');
  });

  it('Korean and English both say a share link opens a new tab', () => {
    expect(translatorFor('en', 'Share')('newWindow')).toBe('(opens in a new tab)');
    expect(translatorFor('ko', 'Share')('newWindow')).toBe('(새 탭에서 열림)');
  });

  it('a search says how many releases match the query, in the number forms of each language', () => {
    const en = translatorFor('en', 'Search');
    expect(en('results', { count: 0, query: 'bicycles' })).toBe('No press releases match “bicycles”.');
    expect(en('results', { count: 1, query: 'supplier' })).toBe('1 press release matches “supplier”.');
    expect(en('results', { count: 1030, query: 'suppliers' })).toBe('1,030 press releases match “suppliers”.');
    const ko = translatorFor('ko', 'Search');
    expect(ko('results', { count: 0, query: '자전거' })).toBe('“자전거”에 해당하는 보도자료가 없습니다.');
    expect(ko('results', { count: 1, query: '동반성장' })).toBe('“동반성장”에 해당하는 보도자료 1건');
    expect(ko('results', { count: 1030, query: '성장' })).toBe('“성장”에 해당하는 보도자료 1,030건');
  });

  it('a download is named for what it is, its size in brackets', () => {
    const t = translatorFor('en', 'Downloads');
    const name = (languages: 'ko' | 'ko-en', format: string, size: string) =>
      t('fileName', { languages: t(`languages.${languages}`), format: t('formatInSentence', { format }), size });
    expect(name('ko', 'txt', '3 KB')).toBe('Download Korean plain text (3 KB)');
    expect(name('ko-en', 'docx', '45 KB')).toBe('Download Korean and English Word document (45 KB)');
    expect(t('pressKitName', { size: '171 KB' })).toBe('Download press kit (ZIP, 171 KB)');
  });
});

describe('a file size', () => {
  /** What useFileSize says of each of `sizes` (bytes), rendered as a page renders it in `locale`. */
  async function said(locale: 'ko' | 'en', sizes: (number | undefined)[]) {
    const messages = (await import(`@/messages/${locale}.json`)).default;
    let words: (string | undefined)[] = [];
    const Probe = () => ((words = sizes.map(useFileSize())), null);
    // createElement's types want children among the props; they come as its third argument.
    const props = { locale, messages, timeZone: koreaTimeZone } as ComponentProps<typeof NextIntlClientProvider>;
    renderToStaticMarkup(createElement(NextIntlClientProvider, props, createElement(Probe)));
    return words;
  }

  it('is said alike for downloads and images: KB to one decimal below a megabyte, MB above', async () => {
    expect(await said('en', [3 * 1024, 27_405, 1024 * 1024 - 1, 2.34 * 1024 * 1024, undefined])).toEqual([
      '3 KB',
      '26.8 KB',
      '1,024 KB',
      '2.3 MB',
      undefined,
    ]);
    expect(await said('ko', [27_405, 5 * 1024 * 1024])).toEqual(['26.8 KB', '5 MB']);
  });
});
