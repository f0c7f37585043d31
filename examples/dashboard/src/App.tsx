import { zodResolver } from '@hookform/resolvers/zod';
import {
  useApiKeysInfinite,
  useCreateApiKey,
  useCurrentKey,
  useDeleteApiKey,
  useUpdateApiKey,
} from '@modelgates/react-query';
import type { ApiKey } from '@modelgates/sdk';
import { type CreateKeyFormOutput, type CreateKeyFormValues, createKeyFormSchema } from '@modelgates/zod';
import { useForm } from 'react-hook-form';

const usd = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `$${n.toFixed(2)}`);

export function App({ baseUrl }: { baseUrl: string }) {
  return (
    <main>
      <header>
        <div>
          <h1>API keys</h1>
          <p className="muted">
            Talking to <code>{baseUrl}</code>
          </p>
        </div>
        <CurrentKeyBadge />
      </header>
      <CreateKeyPanel />
      <KeysTable />
    </main>
  );
}

/** The current key's usage (useCurrentKey). */
function CurrentKeyBadge() {
  const { data, error, isPending } = useCurrentKey();
  if (isPending) return <aside className="badge">Loading usage…</aside>;
  if (error) return <aside className="badge error">{error.message}</aside>;
  const key = data.data;
  return (
    <aside className="badge" aria-label="Current key usage">
      <strong>{key.label}</strong>
      <span>
        used {usd(key.usage)} of {key.limit === null ? 'no limit' : usd(key.limit)}
      </span>
      {key.limit_remaining !== null && <span className="muted">{usd(key.limit_remaining)} left</span>}
    </aside>
  );
}

/** The create form (the zod form schema through react-hook-form) and the secret, shown once. */
function CreateKeyPanel() {
  const create = useCreateApiKey();
  const form = useForm<CreateKeyFormValues, unknown, CreateKeyFormOutput>({
    resolver: zodResolver(createKeyFormSchema),
    defaultValues: { name: '', limit: '', limit_reset: '', expires_at: '' },
  });
  const errors = form.formState.errors;

  if (create.data) {
    return (
      <section className="panel secret" aria-label="New key">
        <h2>Key “{create.data.data.name}” created</h2>
        <p>Copy the key now: it is shown this once and is not stored anywhere by this page.</p>
        <code data-testid="secret">{create.data.key}</code>
        <button onClick={() => create.reset()}>I have copied it</button>
      </section>
    );
  }

  return (
    <section className="panel">
      <h2>Create a key</h2>
      <form
        noValidate
        onSubmit={(event) =>
          // handleSubmit's promise settles after validation and the (synchronous) mutate call; the
          // form's state and create's state show the outcome, so nothing waits on it.
          void form.handleSubmit((body) => {
            create.mutate(body, { onSuccess: () => form.reset() });
          })(event)
        }
      >
        <label>
          Name
          <input {...form.register('name')} placeholder="CI key" aria-invalid={!!errors.name} />
          {errors.name && <span className="field-error">{errors.name.message}</span>}
        </label>
        <label>
          Limit (USD)
          <input
            {...form.register('limit')}
            inputMode="decimal"
            placeholder="no limit"
            aria-invalid={!!errors.limit}
          />
          {errors.limit && <span className="field-error">{errors.limit.message}</span>}
        </label>
        <label>
          Resets
          <select {...form.register('limit_reset')}>
            <option value="">never</option>
            <option value="daily">daily</option>
            <option value="weekly">weekly</option>
            <option value="monthly">monthly</option>
          </select>
        </label>
        <label>
          Expires (UTC)
          <input
            {...form.register('expires_at')}
            placeholder="2027-12-31T23:59:59Z"
            aria-invalid={!!errors.expires_at}
          />
          {errors.expires_at && <span className="field-error">{errors.expires_at.message}</span>}
        </label>
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create key'}
        </button>
        {create.error && <p className="error">{create.error.message}</p>}
      </form>
    </section>
  );
}

/** Every key, 100 per page (useApiKeysInfinite), with enable/disable and delete. */
function KeysTable() {
  const keys = useApiKeysInfinite(
    { include_disabled: true },
    { select: (pages) => pages.pages.flatMap((p) => p.data) },
  );
  if (keys.error) return <p className="error">{keys.error.message}</p>;
  if (!keys.data) return <p>Loading keys…</p>;
  return (
    <section className="panel">
      <h2>Keys</h2>
      <table>
        <thead>
          <tr>
            <th>Name</th>
            <th>Label</th>
            <th>Usage</th>
            <th>Limit</th>
            <th>Expires</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {keys.data.map((key) => (
            <KeyRow key={key.hash} apiKey={key} />
          ))}
        </tbody>
      </table>
      {keys.data.length === 0 && <p className="muted">No keys yet.</p>}
      {keys.hasNextPage && (
        // fetchNextPage never rejects: a failed page shows in keys.error.
        <button onClick={() => void keys.fetchNextPage()} disabled={keys.isFetchingNextPage}>
          {keys.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}

function KeyRow({ apiKey }: { apiKey: ApiKey }) {
  // Optimistic: the row changes at once and is rolled back if the server refuses.
  const update = useUpdateApiKey({ optimistic: true });
  const remove = useDeleteApiKey({ optimistic: true });
  return (
    <tr data-hash={apiKey.hash} className={apiKey.disabled ? 'disabled' : undefined}>
      <td>{apiKey.name}</td>
      <td>
        <code>{apiKey.label}</code>
      </td>
      <td>{usd(apiKey.usage)}</td>
      <td>
        {usd(apiKey.limit)}
        {apiKey.limit_reset && <span className="muted"> / {apiKey.limit_reset}</span>}
      </td>
      <td>{apiKey.expires_at ? apiKey.expires_at.slice(0, 10) : 'never'}</td>
      <td>
        <label className="toggle">
          <input
            type="checkbox"
            checked={!apiKey.disabled}
            disabled={update.isPending}
            onChange={() => update.mutate({ hash: apiKey.hash, disabled: !apiKey.disabled })}
          />
          {apiKey.disabled ? 'disabled' : 'enabled'}
        </label>
        {update.error && <span className="field-error">{update.error.message}</span>}
      </td>
      <td>
        <button
          className="danger"
          aria-label={`Delete ${apiKey.name}`}
          disabled={remove.isPending}
          onClick={() => remove.mutate({ hash: apiKey.hash })}
        >
          Delete
        </button>
        {remove.error && <span className="field-error">{remove.error.message}</span>}
      </td>
    </tr>
  );
}
