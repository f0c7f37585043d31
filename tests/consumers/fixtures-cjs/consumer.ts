// A user's CommonJS TypeScript project: no "type": "module" in its package.json, "module": "node16",
// so tsc emits require() calls and Node loads the packages' CommonJS builds (dist/*.cjs, typed by
// their .d.cts files).
import { ModelGates, NotFoundResponseError, SDKValidationError, type ApiKey } from '@modelgates/sdk';
import { zApiKey, zCreateKeyRequest } from '@modelgates/zod';

async function main(): Promise<void> {
  const baseUrl = process.env.PRISM_URL!;
  const mg = new ModelGates({ apiKey: 'sk-consumer', baseUrl, appTitle: 'cjs-consumer' });
  const page = await mg.apiKeys.list();
  const first: ApiKey = page.data[0]!;

  let notFound = false;
  let status = 0;
  try {
    await mg.apiKeys.get(first.hash, { headers: { Prefer: 'code=404' } });
  } catch (e) {
    if (e instanceof NotFoundResponseError) {
      notFound = true;
      status = e.status; // narrowed: only compiles if instanceof narrows to the typed error
    }
  }
  let rejected = false;
  try {
    await mg.apiKeys.create({ name: '' });
  } catch (e) {
    rejected = e instanceof SDKValidationError && e.field === 'name';
  }
  const parsed = zApiKey.parse(first);
  console.log(
    JSON.stringify({
      keys: page.data.length,
      parsedName: parsed.name === first.name,
      formRejectsEmpty: !zCreateKeyRequest.safeParse({ name: '' }).success,
      notFound,
      status,
      rejected,
      sdk: require.resolve('@modelgates/sdk').replace(/\\/g, '/').split('/@modelgates/sdk/')[1],
      zod: require.resolve('@modelgates/zod').replace(/\\/g, '/').split('/@modelgates/zod/')[1],
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
