/** A small app as a frontend team would write it: a keys table and a create-key form that shows
 * the new secret once. */
import { type FormEvent, useState } from 'react';
import { useApiKeys, useCreateApiKey } from '../../src/index.js';

export function KeysApp() {
  const keys = useApiKeys({ include_disabled: true });
  const create = useCreateApiKey();
  const [name, setName] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name });
  };

  return (
    <main>
      {keys.isPending && <p>Loading keys…</p>}
      {keys.isError && <p role="alert">Could not load keys: {keys.error.message}</p>}
      {keys.data && (
        <table>
          <tbody>
            {keys.data.data.map((key) => (
              <tr key={key.hash}>
                <td>{key.name}</td>
                <td>{key.disabled ? 'disabled' : 'active'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={submit}>
        <label>
          New key name <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={create.isPending}>
          Create key
        </button>
      </form>
      {create.isError && <p role="alert">{create.error.message}</p>}
      {create.data && (
        <p>
          Copy your new key now, it will not be shown again: <code>{create.data.key}</code>{' '}
          <button type="button" onClick={() => create.reset()}>
            Done
          </button>
        </p>
      )}
    </main>
  );
}
