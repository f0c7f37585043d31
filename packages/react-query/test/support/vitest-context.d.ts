// test-utils declares `prismUrl` on its own copy of vitest; this package resolves a different copy
// (the one with browser mode's peers), so the declaration is repeated for it.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the Prism mock started by @modelgates/test-utils' global setup. */
    prismUrl: string;
  }
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Server-renders the keys page in Node (vitest.browser.config.ts, support/server-render.tsx). */
    renderKeysPageOnServer: () => Promise<import('./ssr-page.js').ServerRender>;
  }
}
