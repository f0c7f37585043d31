/**
 * Hands the app's one configured `ModelGates` client to the hooks. The hooks use the app's
 * QueryClient (from TanStack's own `QueryClientProvider`), so this package holds no cache of its own.
 */
import type { ModelGates } from '@modelgates/sdk';
import { createContext, type ReactNode, useContext } from 'react';

const ModelGatesContext = createContext<ModelGates | undefined>(undefined);

export interface ModelGatesProviderProps {
  client: ModelGates;
  children?: ReactNode;
}

/** `<ModelGatesProvider client={mg}>`: every hook below it uses `mg`. Providers nest: the nearest wins. */
export function ModelGatesProvider({ client, children }: ModelGatesProviderProps) {
  return <ModelGatesContext.Provider value={client}>{children}</ModelGatesContext.Provider>;
}

/** The client from the nearest `ModelGatesProvider`, or `client` when given (it wins). */
export function useModelGates(client?: ModelGates): ModelGates {
  const provided = useContext(ModelGatesContext);
  const mg = client ?? provided;
  if (!mg) {
    throw new Error(
      'No ModelGates client: wrap your app in <ModelGatesProvider client={new ModelGates(...)}> or pass { client } to the hook.',
    );
  }
  return mg;
}
