// This file is generated from spec/openapi.yaml by @hey-api/openapi-ts (pnpm generate).
// Do not edit it by hand: change the spec or scripts/generate.ts and regenerate.

import {
  type InfiniteData,
  infiniteQueryOptions,
  queryOptions,
  type UseMutationOptions,
} from '@tanstack/react-query';

import {
  client,
  createKeys,
  type CreateKeysData,
  type CreateKeysError,
  type CreateKeysResponse,
  deleteKeys,
  type DeleteKeysData,
  type DeleteKeysError,
  type DeleteKeysResponse,
  getCurrentKey,
  type GetCurrentKeyData,
  type GetCurrentKeyError,
  type GetCurrentKeyResponse,
  getKey,
  type GetKeyData,
  type GetKeyError,
  type GetKeyResponse,
  list,
  type ListData,
  type ListError,
  type ListResponse,
  type Options,
  updateKeys,
  type UpdateKeysData,
  type UpdateKeysError,
  type UpdateKeysResponse,
} from '@modelgates/sdk';

export type QueryKey<TOptions extends Options> = [
  Pick<TOptions, 'baseUrl' | 'body' | 'headers' | 'path' | 'query'> & {
    _id: string;
    _infinite?: boolean;
    tags?: ReadonlyArray<string>;
  },
];

const createQueryKey = <TOptions extends Options>(
  id: string,
  options?: TOptions,
  infinite?: boolean,
  tags?: ReadonlyArray<string>,
): [QueryKey<TOptions>[0]] => {
  const params: QueryKey<TOptions>[0] = {
    _id: id,
    baseUrl: options?.baseUrl || (options?.client ?? client).getConfig().baseUrl,
  } as QueryKey<TOptions>[0];
  if (infinite) {
    params._infinite = infinite;
  }
  if (tags) {
    params.tags = tags;
  }
  if (options?.body) {
    params.body = options.body;
  }
  if (options?.headers) {
    params.headers = options.headers;
  }
  if (options?.path) {
    params.path = options.path;
  }
  if (options?.query) {
    params.query = options.query;
  }
  return [params];
};

export const getCurrentKeyQueryKey = (options?: Options<GetCurrentKeyData>) =>
  createQueryKey('getCurrentKey', options);

/**
 * Get current API key
 *
 * Get information on the API key associated with the current authentication session. Works with any key.
 */
export const getCurrentKeyOptions = (options?: Options<GetCurrentKeyData>) =>
  queryOptions<
    GetCurrentKeyResponse,
    GetCurrentKeyError,
    GetCurrentKeyResponse,
    ReturnType<typeof getCurrentKeyQueryKey>
  >({
    queryFn: async ({ queryKey, signal }) => {
      const { data } = await getCurrentKey({
        ...options,
        ...queryKey[0],
        signal,
        throwOnError: true,
      });
      return data;
    },
    queryKey: getCurrentKeyQueryKey(options),
  });

export const listQueryKey = (options?: Options<ListData>) => createQueryKey('list', options);

/**
 * List API keys
 *
 * List the API keys of the authenticated user, up to 100 per page; use `offset` to page.
 * Management key required.
 *
 */
export const listOptions = (options?: Options<ListData>) =>
  queryOptions<ListResponse, ListError, ListResponse, ReturnType<typeof listQueryKey>>({
    queryFn: async ({ queryKey, signal }) => {
      const { data } = await list({
        ...options,
        ...queryKey[0],
        signal,
        throwOnError: true,
      });
      return data;
    },
    queryKey: listQueryKey(options),
  });

const createInfiniteParams = <K extends Pick<QueryKey<Options>[0], 'body' | 'headers' | 'path' | 'query'>>(
  queryKey: QueryKey<Options>,
  page: K,
) => {
  const params = { ...queryKey[0] };
  if (page.body) {
    params.body = {
      ...(queryKey[0].body as any),
      ...(page.body as any),
    };
  }
  if (page.headers) {
    params.headers = {
      ...queryKey[0].headers,
      ...page.headers,
    };
  }
  if (page.path) {
    params.path = {
      ...(queryKey[0].path as any),
      ...(page.path as any),
    };
  }
  if (page.query) {
    params.query = {
      ...(queryKey[0].query as any),
      ...(page.query as any),
    };
  }
  return params as unknown as typeof page;
};

export const listInfiniteQueryKey = (options?: Options<ListData>): QueryKey<Options<ListData>> =>
  createQueryKey('list', options, true);

/**
 * List API keys
 *
 * List the API keys of the authenticated user, up to 100 per page; use `offset` to page.
 * Management key required.
 *
 */
export const listInfiniteOptions = (options?: Options<ListData>) => {
  const opts = infiniteQueryOptions<
    ListResponse,
    ListError,
    InfiniteData<ListResponse>,
    QueryKey<Options<ListData>>,
    number | Pick<QueryKey<Options<ListData>>[0], 'body' | 'headers' | 'path' | 'query'>
  >(
    // @ts-ignore
    {
      queryFn: async ({ pageParam, queryKey, signal }) => {
        // @ts-ignore
        const page: Pick<QueryKey<Options<ListData>>[0], 'body' | 'headers' | 'path' | 'query'> =
          typeof pageParam === 'object'
            ? pageParam
            : {
                query: {
                  offset: pageParam,
                },
              };
        const params = createInfiniteParams(queryKey, page);
        const { data } = await list({
          ...options,
          ...params,
          signal,
          throwOnError: true,
        });
        return data;
      },
      queryKey: listInfiniteQueryKey(options),
    },
  );
  return opts as Omit<typeof opts, 'initialData'>;
};

/**
 * Create a new API key
 *
 * Create a new API key for the authenticated user. Management key required.
 * The plaintext `key` in the response is shown only once: store it securely.
 *
 */
export const createKeysMutation = (
  options?: Partial<Options<CreateKeysData>>,
): UseMutationOptions<CreateKeysResponse, CreateKeysError, Options<CreateKeysData>> => {
  const mutationOptions: UseMutationOptions<CreateKeysResponse, CreateKeysError, Options<CreateKeysData>> = {
    mutationFn: async (fnOptions) => {
      const { data } = await createKeys({
        ...options,
        ...fnOptions,
        throwOnError: true,
      });
      return data;
    },
  };
  return mutationOptions;
};

/**
 * Delete an API key
 *
 * Delete an existing API key. Management key required.
 */
export const deleteKeysMutation = (
  options?: Partial<Options<DeleteKeysData>>,
): UseMutationOptions<DeleteKeysResponse, DeleteKeysError, Options<DeleteKeysData>> => {
  const mutationOptions: UseMutationOptions<DeleteKeysResponse, DeleteKeysError, Options<DeleteKeysData>> = {
    mutationFn: async (fnOptions) => {
      const { data } = await deleteKeys({
        ...options,
        ...fnOptions,
        throwOnError: true,
      });
      return data;
    },
  };
  return mutationOptions;
};

export const getKeyQueryKey = (options: Options<GetKeyData>) => createQueryKey('getKey', options);

/**
 * Get a single API key
 *
 * Get a single API key by hash. Management key required.
 */
export const getKeyOptions = (options: Options<GetKeyData>) =>
  queryOptions<GetKeyResponse, GetKeyError, GetKeyResponse, ReturnType<typeof getKeyQueryKey>>({
    queryFn: async ({ queryKey, signal }) => {
      const { data } = await getKey({
        ...options,
        ...queryKey[0],
        signal,
        throwOnError: true,
      });
      return data;
    },
    queryKey: getKeyQueryKey(options),
  });

/**
 * Update an API key
 *
 * Update an existing API key. Every field is optional; only the fields sent change. Management key required.
 */
export const updateKeysMutation = (
  options?: Partial<Options<UpdateKeysData>>,
): UseMutationOptions<UpdateKeysResponse, UpdateKeysError, Options<UpdateKeysData>> => {
  const mutationOptions: UseMutationOptions<UpdateKeysResponse, UpdateKeysError, Options<UpdateKeysData>> = {
    mutationFn: async (fnOptions) => {
      const { data } = await updateKeys({
        ...options,
        ...fnOptions,
        throwOnError: true,
      });
      return data;
    },
  };
  return mutationOptions;
};
