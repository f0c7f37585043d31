// Cold start: process start to the first parsed response. Run by src/cold.ts as `node standalone-validated.mjs`.
// The standalone `list` with the sdk's generated validators, from the subpaths (Node loads neither
// the ModelGates class nor the other operations' code).
import { createClient, list } from '@modelgates/sdk/functions';
import { validation, vListData, vListResponse } from '@modelgates/sdk/validators';

const { BENCH_URL, BENCH_API_KEY } = process.env;
const client = createClient({ baseUrl: BENCH_URL, auth: BENCH_API_KEY });
const { data: page } = await list({ client, ...validation(vListData, vListResponse) });
process.stdout.write(`ok ${page.data.length} ${performance.now()}\n`);
process.exit(0);
