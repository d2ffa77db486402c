// Builds the embargo newsroom (tests/fixtures/embargo-site.ts) before the browser tests start.
import { buildEmbargoSite } from '../../tests/fixtures/embargo-site';

/** How far ahead the build before the tests sets the moment: its own build (about a minute), the servers' start, a look before it. */
const LEAD_MS = 210_000;

await buildEmbargoSite(new Date(Math.ceil((Date.now() + LEAD_MS) / 1000) * 1000));
