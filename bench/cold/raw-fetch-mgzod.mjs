// Cold start diagnostic: raw fetch after importing @modelgates/zod, to price zod plus our schemas.
import { zListResponse } from '@modelgates/zod';

const { BENCH_URL, BENCH_API_KEY } = process.env;
const res = await fetch(`${BENCH_URL}/keys`, { headers: { authorization: `Bearer ${BENCH_API_KEY}` } });
if (!res.ok) throw new Error(`HTTP ${res.status}`);
const { data } = JSON.parse(await res.text());
process.stdout.write(`ok ${data.length} ${performance.now()} ${typeof zListResponse}\n`);
process.exit(0);
