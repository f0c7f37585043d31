import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '@modelgates/test-utils/chromium';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/**
 * The MSW handlers in a real headless Chromium, with msw/browser's setupWorker. The service worker
 * script is written at test time by msw's own CLI (`msw init`) into test/.msw-public (git-ignored),
 * the public dir the page is served from, so the committed tree holds no generated worker.
 * Loaded with `--configLoader runner` because it imports test-utils' TypeScript source.
 */
const here = dirname(fileURLToPath(import.meta.url));
const publicDir = join(here, 'test/.msw-public');
const mswCli = join(dirname(createRequire(import.meta.url).resolve('msw/package.json')), 'cli/index.js');
execFileSync(process.execPath, [mswCli, 'init', publicDir, '--no-save'], { stdio: 'ignore' });

export default defineConfig({
  publicDir,
  test: {
    include: ['test/browser/**/*.test.{ts,tsx}'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions: chromiumLaunchOptions() }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
