import type { Page, Response } from 'playwright-core';

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

/**
 * The next response `page` receives whole for `method path` (wait for it before acting, await it
 * after). A request the page aborted does not count: it fires `requestfailed`, not
 * `requestfinished`. React's StrictMode double mount in development cancels the first of two
 * identical GETs, and an optimistic update cancels a list fetch in flight, often after the headers
 * came in and before the body did (that body can then never be read).
 */
export function answered(page: Page, method: string, path: RegExp): Promise<Response> {
  const response = page
    .waitForEvent('requestfinished', (r) => r.method() === method && path.test(new URL(r.url()).pathname))
    .then(async (r) => (await r.response())!);
  // A step that fails before awaiting it must not turn its timeout into an unhandled rejection.
  response.catch(() => undefined);
  return response;
}
