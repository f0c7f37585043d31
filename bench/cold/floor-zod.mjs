// Cold start: process start to the first parsed response. Run by src/cold.ts as `node floor-zod.mjs`.
// The floor with validation: raw fetch with an AbortController timeout, and the same zod/mini
// request and response validation as the sdk (the `floor-zod` client of src/clients.ts).
import { zListData, zListResponse } from '@modelgates/zod';

const { BENCH_URL, BENCH_API_KEY } = process.env;
const input = {};
zListData.parse(input);
const controller = new AbortController();
const timer = setTimeout(() => controller.abort(), 60_000);
let page;
try {
  const res = await fetch(`${BENCH_URL}/keys`, {
    headers: { authorization: `Bearer ${BENCH_API_KEY}` },
    signal: controller.signal,
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  page = zListResponse.parse(JSON.parse(await res.text()));
} finally {
  clearTimeout(timer);
}
process.stdout.write(`ok ${page.data.length} ${performance.now()}\n`);
process.exit(0);
