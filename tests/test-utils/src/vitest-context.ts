import type {} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the Prism mock (spec examples) started by the global setup. */
    prismUrl: string;
  }
}
