import { resolve } from 'node:path';
import { chromiumLaunchOptions } from '@modelgates/test-utils/chromium';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import type { ServerRender } from './test/support/ssr-page.js';

/**
 * Runs in vitest's Node process, not in the page: renders the keys page with `react-dom/server`
 * against Prism and returns the HTML and dehydrated state for the hydration test. The module is
 * loaded through vitest's module runner (TSX transformed, packages from node_modules as in Node).
 */
const renderKeysPageOnServer: BrowserCommand<[]> = async ({ project }) => {
  const server = await project.import<typeof import('./test/support/server-render.js')>(
    resolve(project.config.root, 'test/support/server-render.tsx'),
  );
  return server.renderKeysPageOnServer(project.getProvidedContext().prismUrl) satisfies Promise<ServerRender>;
};

/**
 * The real-browser tests: headless Chromium driven by Playwright, against the Prism mock of the
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
      commands: { renderKeysPageOnServer },
    },
  },
});
