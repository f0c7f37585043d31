/**
 * Runs before every test file: proves that the suite really runs on the oldest peers installed
 * here, as @modelgates/react-query's own files resolve them, and not on the newer peers that
 * package is developed with.
 */
import { createRequire } from 'node:module';
import { loadedPeers } from '../../packages/react-query/test/support/peers.js';

const require = createRequire(import.meta.url);
const want = (require('./package.json') as { devDependencies: Record<string, string> }).devDependencies;
const tanstack = (await import(require.resolve('@tanstack/react-query'))) as { QueryClient: unknown };

if (loadedPeers.react !== want['react'] || loadedPeers.reactDom !== want['react-dom']) {
  throw new Error(
    `expected React ${want['react']}, the tests loaded ${loadedPeers.react} (react-dom ${loadedPeers.reactDom})`,
  );
}
if (loadedPeers.QueryClient !== tanstack.QueryClient) {
  throw new Error(
    `@tanstack/react-query was not loaded from this package's ${want['@tanstack/react-query']} install`,
  );
}
