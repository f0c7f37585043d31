/**
 * `pnpm mock`: serves spec/openapi.yaml with Prism on 127.0.0.1:4010 (PORT overrides) until Ctrl-C.
 * Pass `--dynamic` to generate responses from the schemas instead of serving the examples.
 */
import { startPrism } from '../tests/test-utils/src/prism.js';

const port = Number(process.env.PORT ?? 4010);
const dynamic = process.argv.includes('--dynamic');
const prism = await startPrism({ port, dynamic, verbose: true });
console.log(`\nModelGates mock (Prism, ${dynamic ? 'dynamic' : 'spec examples'}) listening on ${prism.url}`);
console.log(`Try: curl -H 'Authorization: Bearer test' ${prism.url}/keys\n`);
const shutdown = () => void prism.stop().then(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
