// Cold start: process start to the first parsed response. Run by src/cold.ts as `node standalone-zod.mjs`.
import { createClient, list } from '@modelgates/sdk';
import { zListData, zListResponse } from '@modelgates/zod';

const { BENCH_URL, BENCH_API_KEY } = process.env;
const client = createClient({ baseUrl: BENCH_URL, auth: BENCH_API_KEY });
const input = {};
zListData.parse(input);
const { data } = await list({ client, throwOnError: true, ...input });
const page = zListResponse.parse(data);
process.stdout.write(`ok ${page.data.length} ${performance.now()}\n`);
process.exit(0);
