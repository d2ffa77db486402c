import { koreaTimeZone } from '@/lib/i18n/formats';

/**
 * ZIP time stamps are wall-clock times without a zone: `iso` as read in Korea, whatever the build
 * machine's zone, so the same release gives the same bytes anywhere.
 */
export function zipTime(iso: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: koreaTimeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, Number(part.value)]),
  );
  return new Date(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}
