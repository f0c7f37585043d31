// Cold start: process start to the first parsed response. Run by src/cold.ts as `node standalone.mjs`.
// From the `functions` subpath, as the README advises for Node: no class, registry or validators.
import { createClient, list } from '@modelgates/sdk/functions';

const { BENCH_URL, BENCH_API_KEY } = process.env;
const client = createClient({ baseUrl: BENCH_URL, auth: BENCH_API_KEY });
const { data } = await list({ client, throwOnError: true });
process.stdout.write(`ok ${data.data.length} ${performance.now()}\n`);
process.exit(0);
