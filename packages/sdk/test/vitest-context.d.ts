// The sdk's devDependency on @opentelemetry/api (an optional peer of vitest) gives this package its
// own vitest instance, so test-utils' `ProvidedContext` augmentation does not reach it: repeated here.
import type {} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the Prism mock (spec examples) started by the global setup. */
    prismUrl: string;
  }
}
