import { chromiumLaunchOptions } from '@modelgates/test-utils/chromium';
import { playwright } from '@vitest/browser-playwright';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

/** The shared adapter suite in a real headless Chromium (the system's, see test-utils/chromium),
 * against @modelgates/mock running in the page. Loaded with `--configLoader runner` because it
 * imports test-utils' TypeScript source. */
export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['test/behaviour.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions: chromiumLaunchOptions() }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
