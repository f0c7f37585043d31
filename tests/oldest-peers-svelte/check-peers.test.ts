/** The versions the redirected peers loaded: the oldest that @modelgates/svelte-query declares. */
import { QueryClient } from '@tanstack/svelte-query';
import { VERSION } from 'svelte/compiler';
import { expect, it } from 'vitest';

it('runs on Svelte 5.25.0 and @tanstack/svelte-query 6.0.0', async () => {
  expect(VERSION).toBe('5.25.0');
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  expect((require('@tanstack/svelte-query/package.json') as { version: string }).version).toBe('6.0.0');
  expect(QueryClient).toBeTypeOf('function');
});
