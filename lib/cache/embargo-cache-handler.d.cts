import type FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache';
import type { PublicationSchedule } from '@/lib/content/content-index';

/** Next's file-system cache with entries made before the latest passed embargo expired, and no 404 kept (see the .cjs). */
declare class EmbargoCache extends FileSystemCache {
  static madeBeforeEmbargo(
    lastModified: number,
    schedule: Pick<PublicationSchedule, 'buildTime' | 'moments'>,
    now: number,
    startedAt?: number,
  ): boolean;
}
export = EmbargoCache;
