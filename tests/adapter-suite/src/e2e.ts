/**
 * The one browser test of the Vue and Svelte example apps (the same page in each framework): the
 * app is built with Vite (`vite build`) against the stateful @modelgates/mock server, served by
 * `vite preview`, and driven in a real headless Chromium (Debian's, via playwright-core): the keys
 * are listed; a create shows the secret once and never keeps it; a disable shows before the server
 * answers; a delete removes the row before the server answers; and each stays so after a reload,
 * in the page and in the mock. Requests whose timing matters are held by a route until the page has
 * been checked, so nothing depends on how fast the machine is.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listen } from '@modelgates/mock/server';
import { answered, chromiumLaunchOptions } from '@modelgates/test-utils/chromium';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';

export async function runDashboardE2e({ name, root }: { name: string; root: URL }): Promise<never> {
  const dir = fileURLToPath(root);
  let passed = 0;
  let failed = 0;
  const closers: (() => Promise<unknown>)[] = [];
  const shutdown = async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
  };
  const finish = (): never => {
    console.log(`${name} e2e: ${passed} passed, ${failed} failed`);
    process.exit(failed || !passed ? 1 : 0);
  };
  // A hung browser or server must not hang the test run.
  const watchdog = setTimeout(() => {
    failed++;
    console.error('FAIL the run did not finish within 180 s');
    void shutdown().finally(finish);
  }, 180_000);
  const step = async (what: string, fn: () => Promise<void>) => {
    try {
      await fn();
      passed++;
      console.log(`ok   ${what}`);
    } catch (error) {
      failed++;
      console.error(`FAIL ${what}\n${(error as Error).stack ?? String(error)}`);
    }
  };

  try {
    const server = await listen({ log: false });
    closers.push(() => server.close());
    const mock = server.mock;
    const seeded = mock.keys;
    process.env['VITE_MODELGATES_BASE_URL'] = server.url;
    const configFile = join(dir, 'vite.config.ts');
    // A folder of its own: the package's `build` task (turbo runs it beside this test) writes the
    // app's dist/ without the mock's address, and must not replace what this test serves.
    const outDir = await mkdtemp(join(tmpdir(), `${name}-e2e-`));
    closers.push(() => rm(outDir, { recursive: true, force: true }));
    await step('the app builds with Vite', async () => {
      await build({ root: dir, configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    });
    const served = await preview({
      root: dir,
      configFile,
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1' },
      logLevel: 'warn',
    });
    closers.push(() => served.close());
    const appUrl = served.resolvedUrls!.local[0]!;
    const browser = await chromium.launch(chromiumLaunchOptions());
    closers.push(() => browser.close());
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    const rows = page.locator('tbody tr');
    const names = () => rows.locator('td:first-child').allTextContents();
    /** The next response the page receives whole for `method path` (an aborted one never counts). */
    const answer = (method: string, path: RegExp) => answered(page, method, path);
    const reload = async () => {
      const listed = answer('GET', /\/keys$/);
      await page.reload();
      assert.equal((await listed).status(), 200);
      await rows.first().waitFor();
    };
    /** Holds every request to `url` until the returned function is called. */
    const hold = async (p: Page, url: string) => {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await p.route(url, async (route) => {
        await released;
        await route.continue();
      });
      return release;
    };

    await page.goto(appUrl);
    await step('the table lists every key of the mock, disabled ones included', async () => {
      await rows.first().waitFor({ timeout: 30_000 });
      assert.deepEqual(
        await names(),
        seeded.map((k) => k.name),
      );
    });

    await step(
      'a create shows the secret once, never stores it, and the key stays listed after a reload',
      async () => {
        const posted = answer('POST', /\/keys$/);
        await page.getByLabel('Name').fill('e2e key');
        await page.getByRole('button', { name: 'Create key' }).click();
        const body = (await (await posted).json()) as { key: string; data: { hash: string } };
        const secret = page.getByTestId('secret');
        await secret.waitFor();
        assert.equal(await secret.textContent(), body.key);
        await page.locator(`tr[data-hash="${body.data.hash}"]`).waitFor();
        const storage = await page.evaluate(() =>
          JSON.stringify([{ ...localStorage }, { ...sessionStorage }]),
        );
        assert.ok(!storage.includes(body.key), 'the secret is kept in web storage');
        await page.getByRole('button', { name: 'I have copied it' }).click();
        await secret.waitFor({ state: 'detached' });
        assert.ok(!(await page.content()).includes(body.key), 'the secret is still in the page');
        await reload();
        assert.deepEqual(await names(), [...seeded.map((k) => k.name), 'e2e key']);
        assert.ok(!(await page.content()).includes(body.key), 'the secret came back after a reload');
        assert.equal(mock.key(body.data.hash)?.name, 'e2e key');
      },
    );

    await step('a disable shows before the server answers, and stays after a reload', async () => {
      const target = seeded.find((k) => !k.disabled)!;
      const row = page.locator(`tr[data-hash="${target.hash}"]`);
      const toggle = row.getByRole('checkbox');
      assert.equal(await toggle.isChecked(), true);
      const url = `${server.url}/keys/${target.hash}`;
      const release = await hold(page, url);
      const answered = answer('PATCH', new RegExp(`/keys/${target.hash}$`));
      await toggle.click();
      await row.getByText('(disabled)').waitFor();
      assert.equal(await toggle.isChecked(), false);
      assert.equal(mock.key(target.hash)?.disabled, false, 'the server was reached before the release');
      release();
      assert.equal((await answered).status(), 200);
      await page.unroute(url);
      assert.equal(mock.key(target.hash)?.disabled, true);
      await reload();
      assert.equal(await row.getByRole('checkbox').isChecked(), false);
    });

    await step(
      'a delete removes the row before the server answers, and it stays gone after a reload',
      async () => {
        const target = seeded[0]!;
        const row = page.locator(`tr[data-hash="${target.hash}"]`);
        const url = `${server.url}/keys/${target.hash}`;
        const release = await hold(page, url);
        const answered = answer('DELETE', new RegExp(`/keys/${target.hash}$`));
        await row.getByRole('button', { name: `Delete ${target.name}` }).click();
        await row.waitFor({ state: 'detached' });
        assert.ok(mock.key(target.hash), 'the server was reached before the release');
        release();
        assert.equal((await answered).status(), 200);
        await page.unroute(url);
        assert.equal(mock.key(target.hash), undefined);
        await reload();
        assert.equal(await page.locator(`tr[data-hash="${target.hash}"]`).count(), 0);
        assert.deepEqual(await names(), [...seeded.slice(1).map((k) => k.name), 'e2e key']);
      },
    );
  } catch (error) {
    failed++;
    console.error(`FAIL setup\n${(error as Error).stack ?? String(error)}`);
  } finally {
    clearTimeout(watchdog);
    await shutdown();
  }
  return finish();
}
