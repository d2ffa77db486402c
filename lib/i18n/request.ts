import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { koreaTimeZone } from './formats';
import { messages } from './messages';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Releases are dated in Korea; every reader sees the Korean calendar date.
    timeZone: koreaTimeZone,
    messages: messages[locale],
  };
});
