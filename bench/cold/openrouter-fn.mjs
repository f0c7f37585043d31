// Cold start: process start to the first parsed response. Run by src/cold.ts as `node openrouter-fn.mjs`.
import { OpenRouterCore } from '@openrouter/sdk/core.js';
import { apiKeysList } from '@openrouter/sdk/funcs/apiKeysList.js';

const { BENCH_URL, BENCH_API_KEY } = process.env;
const core = new OpenRouterCore({ serverURL: BENCH_URL, apiKey: BENCH_API_KEY });
const result = await apiKeysList(core);
if (!result.ok) throw result.error;
process.stdout.write(`ok ${result.value.data.length} ${performance.now()}\n`);
process.exit(0);
