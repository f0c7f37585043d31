// Cold start: process start to the first parsed response. Run by src/cold.ts as `node modelgates.mjs`.
import { ModelGates } from '@modelgates/sdk';

const { BENCH_URL, BENCH_API_KEY } = process.env;
const mg = new ModelGates({ baseUrl: BENCH_URL, apiKey: BENCH_API_KEY });
const page = await mg.apiKeys.list();
process.stdout.write(`ok ${page.data.length} ${performance.now()}\n`);
process.exit(0);
