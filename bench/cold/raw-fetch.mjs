// Cold start: process start to the first parsed response. Run by src/cold.ts as `node raw-fetch.mjs`.
const { BENCH_URL, BENCH_API_KEY } = process.env;
const res = await fetch(`${BENCH_URL}/keys`, { headers: { authorization: `Bearer ${BENCH_API_KEY}` } });
if (!res.ok) throw new Error(`HTTP ${res.status}`);
const { data } = JSON.parse(await res.text());
process.stdout.write(`ok ${data.length} ${performance.now()}\n`);
process.exit(0);
