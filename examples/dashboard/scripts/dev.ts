/**
 * `pnpm --filter dashboard dev`: starts a Prism mock of spec/openapi.yaml (port 4010, or a free one
 * if taken) and the Vite dev server pointed at it, and prints where to open it.
 * With VITE_MODELGATES_BASE_URL (and VITE_MODELGATES_API_KEY) set, no mock is started and the app
 * talks to that server instead.
 */
import { fileURLToPath } from 'node:url';
import { freePort, type PrismServer, startPrism } from '@modelgates/test-utils';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
let prism: PrismServer | undefined;
if (!process.env.VITE_MODELGATES_BASE_URL) {
  prism = await startPrism({ port: await startPort(4010) });
  process.env.VITE_MODELGATES_BASE_URL = prism.url;
}
const vite = await createServer({ root, configFile: `${root}/vite.config.ts`, server: { port: 5173 } });
await vite.listen();
const url = vite.resolvedUrls?.local[0];
console.log(`\nModelGates dashboard: ${url}`);
console.log(prism ? `API: Prism mock of spec/openapi.yaml at ${prism.url}` : `API: ${process.env.VITE_MODELGATES_BASE_URL}`);

const stop = async () => {
  await vite.close();
  await prism?.stop();
  process.exit(0);
};
// A signal listener's return value is ignored; stop() ends the process itself when it is done.
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

/** The preferred port when it is free, else any free one. */
async function startPort(preferred: number): Promise<number> {
  const { createServer: net } = await import('node:net');
  return new Promise((ok) => {
    const probe = net();
    probe.once('error', () => void freePort().then(ok));
    probe.listen(preferred, '127.0.0.1', () => probe.close(() => ok(preferred)));
  });
}
