import { describe, expect, it } from 'vitest';
import { getNewsroom } from '@/lib/content';
import { pageMetadata } from '@/lib/discovery/metadata';
import { archivePath, releasePath, searchPath, sideBySidePath, tagPath } from '@/lib/routes';

describe("a page's language alternates", () => {
  const alternates = async (path: string) =>
    (pageMetadata({ locale: 'en', newsroom: await getNewsroom(), path, title: 'Title', description: 'Description' }).alternates
      ?.languages ?? {}) as Record<string, string>;

  it('name the address that picks the reader’s language as the default, where there is one: home and a permalink', async () => {
    expect(await alternates('/')).toEqual({ ko: '/ko', en: '/en', 'x-default': '/' });
    expect(await alternates(releasePath('x'))).toEqual({ ko: '/ko/releases/x', en: '/en/releases/x', 'x-default': '/releases/x' });
  });

  it('elsewhere the original’s page, never an address that is no page (/tags/esg answers 404)', async () => {
    for (const path of [tagPath('esg'), archivePath(2022), searchPath, sideBySidePath('x'), '/page/2'])
      expect((await alternates(path))['x-default'], path).toBe(`/ko${path}`);
  });
});
