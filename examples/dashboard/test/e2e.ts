/**
 * The dashboard in a real headless Chromium (Debian's, via playwright-core) against the stateful
 * @modelgates/mock server, as `pnpm dashboard` runs it: what is created, disabled or deleted stays
 * so, across refetches and page reloads, and the mock's own state is checked too. The mock treats
 * keys as credentials (`auth: 'keys'`): the app runs with a management key, and a key it created
 * then revoked is refused.
 * Requests whose timing matters are held by a route until the page has been checked, so nothing
 * here depends on how fast the machine is.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createKeyFormMessages } from '@modelgates/zod';
import { listen } from '@modelgates/mock/server';
import { responseExample } from '@modelgates/test-utils';
import { answered, chromiumLaunchOptions } from '@modelgates/test-utils/chromium';
import { type Browser, chromium, type Page, type Request } from 'playwright-core';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const list = responseExample('/keys', 'get', 200) as { data: { name: string; hash: string }[] };
const current = responseExample('/key', 'get', 200) as { data: { label: string } };

let passed = 0;
let failed = 0;
const closers: (() => Promise<unknown>)[] = [];

async function shutdown() {
  for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
}

function finish(): never {
  console.log(`dashboard e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

// A hung browser or server must not hang the test run: give up, clean up and fail.
const watchdog = setTimeout(() => {
  failed++;
  console.error('FAIL the run did not finish within 120 s');
  void shutdown().finally(finish);
}, 120_000);

// Whatever escapes a step still stops the mock, Vite and Chromium and reports the run as failed.
const crash = (error: unknown) => {
  failed++;
  console.error(`FAIL unexpected error\n${(error as Error).stack ?? String(error)}`);
  void shutdown().finally(finish);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

async function step(name: string, fn: () => Promise<void>) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.error(`FAIL ${name}\n${(error as Error).stack ?? String(error)}`);
  }
}

/** Holds every request to `url` until `release()` is called. */
async function hold(page: Page, url: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

try {
  const managementKey = 'sk-or-v1-dashboard-e2e-management-key';
  const server = await listen({ log: false, auth: 'keys', managementKeys: [managementKey] });
  closers.push(() => server.close());
  const mock = server.mock;
  process.env.VITE_MODELGATES_BASE_URL = server.url;
  /** The app as `pnpm dashboard` serves it, built with `apiKey` as its key. */
  const serveApp = async (apiKey: string) => {
    process.env.VITE_MODELGATES_API_KEY = apiKey;
    const vite = await createServer({
      root,
      configFile: `${root}/vite.config.ts`,
      server: { port: 0 },
      logLevel: 'error',
    });
    closers.push(() => vite.close());
    await vite.listen();
    return vite.resolvedUrls!.local[0]!;
  };
  const appUrl = await serveApp(managementKey);
  const browser: Browser = await chromium.launch(chromiumLaunchOptions());
  closers.push(() => browser.close());

  const page = await browser.newPage({ viewport: { width: 1200, height: 820 } });
  page.setDefaultTimeout(10_000);
  const api: Request[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(server.url)) api.push(r);
  });
  const sent = (method: string, path: RegExp) =>
    api.filter((r) => r.method() === method && path.test(new URL(r.url()).pathname));
  /** The next response to `method path`; wait for it before acting, await it after. */
  const answer = (method: string, path: RegExp) => answered(page, method, path);
  const rows = page.locator('tbody tr');
  const names = () => rows.locator('td:first-child').allTextContents();
  /** Reloads the page and waits for the keys table, so what it shows comes from the server again. */
  const reload = async () => {
    const listed = answer('GET', /\/keys$/);
    await page.reload();
    assert.equal((await listed).status(), 200);
    await rows.first().waitFor();
  };

  await page.goto(appUrl);

  await step('the table renders the spec’s keys and the badge the current key’s usage', async () => {
    await rows.first().waitFor({ timeout: 30_000 });
    assert.deepEqual(
      await names(),
      list.data.map((k) => k.name),
    );
    await page.getByLabel('Current key usage').getByText(current.data.label).waitFor();
  });

  await step('a non-UTC expiry is refused in the form with its message, and nothing is sent', async () => {
    const before = api.length;
    await page.getByLabel('Name').fill('e2e key');
    await page.getByLabel('Expires (UTC)').fill('2027-12-31T23:59:59+02:00');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByText(createKeyFormMessages.expires_at).waitFor();
    assert.equal(await page.getByLabel('Expires (UTC)').getAttribute('aria-invalid'), 'true');
    assert.deepEqual(
      api.slice(before).map((r) => `${r.method()} ${r.url()}`),
      [],
    );
  });

  let createdKey = '';
  let created = { hash: '', label: '' };
  await step(
    'a create sends the UTC body, shows the key once, and the new row is listed, also after a reload',
    async () => {
      const listsBefore = sent('GET', /\/keys$/).length;
      const posted = answer('POST', /\/keys$/);
      const refetched = answer('GET', /\/keys$/);
      await page.getByLabel('Expires (UTC)').fill('2027-12-31T23:59:59Z');
      await page.getByLabel('Limit (USD)').fill('12.50');
      await page.getByLabel('Resets').selectOption('weekly');
      await page.getByRole('button', { name: 'Create key' }).click();
      const secret = page.getByTestId('secret');
      await secret.waitFor();
      const body = (await (await posted).json()) as {
        key: string;
        data: { hash: string; name: string; label: string };
      };
      createdKey = body.key;
      created = body.data;
      assert.match(createdKey, /^sk-or-v1-[0-9a-f]{64}$/);
      assert.equal(await secret.textContent(), createdKey);
      await page.getByText(`Key “e2e key” created`).waitFor();
      const posts = sent('POST', /\/keys$/);
      assert.equal(posts.length, 1);
      assert.deepEqual(posts[0]!.postDataJSON(), {
        name: 'e2e key',
        expires_at: '2027-12-31T23:59:59Z',
        limit: 12.5,
        limit_reset: 'weekly',
      });
      // The create invalidates the list, and the refetch has the new key.
      assert.equal((await refetched).status(), 200);
      assert.ok(sent('GET', /\/keys$/).length > listsBefore);
      const withNew = [...list.data.map((k) => k.name), 'e2e key'];
      await page.locator(`tr[data-hash="${body.data.hash}"]`).getByText(body.data.label).waitFor();
      assert.deepEqual(await names(), withNew);
      const storage = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
      assert.ok(!storage.includes(createdKey), 'the secret is kept in web storage');

      await page.getByRole('button', { name: 'I have copied it' }).click();
      await secret.waitFor({ state: 'detached' });
      assert.ok(!(await page.content()).includes(createdKey), 'the secret is still in the page');
      // The form is back, emptied for the next key.
      assert.equal(await page.getByLabel('Name').inputValue(), '');

      await reload();
      assert.deepEqual(await names(), withNew);
      assert.ok(!(await page.content()).includes(createdKey), 'the secret came back after a reload');
      assert.deepEqual(
        mock.keys.map((k) => k.name),
        withNew,
      );
      assert.equal(mock.key(body.data.hash)!.limit, 12.5);
    },
  );

  await step(
    'disabling a key flips the row before the server answers, sends the PATCH, and stays disabled after a reload',
    async () => {
      const staging = list.data[1]!;
      const row = page.locator(`tr[data-hash="${staging.hash}"]`);
      const toggle = row.getByRole('checkbox');
      assert.equal(await toggle.isChecked(), true);
      const release = await hold(page, `${server.url}/keys/${staging.hash}`);
      const answered = answer('PATCH', new RegExp(`/keys/${staging.hash}$`));
      await toggle.click();
      await row.getByText('disabled', { exact: true }).waitFor();
      assert.equal(await toggle.isChecked(), false);
      assert.deepEqual(
        sent('PATCH', /\/keys\//).map((r) => r.postDataJSON()),
        [{ disabled: true }],
      );
      release();
      assert.equal((await answered).status(), 200);
      await page.unroute(`${server.url}/keys/${staging.hash}`);
      assert.equal(mock.key(staging.hash)!.disabled, true);
      await reload();
      assert.equal(await toggle.isChecked(), false);
      await row.getByText('disabled', { exact: true }).waitFor();
    },
  );

  await step(
    'a delete removes the row before the server answers, and it stays gone after the refetch and a reload',
    async () => {
      const target = list.data[0]!;
      const row = page.locator(`tr[data-hash="${target.hash}"]`);
      const release = await hold(page, `${server.url}/keys/${target.hash}`);
      const answered = answer('DELETE', new RegExp(`/keys/${target.hash}$`));
      await row.getByRole('button', { name: `Delete ${target.name}` }).click();
      await row.waitFor({ state: 'detached' });
      const remaining = [...list.data.slice(1).map((k) => k.name), 'e2e key'];
      assert.deepEqual(await names(), remaining);
      assert.equal(sent('DELETE', /\/keys\//).length, 1);
      const listsBefore = sent('GET', /\/keys$/).length;
      const refetched = answer('GET', /\/keys$/);
      release();
      const response = await answered;
      assert.equal(response.status(), 200);
      assert.deepEqual(await response.json(), { deleted: true });
      // The list refetched after the delete no longer holds the key.
      assert.equal((await refetched).status(), 200);
      assert.ok(sent('GET', /\/keys$/).length > listsBefore);
      assert.deepEqual(await names(), remaining);
      await page.unroute(`${server.url}/keys/${target.hash}`);
      assert.equal(mock.key(target.hash), undefined);
      await reload();
      assert.deepEqual(await names(), remaining);
      assert.equal(await page.locator(`tr[data-hash="${target.hash}"]`).count(), 0);
    },
  );

  await step('a revoked key is refused: the app running with it gets 401 and shows why', async () => {
    // The app again, with the key created above as its own key: GET /key describes that key.
    const keyPage = await browser.newPage();
    closers.push(() => keyPage.close());
    keyPage.setDefaultTimeout(10_000);
    await keyPage.goto(await serveApp(createdKey));
    await keyPage.getByLabel('Current key usage').getByText(created.label).waitFor();
    // The management app revokes it (the row's toggle)...
    const toggle = page.locator(`tr[data-hash="${created.hash}"]`).getByRole('checkbox');
    const patched = answer('PATCH', new RegExp(`/keys/${created.hash}$`));
    await toggle.click();
    assert.equal((await patched).status(), 200);
    assert.equal(mock.key(created.hash)!.disabled, true);
    // ...and the app with the revoked key is refused from then on.
    const refused = answered(keyPage, 'GET', /^\/key$/);
    await keyPage.reload();
    const response = await refused;
    assert.equal(response.status(), 401);
    assert.deepEqual(await response.json(), { error: { code: 401, message: 'API key is disabled' } });
    // TanStack Query retries a failed query (three times, backing off) before showing the error.
    await keyPage.locator('.badge.error').getByText('API key is disabled').waitFor({ timeout: 30_000 });
    assert.equal(await keyPage.getByLabel('Current key usage').count(), 0);
    assert.ok(!(await keyPage.content()).includes(createdKey), 'the secret is in the page');
  });

  // Taken after the secret panel is gone: no key string in any snapshot.
  mkdirSync(`${root}/test-results`, { recursive: true });
  await page.screenshot({ path: `${root}/test-results/dashboard.png`, fullPage: true });
} catch (error) {
  failed++;
  console.error(`FAIL setup\n${(error as Error).stack ?? String(error)}`);
} finally {
  clearTimeout(watchdog);
  await shutdown();
}
finish();
