/** In headless Chromium: the app lists the keys from Prism, creates one, shows its secret once,
 * and refetches the list. Requests cross origins (page server -> Prism), as in a real app. */
import { ModelGates } from '@modelgates/sdk';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { expect, inject, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { recordingFetch, sentLines } from '../support/recording-fetch.js';
import { ModelGatesProvider } from '../../src/index.js';
import { KeysApp } from './keys-app.js';

const secret = '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';

it('lists keys and creates one against Prism', async () => {
  const fetch = recordingFetch();
  const mg = new ModelGates({
    apiKey: 'sk-or-v1-browser-test',
    baseUrl: inject('prismUrl'),
    retries: { strategy: 'none' },
    fetch,
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ModelGatesProvider client={mg}>
        <KeysApp />
      </ModelGatesProvider>
    </QueryClientProvider>,
  );

  await expect.element(page.getByText('Production Key')).toBeVisible();
  await expect.element(page.getByText('Old CI Key')).toBeVisible();
  expect(page.getByRole('row').all()).toHaveLength(3);

  await userEvent.fill(page.getByLabelText('New key name'), 'My New API Key');
  await userEvent.click(page.getByRole('button', { name: 'Create key' }));
  await expect.element(page.getByText(secret)).toBeVisible();
  expect(sentLines(fetch.sent)).toEqual(['GET /keys', 'POST /keys', 'GET /keys']);
  expect(
    JSON.stringify(
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state),
    ),
  ).not.toContain(secret);

  await userEvent.click(page.getByRole('button', { name: 'Done' }));
  await expect.element(page.getByText(secret)).not.toBeInTheDocument();
  await expect.poll(() => queryClient.getMutationCache().getAll()).toHaveLength(0);
});
