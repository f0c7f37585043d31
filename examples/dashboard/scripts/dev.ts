/**
 * `pnpm --filter dashboard dev` (`pnpm dashboard`): starts the stateful @modelgates/mock server
 * (port 4010, or a free one if taken) and the Vite dev server pointed at it, and prints where to
 * open it. What you create, disable or delete stays so until you stop it.
 * `--prism` serves the stateless Prism mock of spec/openapi.yaml instead (the spec's examples).
 * With VITE_MODELGATES_BASE_URL (and VITE_MODELGATES_API_KEY) set, no mock is started and the app
 * talks to that server instead.
 */
import { fileURLToPath } from 'node:url';
import { listen } from '@modelgates/mock/server';
import { freePort, startPrism } from '@modelgates/test-utils';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
let api: { url: string; stop: () => Promise<void>; what: string } | undefined;
if (!process.env.VITE_MODELGATES_BASE_URL) {
  const port = await startPort(4010);
  if (process.argv.includes('--prism')) {
    const prism = await startPrism({ port });
    api = { url: prism.url, stop: () => prism.stop(), what: 'Prism mock of spec/openapi.yaml (stateless)' };
  } else {
    const server = await listen({ port, log: (line) => console.log(`mock: ${line}`) });
    api = {
      url: server.url,
      stop: () => server.close(),
      what: '@modelgates/mock (stateful, seeded with the spec’s examples)',
    };
  }
  process.env.VITE_MODELGATES_BASE_URL = api.url;
}
const vite = await createServer({ root, configFile: `${root}/vite.config.ts`, server: { port: 5173 } });
await vite.listen();
const url = vite.resolvedUrls?.local[0];
console.log(`\nModelGates dashboard: ${url}`);
console.log(api ? `API: ${api.what} at ${api.url}` : `API: ${process.env.VITE_MODELGATES_BASE_URL}`);

const stop = async () => {
  await vite.close();
  await api?.stop();
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
