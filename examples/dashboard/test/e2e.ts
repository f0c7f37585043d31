/**
 * The dashboard in a real headless Chromium (Debian's, via playwright-core) against Prism.
 * Prism is stateless: a created key does not appear in the next list and a deleted key comes back
 * on the refetch, so these checks are about what the page and its cache do and what it sends.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createKeyFormMessages } from '@modelgates/zod';
import { responseExample, startPrism } from '@modelgates/test-utils';
import { chromium, type Page, type Request } from 'playwright-core';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const list = responseExample('/keys', 'get', 200) as { data: { name: string; hash: string }[] };
const created = responseExample('/keys', 'post', 201) as { key: string; data: { name: string } };

const prism = await startPrism();
process.env.VITE_MODELGATES_BASE_URL = prism.url;
const vite = await createServer({ root, configFile: `${root}/vite.config.ts`, server: { port: 0 }, logLevel: 'error' });
await vite.listen();
const appUrl = vite.resolvedUrls!.local[0]!;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

let passed = 0;
let failed = 0;
async function step(name: string, fn: () => Promise<void>) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.error(`FAIL ${name}\n${(error as Error).stack ?? error}`);
  }
}

try {
  const page: Page = await browser.newPage({ viewport: { width: 1200, height: 820 } });
  const api: Request[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(prism.url)) api.push(r);
  });
  const sent = (method: string, path: RegExp) => api.filter((r) => r.method() === method && path.test(new URL(r.url()).pathname));
  const rows = page.locator('tbody tr');

  await page.goto(appUrl);

  await step('the table renders the keys and the badge the current key', async () => {
    await rows.first().waitFor({ timeout: 30_000 });
    assert.deepEqual(await rows.locator('td:first-child').allTextContents(), list.data.map((k) => k.name));
    await page.getByLabel('Current key usage').getByText('sk-or-v1-au7...890').waitFor();
  });

  await step('a non-UTC expiry is refused in the form, before any request', async () => {
    await page.getByLabel('Name').fill('e2e key');
    await page.getByLabel('Expires (UTC)').fill('2027-12-31T23:59:59+02:00');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByText(createKeyFormMessages.expires_at).waitFor();
    assert.equal(sent('POST', /\/keys$/).length, 0);
  });

  await step('a create sends the UTC body and shows the new key once', async () => {
    await page.getByLabel('Expires (UTC)').fill('2027-12-31T23:59:59Z');
    await page.getByLabel('Limit (USD)').fill('12.50');
    await page.getByLabel('Resets').selectOption('weekly');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = page.getByTestId('secret');
    await secret.waitFor();
    assert.equal(await secret.textContent(), created.key);
    const posts = sent('POST', /\/keys$/);
    assert.equal(posts.length, 1);
    assert.deepEqual(posts[0]!.postDataJSON(), {
      name: 'e2e key',
      expires_at: '2027-12-31T23:59:59Z',
      limit: 12.5,
      limit_reset: 'weekly',
    });
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await secret.waitFor({ state: 'detached' });
    assert.equal(await page.getByText(created.key).count(), 0);
  });

  await step('disabling a key sends the PATCH and flips the row at once', async () => {
    const staging = list.data[1]!;
    const row = page.locator(`tr[data-hash="${staging.hash}"]`);
    const toggle = row.getByRole('checkbox');
    assert.equal(await toggle.isChecked(), true);
    await page.route(`${prism.url}/keys/${staging.hash}`, async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await toggle.click();
    // Optimistic: unchecked while the PATCH is still in flight.
    await row.getByText('disabled', { exact: true }).waitFor({ timeout: 300 });
    assert.equal(await toggle.isChecked(), false);
    const response = await page.waitForResponse((r) => r.request().method() === 'PATCH');
    assert.equal(response.status(), 200);
    assert.deepEqual(sent('PATCH', /\/keys\//)[0]!.postDataJSON(), { disabled: true });
    await page.unroute(`${prism.url}/keys/${staging.hash}`);
  });

  await step('a delete removes the row at once, then the refetch shows the server’s list', async () => {
    const target = list.data[0]!;
    // Hold the DELETE for a moment so the optimistic removal can be seen before the answer.
    await page.route(`${prism.url}/keys/${target.hash}`, async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    const row = page.locator(`tr[data-hash="${target.hash}"]`);
    await row.getByRole('button', { name: `Delete ${target.name}` }).click();
    await row.waitFor({ state: 'detached', timeout: 300 });
    assert.equal(await rows.count(), list.data.length - 1);
    const response = await page.waitForResponse((r) => r.request().method() === 'DELETE');
    assert.equal(response.status(), 200);
    // Prism is stateless, so the list refetched after the delete still holds the key.
    await row.waitFor({ state: 'attached' });
    assert.equal(await rows.count(), list.data.length);
  });

  // The screenshot is taken after the secret panel is gone: no key string in any snapshot.
  mkdirSync(`${root}/test-results`, { recursive: true });
  await page.screenshot({ path: `${root}/test-results/dashboard.png`, fullPage: true });
} finally {
  await browser.close();
  await vite.close();
  await prism.stop();
}
console.log(`dashboard e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
