import { chromiumLaunchOptions } from '@modelgates/test-utils/chromium';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/** The shared adapter suite, on the React hooks, in a real headless Chromium (the system's, see test-utils/chromium),
 * against @modelgates/mock running in the page. Loaded with `--configLoader runner` because it
 * imports test-utils' TypeScript source. */
export default defineConfig({
  test: {
    include: ['test/react.test.tsx'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions: chromiumLaunchOptions() }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
