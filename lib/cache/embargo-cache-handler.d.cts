import type { PublicationSchedule } from '@/lib/content/content-index';

/** Next's file-system cache with entries made before the latest passed embargo expired (see the .cjs). */
declare class EmbargoCache {
  static madeBeforeEmbargo(lastModified: number, schedule: Pick<PublicationSchedule, 'buildTime' | 'moments'>, now: number, startedAt?: number): boolean;
}
export = EmbargoCache;
