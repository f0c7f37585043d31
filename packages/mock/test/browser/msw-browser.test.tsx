/**
 * In headless Chromium: msw/browser's setupWorker with the mock's handlers, under an app built on
 * the @modelgates/react-query hooks. The state is real: the created key joins the list, the
 * deleted one leaves it, and an injected 500 reaches the hook as the sdk's typed error.
 */
import { useApiKeys, useCreateApiKey, useDeleteApiKey, ModelGatesProvider } from '@modelgates/react-query';
import { ModelGates } from '@modelgates/sdk';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { setupWorker } from 'msw/browser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createMock } from '../../src/index.js';
import { createHandlers } from '../../src/msw.js';

const mock = createMock();
const worker = setupWorker(...createHandlers(mock));

beforeAll(async () => {
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
});
afterAll(() => worker.stop());

function Keys() {
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const remove = useDeleteApiKey();
  if (keys.error) return <p role="alert">{keys.error.name}</p>;
  return (
    <main>
      <ul>
        {keys.data?.data.map((k) => (
          <li key={k.hash}>
            {k.name} <button onClick={() => remove.mutate({ hash: k.hash })}>Delete {k.name}</button>
          </li>
        ))}
      </ul>
      <button onClick={() => create.mutate({ name: 'My CI key', limit: 25 })}>Create</button>
      {create.data && <output>created {create.data.data.label}</output>}
    </main>
  );
}

it('the hooks against the worker: create joins the list, delete leaves it, a 500 is a typed error', async () => {
  const mg = new ModelGates({ apiKey: 'sk-or-v1-browser', retries: { strategy: 'none' } });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ModelGatesProvider client={mg}>
        <Keys />
      </ModelGatesProvider>
    </QueryClientProvider>,
  );
  await expect.element(page.getByText('Production Key')).toBeVisible();
  expect(page.getByRole('listitem').all()).toHaveLength(2);

  await userEvent.click(page.getByRole('button', { name: 'Create' }));
  await expect.element(page.getByText('My CI key')).toBeVisible();
  const created = mock.keys.find((k) => k.name === 'My CI key')!;
  await expect.element(page.getByText(`created ${created.label}`)).toBeVisible();
  expect(page.getByRole('listitem').all()).toHaveLength(3);

  await userEvent.click(page.getByRole('button', { name: 'Delete Production Key' }));
  await expect.element(page.getByText('Production Key')).not.toBeInTheDocument();
  expect(mock.keys.map((k) => k.name)).toEqual(['Staging Key', 'Old CI Key', 'My CI key']);

  mock.failNext({ status: 500, operation: 'list' });
  await queryClient.refetchQueries();
  await expect.element(page.getByRole('alert')).toHaveTextContent('InternalServerResponseError');
  expect(mock.calls.map((c) => `${c.operation} ${c.status}`)).toEqual([
    'list 200',
    'createKeys 201',
    'list 200',
    'deleteKeys 200',
    'list 200',
    'list 500',
  ]);
});
