import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// nginx drops every proxy_set_header of the server block in a location that sets one of its own:
// /downloads/ once set Range and so sent the origin no Host and no X-Forwarded-*.
describe('deploy/nginx.conf', () => {
  it('sets the headers it sends the origin once, for every location', async () => {
    const config = await readFile('deploy/nginx.conf', 'utf8');
    const locations = [...config.matchAll(/^\s*location [^{]+\{([^}]*)\}/gm)].map((match) => match[1]!);
    expect(locations.length).toBeGreaterThan(2);
    for (const body of locations) expect(body).not.toMatch(/proxy_set_header/);
    for (const header of ['Host', 'X-Forwarded-For', 'X-Forwarded-Proto', 'Range', 'Accept-Encoding']) expect(config).toMatch(new RegExp(`^    proxy_set_header ${header} `, 'm'));
  });
});
