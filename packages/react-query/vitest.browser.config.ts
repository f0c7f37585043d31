import { chromiumLaunchOptions } from '@modelgates/test-utils/chromium';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/**
 * The real-browser test: headless Chromium driven by Playwright, against the Prism mock of the
 * global setup (its URL reaches the page through `inject('prismUrl')`). Uses the system's
 * Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH); no browser is downloaded. Loaded with
 * `--configLoader runner` because it imports test-utils' TypeScript source.
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
        launchOptions: chromiumLaunchOptions(),
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
