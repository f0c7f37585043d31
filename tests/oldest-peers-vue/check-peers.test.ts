/** The versions the aliased peers loaded: the oldest that @modelgates/vue-query declares. */
import { VueQueryPlugin } from '@tanstack/vue-query';
import { expect, it } from 'vitest';
import { version } from 'vue';

it('runs on Vue 3.4.0 and @tanstack/vue-query 5.80', async () => {
  expect(version).toBe('3.4.0');
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  expect((require('@tanstack/vue-query/package.json') as { version: string }).version).toBe('5.80.0');
  expect(VueQueryPlugin).toBeTypeOf('object');
});
