// Cold start: process start to the first parsed response. Run by src/cold.ts as `node openrouter-class.mjs`.
import { OpenRouter } from '@openrouter/sdk';

const { BENCH_URL, BENCH_API_KEY } = process.env;
const or = new OpenRouter({ serverURL: BENCH_URL, apiKey: BENCH_API_KEY });
const page = await or.apiKeys.list();
process.stdout.write(`ok ${page.data.length} ${performance.now()}\n`);
process.exit(0);
