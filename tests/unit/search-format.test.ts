import { describe, expect, it } from 'vitest';
import { chunkFile, documentNumber, documentOf, headFile, releaseFile, releasesFile, slugOfReleaseFile } from '@/lib/search/format';

// The file names and document numbers the build and the browser share (lib/search/format.ts).

describe('the search files', () => {
  it('are named for what they hold, and a release text file names its release and nothing else', () => {
    expect([headFile, chunkFile(2), releasesFile(3), releaseFile('a-b-1')]).toEqual([
      'head.json',
      'terms-2.json',
      'releases-3.json',
      'release-a-b-1.json',
    ]);
    expect(slugOfReleaseFile('release-a-b-1.json')).toBe('a-b-1');
    for (const name of ['xrelease-a.json', 'release-a.jsonx', 'release-A.json', 'release-.json', 'release-a/b.json', 'releases-3.json'])
      expect(slugOfReleaseFile(name), name).toBeUndefined();
  });

  it('number each language of each release, and read the number back', () => {
    const locales = ['ko', 'en'] as const;
    expect([documentNumber(0, 'ko', locales), documentNumber(0, 'en', locales), documentNumber(7, 'en', locales)]).toEqual([0, 1, 15]);
    expect(documentOf(15, locales)).toEqual({ release: 7, locale: 'en' });
    expect(documentOf(14, locales)).toEqual({ release: 7, locale: 'ko' });
  });
});
