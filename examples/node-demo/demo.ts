/**
 * The demo: all six API-key operations, with a readable summary.
 *
 * By default it starts a Prism mock of spec/openapi.yaml on a free port and talks to it.
 * Point it at a real server with MODELGATES_BASE_URL and MODELGATES_API_KEY
 * (careful: against a real server it creates, updates and deletes a key named "modelgates-demo").
 */
import { ModelGates, ModelGatesError } from '@modelgates/sdk';
import { startPrism } from '@modelgates/test-utils';

const real = process.env.MODELGATES_BASE_URL;
const prism = real ? undefined : await startPrism();
const baseUrl = real ?? prism!.url;
const apiKey = process.env.MODELGATES_API_KEY ?? (real ? '' : 'sk-or-v1-demo');
if (!apiKey) {
  console.error('MODELGATES_API_KEY is required with MODELGATES_BASE_URL.');
  process.exit(1);
}
const mg = new ModelGates({ apiKey, baseUrl, appTitle: 'ModelGates SDK demo' });
const usd = (n: number | null) => (n === null ? 'no limit' : `$${n.toFixed(2)}`);

try {
  console.log(`ModelGates demo against ${real ? baseUrl : `a Prism mock at ${baseUrl}`}\n`);

  const current = await mg.apiKeys.getCurrentKeyMetadata();
  console.log(
    `1. current key   ${current.data.label}: used ${usd(current.data.usage)} of ${usd(current.data.limit)}`,
  );

  const page = await mg.apiKeys.list({ include_disabled: true });
  console.log(
    `2. list          ${page.data.length} keys: ${page.data.map((k) => `${k.name}${k.disabled ? ' (disabled)' : ''}`).join(', ')}`,
  );

  const created = await mg.apiKeys.create({
    name: 'modelgates-demo',
    limit: 5,
    limit_reset: 'monthly',
    expires_at: new Date(Date.UTC(2027, 11, 31, 23, 59, 59)),
  });
  // The plaintext key is a secret, shown once: print only that we got one.
  console.log(
    `3. create        "${created.data.name}" (${created.data.hash.slice(0, 12)}…), secret received: ${created.key.length > 0}`,
  );

  const hash = created.data.hash;
  const got = await mg.apiKeys.get(hash);
  console.log(
    `4. get           "${got.data.name}" limit ${usd(got.data.limit)}, resets ${got.data.limit_reset ?? 'never'}`,
  );

  const updated = await mg.apiKeys.update(hash, { disabled: true, limit: 10 });
  console.log(
    `5. update        "${updated.data.name}" disabled=${updated.data.disabled} limit ${usd(updated.data.limit)}`,
  );

  const deleted = await mg.apiKeys.delete(hash);
  console.log(`6. delete        deleted=${deleted.deleted}`);
  if (!real) console.log("\n(Prism is stateless: it answers every call with the spec's examples.)");
} catch (error) {
  // Typed errors carry the status and the server's message, never the API key.
  console.error(error instanceof ModelGatesError ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await prism?.stop();
}
