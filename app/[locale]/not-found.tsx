import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { NoticePage } from '@/components/site/notice-page';
import { getNewsroom } from '@/lib/content';
import { siteName } from '@/lib/content/newsroom';
import { localePath } from '@/lib/routes';

// A release, list page or year that a request names but the build does not publish (unknown,
// past the end, or under embargo): a 404 in the site's own header and footer, in the language of
// the path. Addresses outside every language get app/global-not-found.tsx.
export default async function LocaleNotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'NotFoundPage' });
  return (
    <NoticePage heading={t('title')} body={t('description')}>
      {/* React hoists it into the head; metadata cannot say it, since only this component knows the page is missing. */}
      <title>{`${t('title')} | ${siteName(await getNewsroom(), locale)}`}</title>
      <p className="mt-6">
        <Link href={localePath(locale, '/')} className="font-medium text-sky-800 underline underline-offset-2">
          {t('backHome')}
        </Link>
      </p>
    </NoticePage>
  );
}
