/**
 * The one behavioural suite of the ModelGates TanStack Query adapters. Each adapter's tests call
 * `adapterSuite(driver)` with a driver that mounts its functions in its framework (a component, or
 * an effect scope) and exposes what they return as plain getters; the suite then runs the same
 * scenarios against the stateful `@modelgates/mock`, so the adapters are held to one behaviour:
 * create → the list shows it without a refetch storm → update → delete → gone; an optimistic
 * update and an optimistic delete rolled back on a server error; infinite paging over 250 keys; no secret in the cache;
 * reactive arguments.
 */
import { type ApiKey, apiKeyFixtures, createMock, type MockApi } from '@modelgates/mock';
import {
  type CreateKeyInput,
  type CreateKeysResponse,
  type DeleteKeysResponse,
  type GetKeyResponse,
  InternalServerResponseError,
  type ListQuery,
  type ListResponse,
  ModelGates,
  type UpdateKeyInput,
  type UpdateKeysResponse,
} from '@modelgates/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** What a query function returns, read through getters (the framework's reactivity underneath). */
export interface QueryView<T> {
  readonly data: T | undefined;
  readonly status: 'pending' | 'error' | 'success';
  readonly isFetching: boolean;
  readonly error: unknown;
}

export interface InfiniteView extends QueryView<{ pages: ListResponse[] }> {
  readonly hasNextPage: boolean;
  fetchNextPage(): Promise<unknown>;
}

export interface MutationView<TData, TVariables> {
  readonly data: TData | undefined;
  readonly status: 'idle' | 'pending' | 'error' | 'success';
  mutateAsync(variables: TVariables): Promise<TData>;
  reset(): void;
}

/** A value the framework tracks (a `ref`, a `$state`, React state): setting it re-runs what reads it. */
export interface Signal<T> {
  get(): T;
  set(value: T): void;
}

/** The adapter's functions, called inside the mounted component or scope. */
export interface AdapterFunctions {
  signal<T>(initial: T): Signal<T>;
  useApiKeys(query: Signal<ListQuery | undefined>): QueryView<ListResponse>;
  useApiKeysInfinite(): InfiniteView;
  useApiKey(hash: string): QueryView<GetKeyResponse>;
  useCreateApiKey(): MutationView<CreateKeysResponse, CreateKeyInput>;
  useUpdateApiKey(optimistic?: boolean): MutationView<UpdateKeysResponse, UpdateKeyInput & { hash: string }>;
  useDeleteApiKey(optimistic?: boolean): MutationView<DeleteKeysResponse, { hash: string }>;
}

/** The part of a QueryClient the suite inspects. */
export interface InspectableClient {
  getQueryCache(): { getAll(): { queryKey: readonly unknown[]; state: unknown }[] };
  getMutationCache(): { getAll(): { state: unknown }[] };
  clear(): void;
}

export interface AdapterDriver<TClient extends InspectableClient> {
  name: string;
  /** A fresh QueryClient of the adapter's TanStack package, retries off. */
  queryClient(): TClient;
  /** Mounts one component (or scope) with `mg` and `queryClient` provided, runs `use` in it, and
   * returns what `use` returned; `unmount` tears it down. */
  mount<T>(
    mg: ModelGates,
    queryClient: TClient,
    use: (fns: AdapterFunctions) => T,
  ): { result: T; unmount(): void };
}

const baseUrl = 'https://mock.modelgates.test/api/v1';

function mockClient(mock: MockApi, fetch: typeof globalThis.fetch = mock.fetch) {
  return new ModelGates({
    apiKey: 'sk-suite-management',
    baseUrl: mock.baseUrl,
    fetch,
    retries: { strategy: 'none' },
  });
}

/** A mock under `baseUrl` (seeded with `keys`) and a client of it: one tenant, for the adapters'
 * own tests of a client that changes. */
export function mockTenant(baseUrl: string, keys: ApiKey[] = apiKeyFixtures(3)) {
  const mock = createMock({ baseUrl, keys });
  return { mock, mg: mockClient(mock) };
}

/** Two tenants on two base URLs holding the same key hashes under other names (`A 0`…, `B 0`…). */
export function twoTenants() {
  const keysA = apiKeyFixtures(3, (i) => ({ name: `A ${i}` }));
  return {
    a: mockTenant('https://a.modelgates.test/api/v1', keysA),
    b: mockTenant(
      'https://b.modelgates.test/api/v1',
      keysA.map((k, i) => ({ ...k, name: `B ${i}` })),
    ),
  };
}

/** The mock's answered calls from `from` on, as `operation` names. */
export const callsSince = (mock: MockApi, from = 0) => mock.calls.slice(from).map((c) => c.operation);

const names = (list: ListResponse | undefined) => list?.data.map((k) => k.name);

/** Waits (up to 5 s) until `check` passes. */
export const until = (check: () => void) => vi.waitFor(check, { timeout: 5_000, interval: 10 });

/** Every string in the QueryCache, keys and state. */
const queryCacheText = (qc: InspectableClient) =>
  JSON.stringify(
    qc
      .getQueryCache()
      .getAll()
      .map((q) => [q.queryKey, q.state]),
  );

export function adapterSuite<TClient extends InspectableClient>(driver: AdapterDriver<TClient>): void {
  const mounted: { unmount(): void }[] = [];
  afterEach(() => {
    for (const m of mounted.splice(0)) m.unmount();
  });
  const mount = <T>(mg: ModelGates, qc: TClient, use: (fns: AdapterFunctions) => T) => {
    const m = driver.mount(mg, qc, use);
    mounted.push(m);
    return m;
  };

  describe(`${driver.name}: the behaviour every adapter shares (against @modelgates/mock)`, () => {
    it('create → the list shows it with one refetch → update → delete → gone, the detail kept true', async () => {
      const mock = createMock({ baseUrl });
      const mg = mockClient(mock);
      const qc = driver.queryClient();
      const { result: ui } = mount(mg, qc, (fns) => ({
        // Disabled keys included: the one this test disables stays listed.
        list: fns.useApiKeys(fns.signal<ListQuery | undefined>({ include_disabled: true })),
        create: fns.useCreateApiKey(),
        update: fns.useUpdateApiKey(),
        remove: fns.useDeleteApiKey(),
      }));
      await until(() => expect(ui.list.status).toBe('success'));
      expect(names(ui.list.data)).toEqual(mock.keys.map((k) => k.name));

      let from = mock.calls.length;
      const created = await ui.create.mutateAsync({ name: 'suite key', limit: 5 });
      // The create resolves after the active list has refetched (React shows it on its next render).
      await until(() => expect(names(ui.list.data)).toContain('suite key'));
      expect(callsSince(mock, from)).toEqual(['createKeys', 'list']);
      const hash = created.data.hash;

      const { result: detail } = mount(mg, qc, (fns) => fns.useApiKey(hash));
      // Written by the create: shown at once (TanStack then revalidates it, as for any stale entry).
      await until(() => expect(detail.data).toEqual({ data: created.data }));
      await until(() => expect(detail.isFetching).toBe(false));

      from = mock.calls.length;
      await ui.update.mutateAsync({ hash, disabled: true });
      // The server's answer is written into the list and the detail.
      await until(() => expect(ui.list.data?.data.find((k) => k.hash === hash)?.disabled).toBe(true));
      await until(() => expect(detail.data?.data.disabled).toBe(true));
      await until(() => expect(ui.list.isFetching).toBe(false));
      expect(callsSince(mock, from)).toEqual(['updateKeys', 'list']);
      expect(mock.key(hash)?.disabled).toBe(true);

      from = mock.calls.length;
      await ui.remove.mutateAsync({ hash });
      await until(() => expect(names(ui.list.data)).not.toContain('suite key'));
      await until(() => expect(ui.list.isFetching).toBe(false));
      expect(callsSince(mock, from)).toEqual(['deleteKeys', 'list']);
      expect(names(ui.list.data)).toEqual(mock.keys.map((k) => k.name));
      expect(mock.key(hash)).toBeUndefined();
    });

    it('an optimistic update shows at once and is rolled back when the server refuses (500)', async () => {
      const mock = createMock({ baseUrl });
      const target = mock.keys[0]!;
      let shownBeforeAnswer = false;
      // eslint-disable-next-line prefer-const -- assigned after the client that reads it is made
      let ui!: {
        list: QueryView<ListResponse>;
        update: MutationView<UpdateKeysResponse, UpdateKeyInput & { hash: string }>;
      };
      // The PATCH is answered only once the page shows the change; the refetches that follow the
      // refusal are held until the page has been checked, so what it shows then is the rollback.
      let refused = false;
      let releaseRefetches!: () => void;
      const refetchesHeld = new Promise<void>((resolve) => (releaseRefetches = resolve));
      const mg = mockClient(mock, async (input, init) => {
        if (init?.method === 'PATCH') {
          await until(() =>
            expect(ui.list.data?.data.find((k) => k.hash === target.hash)?.disabled).toBe(true),
          );
          shownBeforeAnswer = true;
          refused = true;
        } else if (refused) await refetchesHeld;
        return mock.fetch(input, init);
      });
      const qc = driver.queryClient();
      ui = mount(mg, qc, (fns) => ({
        list: fns.useApiKeys(fns.signal(undefined)),
        update: fns.useUpdateApiKey(true),
      })).result;
      await until(() => expect(ui.list.status).toBe('success'));
      expect(target.disabled).toBe(false);

      mock.failNext({ status: 500, operation: 'updateKeys' });
      await expect(ui.update.mutateAsync({ hash: target.hash, disabled: true })).rejects.toBeInstanceOf(
        InternalServerResponseError,
      );
      expect(shownBeforeAnswer).toBe(true);
      await until(() => expect(ui.list.data?.data.find((k) => k.hash === target.hash)?.disabled).toBe(false));
      releaseRefetches();
      expect(mock.key(target.hash)?.disabled).toBe(false);
    });

    it('an optimistic delete hides the key at once and brings it back when the server refuses (500)', async () => {
      const mock = createMock({ baseUrl });
      const target = mock.keys[1]!;
      const listed = () => ui.list.data?.data.some((k) => k.hash === target.hash);
      let hiddenBeforeAnswer = false;
      // eslint-disable-next-line prefer-const -- assigned after the client that reads it is made
      let ui!: {
        list: QueryView<ListResponse>;
        remove: MutationView<DeleteKeysResponse, { hash: string }>;
      };
      // As for the update: the DELETE is answered only once the page no longer shows the key, and
      // the refetches after the refusal wait until the page has been checked, so what it shows then
      // is the rollback, not a fresh list.
      let refused = false;
      let releaseRefetches!: () => void;
      const refetchesHeld = new Promise<void>((resolve) => (releaseRefetches = resolve));
      const mg = mockClient(mock, async (input, init) => {
        if (init?.method === 'DELETE') {
          await until(() => expect(listed()).toBe(false));
          hiddenBeforeAnswer = true;
          refused = true;
        } else if (refused) await refetchesHeld;
        return mock.fetch(input, init);
      });
      ui = mount(mg, driver.queryClient(), (fns) => ({
        list: fns.useApiKeys(fns.signal(undefined)),
        remove: fns.useDeleteApiKey(true),
      })).result;
      await until(() => expect(ui.list.status).toBe('success'));
      const before = names(ui.list.data);
      expect(listed()).toBe(true);

      mock.failNext({ status: 500, operation: 'deleteKeys' });
      await expect(ui.remove.mutateAsync({ hash: target.hash })).rejects.toBeInstanceOf(
        InternalServerResponseError,
      );
      expect(hiddenBeforeAnswer).toBe(true);
      // Back in its place, the list as it was.
      await until(() => expect(names(ui.list.data)).toEqual(before));
      releaseRefetches();
      expect(mock.key(target.hash)).toBeDefined();
    });

    it('pages through 250 keys: 100, 100, 50, then no next page', async () => {
      const mock = createMock({ baseUrl, keys: apiKeyFixtures(250, (i) => ({ name: `Key ${i}` })) });
      const mg = mockClient(mock);
      const { result: pages } = mount(mg, driver.queryClient(), (fns) => fns.useApiKeysInfinite());
      await until(() => expect(pages.status).toBe('success'));
      expect(pages.data?.pages.map((p) => p.data.length)).toEqual([100]);
      expect(pages.hasNextPage).toBe(true);
      await pages.fetchNextPage();
      await until(() => expect(pages.data?.pages.length).toBe(2));
      await pages.fetchNextPage();
      await until(() => expect(pages.data?.pages.length).toBe(3));
      expect(pages.data?.pages.map((p) => p.data.length)).toEqual([100, 100, 50]);
      expect(pages.hasNextPage).toBe(false);
      const all = pages.data!.pages.flatMap((p) => p.data.map((k) => k.hash));
      expect(all).toEqual(mock.keys.map((k) => k.hash));
    });

    it('never caches the created secret, and drops the mutation holding it once reset', async () => {
      const mock = createMock({ baseUrl });
      const mg = mockClient(mock);
      const qc = driver.queryClient();
      const { result: ui } = mount(mg, qc, (fns) => ({
        list: fns.useApiKeys(fns.signal(undefined)),
        create: fns.useCreateApiKey(),
      }));
      await until(() => expect(ui.list.status).toBe('success'));
      const created = await ui.create.mutateAsync({ name: 'secret holder' });
      expect(created.key).toMatch(/^sk-/);
      await until(() => expect(ui.create.data?.key).toBe(created.key));
      expect(queryCacheText(qc)).toContain(created.data.hash);
      expect(queryCacheText(qc)).not.toContain(created.key);
      expect(queryCacheText(qc)).not.toContain('sk-suite-management');

      ui.create.reset();
      await until(() =>
        expect(
          JSON.stringify(
            qc
              .getMutationCache()
              .getAll()
              .map((m) => m.state),
          ),
        ).not.toContain(created.key),
      );
      await until(() => expect(ui.create.data).toBeUndefined());
    });

    it('follows a reactive query: a new offset fetches that page, and the old one comes back', async () => {
      const mock = createMock({ baseUrl, keys: apiKeyFixtures(150) });
      const mg = mockClient(mock);
      let offset!: Signal<ListQuery | undefined>;
      const { result: list } = mount(mg, driver.queryClient(), (fns) => {
        offset = fns.signal<ListQuery | undefined>({ offset: 0 });
        return fns.useApiKeys(offset);
      });
      await until(() => expect(list.data?.data.length).toBe(100));
      const from = mock.calls.length;
      offset.set({ offset: 100 });
      const second = mock.keys.slice(100).map((k) => k.hash);
      await until(() => expect(list.data?.data.map((k) => k.hash)).toEqual(second));
      expect(callsSince(mock, from)).toEqual(['list']);
      offset.set({ offset: 0 });
      await until(() => expect(list.data?.data[0]?.hash).toBe(mock.keys[0]!.hash));
    });
  });
}
