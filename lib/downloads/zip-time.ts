import { koreaParts } from '@/lib/i18n/formats';

/**
 * ZIP time stamps are wall-clock times without a zone: `iso` as read in Korea, whatever the build
 * machine's zone, so the same release gives the same bytes anywhere.
 */
export function zipTime(iso: string): Date {
  const { year, month, day, hour, minute, second } = koreaParts(new Date(iso));
  return new Date(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
}
