// test-utils declares `prismUrl` on its own copy of vitest; this package resolves a different copy
// (the one with browser mode's peers), so the declaration is repeated for it.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the Prism mock started by @modelgates/test-utils' global setup. */
    prismUrl: string;
  }
}
