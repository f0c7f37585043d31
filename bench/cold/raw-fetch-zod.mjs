// Cold start diagnostic: raw fetch after importing zod/mini, to price zod's own import.
import * as z from 'zod/mini';

const { BENCH_URL, BENCH_API_KEY } = process.env;
const res = await fetch(`${BENCH_URL}/keys`, { headers: { authorization: `Bearer ${BENCH_API_KEY}` } });
if (!res.ok) throw new Error(`HTTP ${res.status}`);
const { data } = JSON.parse(await res.text());
process.stdout.write(`ok ${data.length} ${performance.now()} ${typeof z.object}\n`);
process.exit(0);
