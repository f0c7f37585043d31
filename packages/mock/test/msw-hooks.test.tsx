// @vitest-environment happy-dom
/** The README's first example, as written there: msw/node, the react-query hooks, a DOM (happy-dom). */
import { ModelGatesProvider, useApiKeys, useCreateApiKey } from '@modelgates/react-query';
import { ModelGates } from '@modelgates/sdk';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createMock } from '../src/index.js';
import { createHandlers } from '../src/msw.js';

const mock = createMock();
const server = setupServer(...createHandlers(mock)); // intercepts https://modelgates.ai/api/v1
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  mock.reset();
});
afterAll(() => server.close());

function Keys() {
  const keys = useApiKeys();
  const create = useCreateApiKey();
  return (
    <>
      <ul>
        {keys.data?.data.map((k) => (
          <li key={k.hash}>{k.name}</li>
        ))}
      </ul>
      <button onClick={() => create.mutate({ name: 'My CI key', limit: 25 })}>Create</button>
    </>
  );
}

it('a created key joins the list', async () => {
  const mg = new ModelGates({ apiKey: 'test', retries: { strategy: 'none' } });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ModelGatesProvider client={mg}>
        <Keys />
      </ModelGatesProvider>
    </QueryClientProvider>,
  );
  await screen.findByText('Production Key');
  fireEvent.click(screen.getByRole('button', { name: 'Create' }));
  await screen.findByText('My CI key'); // the refetched list has it: the mock kept it
  expect(mock.keys.find((k) => k.name === 'My CI key')?.limit_remaining).toBe(25);
  expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
    'Production Key',
    'Staging Key',
    'My CI key',
  ]);
});
