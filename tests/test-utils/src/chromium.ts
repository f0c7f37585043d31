/**
 * How every browser test here launches Chromium: the system's (Debian's /usr/bin/chromium, or
 * CHROMIUM_PATH), never a downloaded one, headless as root, and with the background services off
 * that would otherwise keep trying to reach Google's hosts through this machine's closed network.
 */
export const chromiumPath = (): string => process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

export const chromiumArgs: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright's `launchOptions` for that Chromium. */
export const chromiumLaunchOptions = () => ({ executablePath: chromiumPath(), args: [...chromiumArgs] });
