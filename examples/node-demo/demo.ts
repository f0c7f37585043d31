/**
 * The demo: one key's life, told against a server that keeps state, then one line on the contract.
 *
 * By default it starts the stateful @modelgates/mock on a free port and follows one key through
 * create -> list -> update -> get -> delete -> get (404); every line states what was checked, and
 * the demo fails if the server says otherwise. Then it runs every operation of the spec (from the
 * operation registry) against a Prism mock of spec/openapi.yaml, which refuses a request that
 * breaks the spec, while the sdk validates every response: one line says whether the contract held.
 *
 * Point it at a real server with MODELGATES_BASE_URL and MODELGATES_API_KEY (careful: it then
 * creates, updates and deletes a key named "modelgates-demo"); Prism is not started then.
 */
import { listen } from '@modelgates/mock/server';
import {
  ModelGates,
  ModelGatesError,
  NotFoundResponseError,
  type OperationId,
  operations,
} from '@modelgates/sdk';
import { exampleHash, requestExample, startPrism } from '@modelgates/test-utils';

const real = process.env.MODELGATES_BASE_URL;
const apiKey = process.env.MODELGATES_API_KEY ?? (real ? '' : 'sk-or-v1-demo');
if (!apiKey) {
  console.error('MODELGATES_API_KEY is required with MODELGATES_BASE_URL.');
  process.exit(1);
}
const usd = (n: number | null) => (n === null ? 'no limit' : `$${n.toFixed(2)}`);

/** A claim the story makes: printed when true, the demo's failure when not. */
function check(claim: boolean, what: string): void {
  if (!claim) throw new Error(`the server did not do what the demo expected: ${what}`);
}

async function story(mg: ModelGates): Promise<void> {
  const name = 'modelgates-demo';
  const created = await mg.apiKeys.create({
    name,
    limit: 5,
    limit_reset: 'monthly',
    expires_at: new Date(Date.UTC(2030, 11, 31, 23, 59, 59)),
  });
  const hash = created.data.hash;
  check(created.data.name === name && created.key.length > 0, 'create returns the key and its secret');
  // The plaintext key is a secret, shown once: print only that we got one.
  console.log(
    `1. create   "${name}" (${hash.slice(0, 12)}…), limit ${usd(created.data.limit)}, secret received`,
  );

  let listed = false;
  for await (const key of mg.apiKeys.listAll()) listed ||= key.hash === hash;
  check(listed, 'list shows the created key');
  console.log(`2. list     "${name}" is listed`);

  const renamed = `${name} (renamed)`;
  const updated = await mg.apiKeys.update(hash, { name: renamed, limit: 10 });
  check(updated.data.name === renamed && updated.data.limit === 10, 'update returns the change');
  console.log(`3. update   renamed to "${renamed}", limit ${usd(updated.data.limit)}`);

  const got = await mg.apiKeys.get(hash);
  check(got.data.name === renamed && got.data.limit === 10, 'get shows the update');
  console.log(`4. get      "${got.data.name}", limit ${usd(got.data.limit)}: the update stuck`);

  const deleted = await mg.apiKeys.delete(hash);
  check(deleted.deleted, 'delete confirms');
  console.log('5. delete   deleted');

  const gone = await mg.apiKeys.get(hash, { retries: { strategy: 'none' } }).catch((e: unknown) => e);
  check(gone instanceof NotFoundResponseError, 'get after delete is 404');
  console.log('6. get      404 Not Found: the key is gone');
}

/** Every operation of the spec once, with the spec's example inputs, against Prism. */
async function contract(): Promise<string> {
  const prism = await startPrism();
  try {
    const mg = new ModelGates({ apiKey, baseUrl: prism.url, retries: { strategy: 'none' } });
    const ids = Object.keys(operations) as OperationId[];
    for (const id of ids) {
      const op = operations[id];
      const method = op.method.toLowerCase();
      await mg.request(id, {
        ...(op.pathParams.length
          ? { path: Object.fromEntries(op.pathParams.map((p) => [p, exampleHash])) }
          : {}),
        ...(op.body ? { body: requestExample(op.path, method) } : {}),
      });
    }
    return `Contract: all ${ids.length} operations of spec/openapi.yaml held against Prism (requests accepted, responses valid).`;
  } finally {
    await prism.stop();
  }
}

const mock = real ? undefined : await listen({ log: false });
const baseUrl = real ?? mock!.url;
try {
  console.log(`ModelGates demo against ${real ? baseUrl : `the stateful @modelgates/mock at ${baseUrl}`}\n`);
  await story(new ModelGates({ apiKey, baseUrl, appTitle: 'ModelGates SDK demo' }));
  if (!real) console.log(`\n${await contract()}`);
} catch (error) {
  // Typed errors carry the status and the server's message, never the API key.
  console.error(error instanceof ModelGatesError ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await mock?.close();
}
