// Cold start: process start to the first parsed response. Run by src/cold.ts as `node openapi-fetch.mjs`.
import createClient from 'openapi-fetch';

const { BENCH_URL, BENCH_API_KEY } = process.env;
const client = createClient({ baseUrl: BENCH_URL, headers: { Authorization: `Bearer ${BENCH_API_KEY}` } });
const { data, error } = await client.GET('/keys');
if (error) throw new Error(JSON.stringify(error));
process.stdout.write(`ok ${data.data.length} ${performance.now()}\n`);
process.exit(0);
