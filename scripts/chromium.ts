/** Debian's Chromium: Playwright cannot download its own browser here (scripts/ensure-debian-packages.sh installs it). */
export const chromiumPath = '/usr/bin/chromium';

/**
 * Flags for every launch (tests, benchmark, screenshots): no sandbox as root, and off the network,
 * which this machine has none of but the package registries.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Playwright's launch options for it. */
export const chromiumLaunchOptions = { executablePath: chromiumPath, args: chromiumArgs };
