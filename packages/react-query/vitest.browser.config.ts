import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/**
 * The real-browser test: headless Chromium driven by Playwright, against the Prism mock of the
 * global setup (its URL reaches the page through `inject('prismUrl')`). Uses the system's
 * Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH); no browser is downloaded.
 */
export default defineConfig({
  test: {
    globalSetup: ['@modelgates/test-utils/global-setup'],
    include: ['test/browser/**/*.test.{ts,tsx}'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
