/** The fixture site's secret for preview links (playwright.config.ts gives it to the server; the specs sign with it). */
export const FIXTURE_PREVIEW_SECRET = 'the fixture site preview secret, for tests only';
