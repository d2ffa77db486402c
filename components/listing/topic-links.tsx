import { Link } from '@/components/site/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Topic } from '@/lib/content/newsroom';
import { localePath, tagFeedPath, tagPath } from '@/lib/routes';

/** Under a topic's heading: its feed, and the other topics. */
export function TopicLinks({ current, topics }: { current: Topic; topics: Topic[] }) {
  const t = useTranslations('ReleaseList');
  const locale = useLocale();
  const others = topics.filter((topic) => topic.tag !== current.tag);
  return (
    <div className="mt-4 space-y-3 text-sm">
      <div>
        <a
          href={localePath(locale, tagFeedPath(current.tag))}
          type="application/atom+xml"
          className="inline-flex items-center gap-1.5 font-medium text-sky-800 underline underline-offset-2"
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 fill-current">
            <path d="M2 2.5a.5.5 0 0 1 .5-.5C8.85 2 14 7.15 14 13.5a.5.5 0 0 1-1 0C13 7.7 8.3 3 2.5 3a.5.5 0 0 1-.5-.5Zm0 4a.5.5 0 0 1 .5-.5A7.5 7.5 0 0 1 10 13.5a.5.5 0 0 1-1 0A6.5 6.5 0 0 0 2.5 7a.5.5 0 0 1-.5-.5ZM3.5 14a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Z" />
          </svg>
          {t('topicFeed', { tag: current.label })}
        </a>
      </div>
      {others.length > 0 && (
        <nav aria-label={t('otherTopics')} className="flex flex-wrap items-center gap-2">
          <h2 className="text-stone-600">{t('otherTopics')}</h2>
          <ul className="flex flex-wrap gap-2">
            {others.map((topic) => (
              <li key={topic.tag}>
                <Link
                  href={localePath(locale, tagPath(topic.tag))}
                  className="rounded bg-stone-100 px-2 py-0.5 text-stone-800 hover:bg-stone-200"
                >
                  {topic.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
