// This file is generated from spec/openapi.yaml by scripts/generate-registry.ts (pnpm generate).
// Do not edit it by hand: change the spec or the generator and regenerate.

import type { APIPromise, Caller, RequestOptions } from '../client.js';
import type {
  CreateKeysData,
  CreateKeysResponse,
  DeleteKeysData,
  DeleteKeysResponse,
  GetCurrentKeyData,
  GetCurrentKeyResponse,
  GetKeyData,
  GetKeyResponse,
  ListData,
  ListResponse,
  UpdateKeysData,
  UpdateKeysResponse,
} from './types.gen.js';

/**
 * A resource's client: a non-enumerable property set by its constructor, neither a #private field
 * nor a declared member. Vue's `reactive`, a deep `ref` and Pinia stores hold the client behind a
 * proxy: a private field refuses a proxy at run time, and a private member makes the unwrapped
 * type (`UnwrapNestedRefs<ModelGates>`) unassignable to `ModelGates`. Configurable, so a proxy may
 * hand back its own wrapper of it.
 */
const callerOf = (resource: object): Caller => (resource as { mg: Caller }).mg;

/** `T` with its `K` fields also taking a `Date`. */
type WithDates<T, K extends PropertyKey> = [K] extends [never]
  ? T
  : Omit<T, K & keyof T> & { [P in K & keyof T]?: T[P] | Date };

/** `apiKeys.list`'s query parameters. */
export type ListQuery = NonNullable<ListData['query']>;
/** `apiKeys.create`'s body: the wire fields, with date-time fields also taking a `Date` (sent as UTC). */
export type CreateKeyInput = WithDates<CreateKeysData['body'], 'expires_at'>;
/** `apiKeys.update`'s body: the wire fields. */
export type UpdateKeyInput = WithDates<UpdateKeysData['body'], never>;

/** The apiKeys operations: `mg.apiKeys`. */
export class ApiKeys {
  constructor(mg: Caller) {
    Object.defineProperty(this, 'mg', { value: mg, configurable: true });
  }

  /**
   * Get current API key
   *
   * Get information on the API key associated with the current authentication session. Works with any key.
   */
  getCurrentKeyMetadata(options?: RequestOptions): APIPromise<GetCurrentKeyResponse> {
    return callerOf(this).request('getCurrentKey', {}, options);
  }

  /**
   * List API keys
   *
   * List the API keys of the authenticated user, up to 100 per page; use `offset` to page. Management key required.
   */
  list(query?: ListQuery, options?: RequestOptions): APIPromise<ListResponse> {
    return callerOf(this).request('list', { query }, options);
  }

  /** Every item of `list`, page after page (100 a page), fetched lazily as you iterate. */
  listAll(query?: ListQuery, options?: RequestOptions): AsyncGenerator<ListResponse['data'][number]> {
    return callerOf(this).paginate<ListResponse['data'][number]>('list', query, options);
  }

  /**
   * Create a new API key
   *
   * Create a new API key for the authenticated user. Management key required. The plaintext `key` in the response is shown only once: store it securely.
   */
  create(body: CreateKeyInput, options?: RequestOptions): APIPromise<CreateKeysResponse> {
    return callerOf(this).request('createKeys', { body }, options);
  }

  /**
   * Get a single API key
   *
   * Get a single API key by hash. Management key required.
   */
  get(hash: GetKeyData['path']['hash'], options?: RequestOptions): APIPromise<GetKeyResponse> {
    return callerOf(this).request('getKey', { path: { hash } }, options);
  }

  /**
   * Update an API key
   *
   * Update an existing API key. Every field is optional; only the fields sent change. Management key required.
   */
  update(
    hash: UpdateKeysData['path']['hash'],
    body: UpdateKeyInput,
    options?: RequestOptions,
  ): APIPromise<UpdateKeysResponse> {
    return callerOf(this).request('updateKeys', { path: { hash }, body }, options);
  }

  /**
   * Delete an API key
   *
   * Delete an existing API key. Management key required.
   */
  delete(hash: DeleteKeysData['path']['hash'], options?: RequestOptions): APIPromise<DeleteKeysResponse> {
    return callerOf(this).request('deleteKeys', { path: { hash } }, options);
  }
}

/** The resources of a `ModelGates` client. */
export interface Resources {
  readonly apiKeys: ApiKeys;
}

/** Makes the resources of a client. */
export function createResources(mg: Caller): Resources {
  return { apiKeys: new ApiKeys(mg) };
}
