import {
  type ApiKey,
  type CurrentKey,
  zApiKey,
  zCreateKeysData,
  zCurrentKey,
  zListData,
  zUpdateKeysData,
} from '@modelgates/zod';
import { MockConfigError } from './internal/errors.js';
import { exampleCurrentKey, exampleKeys, exampleWorkspaceId } from './internal/examples.js';
import { type FieldIssue, fieldIssues } from './internal/issues.js';

/** The six operations, by the spec's operationIds (the same names as the sdk's `OperationName`). */
export type OperationName = 'getCurrentKey' | 'list' | 'createKeys' | 'getKey' | 'updateKeys' | 'deleteKeys';
export const operationNames: readonly OperationName[] = [
  'getCurrentKey',
  'list',
  'createKeys',
  'getKey',
  'updateKeys',
  'deleteKeys',
];

/** The production base URL the sdk uses by default; the MSW handlers intercept it unless told otherwise. */
export const DEFAULT_BASE_URL = 'https://modelgates.ai/api/v1';
/** Keys per page of `GET /keys`. */
export const PAGE_SIZE = 100;

export interface MockOptions {
  /** The keys the mock starts with (and returns to on `reset()`); the spec's three examples by default. */
  keys?: readonly ApiKey[];
  /** Fields of the `GET /key` answer; the rest is the spec's example. */
  currentKey?: Partial<CurrentKey>;
  /**
   * The bearer keys that count as management keys. Unset: every bearer key does. Set: any other key
   * still authenticates, gets `GET /key`, and is refused with 403 on the five management operations.
   */
  managementKeys?: readonly string[];
  /** The workspace `list` shows and `create` uses when none is given; the spec's example workspace by default. */
  defaultWorkspaceId?: string;
  /** Added to every call, in milliseconds. */
  latencyMs?: number;
  /** The clock for `created_at` and `updated_at`. */
  now?: () => Date;
}

/** The next `times` calls (of `operation` only, when given) are answered with `status`. */
export interface StatusFault {
  status: 429 | 500 | 503;
  times?: number;
  operation?: OperationName;
  /** The `Retry-After` header, in seconds or as an HTTP date. 429 sends `1` unless told otherwise; `null` sends none. */
  retryAfter?: number | string | null;
}

/** The next `times` calls (of `operation` only, when given) lose their connection without an answer. */
export interface DropFault {
  times?: number;
  operation?: OperationName;
}

/** One call the mock answered, for assertions. No headers, no bodies: nothing secret. */
export interface MockCall {
  operation: OperationName | null;
  method: string;
  path: string;
  status: number | 'dropped';
}

interface QueuedFault {
  kind: 'status' | 'drop';
  status: number;
  retryAfter: string | null;
  remaining: number;
  operation: OperationName | undefined;
}

const messages: Record<number, string> = {
  400: 'Invalid request parameters',
  401: 'Missing Authentication header',
  403: 'Only management keys can perform this operation',
  404: 'Resource not found',
  429: 'Rate limit exceeded',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const optionNames = new Set([
  'keys',
  'currentKey',
  'managementKeys',
  'defaultWorkspaceId',
  'latencyMs',
  'now',
]);
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function firstIssue(field: string, issues: FieldIssue[]): never {
  const first = issues[0]!;
  throw new MockConfigError(first.field || field, first.problem);
}

function checkObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MockConfigError(field, 'must be an object');
  }
  return value as Record<string, unknown>;
}

/** Checks one `ApiKey` (a fixture or a seed) against the spec's schema; throws naming the field. */
export function checkApiKey(value: unknown, field = 'key'): ApiKey {
  checkObject(value, field);
  const parsed = zApiKey.safeParse(value);
  if (!parsed.success) firstIssue(field, fieldIssues(parsed.error.issues, value, field));
  // zod strips unknown fields; keep them, as the service may add fields over time.
  return structuredClone(value) as ApiKey;
}

function checkLatency(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new MockConfigError(field, 'must be a finite number of milliseconds >= 0');
  }
  return value;
}

function checkTimes(value: unknown, field: string): number {
  if (value === undefined) return 1;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new MockConfigError(field, 'must be an integer >= 1');
  }
  return value;
}

function checkOperation(value: unknown, field: string): OperationName | undefined {
  if (value === undefined) return undefined;
  if (!operationNames.includes(value as OperationName)) {
    throw new MockConfigError(field, `must be one of ${operationNames.join(', ')}`);
  }
  return value as OperationName;
}

const hex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

/** The label the service shows for a secret: its prefix, three characters, `...`, its last four. */
export const labelOf = (secret: string): string => {
  const body = secret.replace(/^sk-or-v1-/, '');
  return `sk-or-v1-${body.slice(0, 3)}...${body.slice(-4)}`;
};

/** The usage fields of a key that has not been used yet. */
export const noUsage = {
  usage: 0,
  usage_daily: 0,
  usage_weekly: 0,
  usage_monthly: 0,
  byok_usage: 0,
  byok_usage_daily: 0,
  byok_usage_weekly: 0,
  byok_usage_monthly: 0,
} as const satisfies Partial<ApiKey>;

const remaining = (limit: number | null, usage: number) =>
  limit === null ? null : Math.max(0, limit - usage);

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

interface Route {
  operation: OperationName;
  hash?: string;
}

/** Matches the path's end, so any base path works (`/api/v1/keys`, `/keys`). */
function route(method: string, pathname: string): Route | null {
  const m = /\/(key|keys)(?:\/([^/]+))?\/?$/.exec(pathname);
  if (!m) return null;
  const [, collection, segment] = m;
  if (collection === 'key') return !segment && method === 'GET' ? { operation: 'getCurrentKey' } : null;
  if (segment === undefined) {
    if (method === 'GET') return { operation: 'list' };
    if (method === 'POST') return { operation: 'createKeys' };
    return null;
  }
  let hash: string;
  try {
    hash = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const operation = ({ GET: 'getKey', PATCH: 'updateKeys', DELETE: 'deleteKeys' } as const)[method as 'GET'];
  return operation ? { operation, hash } : null;
}

/**
 * The in-memory API: one core behind the MSW handlers (`@modelgates/mock/msw`), the `fetch` and
 * the HTTP server (`@modelgates/mock/server`). It follows the wire contract of spec/openapi.yaml,
 * validates requests with the `@modelgates/zod` schemas, and keeps its state until `reset()`.
 */
export class MockApi {
  readonly #seed: readonly ApiKey[];
  readonly #current: CurrentKey;
  readonly #management: ReadonlySet<string> | null;
  readonly #workspace: string;
  readonly #now: () => Date;
  readonly #defaultLatency: number;
  #latency: number;
  #keys = new Map<string, ApiKey>();
  #faults: QueuedFault[] = [];
  #calls: MockCall[] = [];
  #requests = 0;

  constructor(options: MockOptions = {}) {
    checkObject(options, 'options');
    for (const name of Object.keys(options)) {
      if (!optionNames.has(name))
        throw new MockConfigError(name, `is not an option (expected one of ${[...optionNames].join(', ')})`);
    }
    if (options.keys !== undefined && !Array.isArray(options.keys))
      throw new MockConfigError('keys', 'must be an array of ApiKey');
    const seen = new Set<string>();
    this.#seed = (options.keys ?? exampleKeys).map((key, i) => {
      const checked = checkApiKey(key, `keys[${i}]`);
      if (seen.has(checked.hash))
        throw new MockConfigError(`keys[${i}].hash`, 'is the hash of an earlier key');
      seen.add(checked.hash);
      return checked;
    });
    if (options.currentKey !== undefined) checkObject(options.currentKey, 'currentKey');
    const current = { ...exampleCurrentKey, ...options.currentKey };
    const parsedCurrent = zCurrentKey.safeParse(current);
    if (!parsedCurrent.success)
      firstIssue('currentKey', fieldIssues(parsedCurrent.error.issues, current, 'currentKey'));
    this.#current = structuredClone(current);
    if (options.managementKeys !== undefined) {
      if (!Array.isArray(options.managementKeys))
        throw new MockConfigError('managementKeys', 'must be an array of strings');
      options.managementKeys.forEach((k, i) => {
        if (typeof k !== 'string' || k.trim() === '')
          throw new MockConfigError(`managementKeys[${i}]`, 'must be a non-empty string');
      });
      this.#management = new Set(options.managementKeys);
    } else this.#management = null;
    const workspace = options.defaultWorkspaceId ?? exampleWorkspaceId;
    if (typeof workspace !== 'string' || !uuid.test(workspace))
      throw new MockConfigError('defaultWorkspaceId', 'must be a UUID');
    this.#workspace = workspace;
    if (options.now !== undefined && typeof options.now !== 'function')
      throw new MockConfigError('now', 'must be a function returning a Date');
    this.#now = options.now ?? (() => new Date());
    this.#defaultLatency = options.latencyMs === undefined ? 0 : checkLatency(options.latencyMs, 'latencyMs');
    this.#latency = this.#defaultLatency;
    this.reset();
  }

  /** A copy of every key, in the order `list` returns them (disabled ones and every workspace included). */
  get keys(): ApiKey[] {
    return [...this.#keys.values()].map((k) => structuredClone(k));
  }

  /** A copy of one key, or `undefined` when no key has this hash. */
  key(hash: string): ApiKey | undefined {
    const key = this.#keys.get(hash);
    return key && structuredClone(key);
  }

  /** Every call answered since the last `reset()`, oldest first. */
  get calls(): readonly MockCall[] {
    return [...this.#calls];
  }

  /** Back to the seed keys; forgets calls and pending faults and restores the configured latency. */
  reset(): void {
    this.#keys = new Map(this.#seed.map((k) => [k.hash, structuredClone(k)]));
    this.#faults = [];
    this.#calls = [];
    this.#latency = this.#defaultLatency;
  }

  /** Answers the next `times` calls (default 1), of `operation` only when given, with `status`. */
  failNext(fault: StatusFault): void {
    checkObject(fault, 'fault');
    if (![429, 500, 503].includes(fault.status))
      throw new MockConfigError('fault.status', 'must be 429, 500 or 503');
    let retryAfter = fault.status === 429 ? '1' : null;
    if (fault.retryAfter === null) retryAfter = null;
    else if (typeof fault.retryAfter === 'number') {
      if (!Number.isInteger(fault.retryAfter) || fault.retryAfter < 0)
        throw new MockConfigError(
          'fault.retryAfter',
          'must be an integer number of seconds >= 0 or an HTTP date',
        );
      retryAfter = String(fault.retryAfter);
    } else if (typeof fault.retryAfter === 'string') {
      if (!/^\d+$/.test(fault.retryAfter) && Number.isNaN(Date.parse(fault.retryAfter))) {
        throw new MockConfigError('fault.retryAfter', 'must be an integer number of seconds or an HTTP date');
      }
      retryAfter = fault.retryAfter;
    } else if (fault.retryAfter !== undefined)
      throw new MockConfigError('fault.retryAfter', 'must be a number, a string or null');
    this.#faults.push({
      kind: 'status',
      status: fault.status,
      retryAfter,
      remaining: checkTimes(fault.times, 'fault.times'),
      operation: checkOperation(fault.operation, 'fault.operation'),
    });
  }

  /** The next `times` calls (default 1), of `operation` only when given, get no answer: the connection drops. */
  dropNext(fault: DropFault = {}): void {
    checkObject(fault, 'fault');
    this.#faults.push({
      kind: 'drop',
      status: 0,
      retryAfter: null,
      remaining: checkTimes(fault.times, 'fault.times'),
      operation: checkOperation(fault.operation, 'fault.operation'),
    });
  }

  /** Sets the latency added to every call, in milliseconds (0 for none). */
  setLatency(ms: number): void {
    this.#latency = checkLatency(ms, 'latencyMs');
  }

  /** Forgets pending `failNext`/`dropNext` faults. */
  clearFaults(): void {
    this.#faults = [];
  }

  /** A `fetch` that answers from this mock, with no network: `new ModelGates({ fetch: mock.fetch })`. */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const response = await this.handle(request);
    if (!response) {
      // What undici throws when the server closes the connection without answering.
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
      });
    }
    return response;
  };

  /**
   * Answers one request, or resolves to `null` when a `dropNext` fault says the connection drops
   * (each adapter drops it its own way). For adapters to other frameworks.
   */
  async handle(request: Request): Promise<Response | null> {
    const url = new URL(request.url);
    const found = route(request.method, url.pathname);
    const operation = found?.operation ?? null;
    if (this.#latency > 0) await sleep(this.#latency, request.signal);
    const fault = operation ? this.#takeFault(operation) : undefined;
    const call = { operation, method: request.method, path: url.pathname + url.search };
    if (fault?.kind === 'drop') {
      this.#calls.push({ ...call, status: 'dropped' });
      return null;
    }
    let response: Response;
    if (fault) {
      response = this.#error(
        fault.status,
        undefined,
        fault.retryAfter ? { 'retry-after': fault.retryAfter } : {},
      );
    } else if (!found) {
      response = this.#error(404);
    } else {
      response = await this.#operate(found, request, url);
    }
    this.#calls.push({ ...call, status: response.status });
    return response;
  }

  #takeFault(operation: OperationName): QueuedFault | undefined {
    const index = this.#faults.findIndex((f) => f.operation === undefined || f.operation === operation);
    if (index < 0) return undefined;
    const fault = this.#faults[index]!;
    if (--fault.remaining === 0) this.#faults.splice(index, 1);
    return fault;
  }

  #json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
    return new Response(JSON.stringify(body), {
      status,
      headers: {
        'content-type': 'application/json',
        'x-request-id': `req_mock_${++this.#requests}`,
        ...headers,
      },
    });
  }

  #error(status: number, issues?: FieldIssue[], headers?: Record<string, string>): Response {
    const base = messages[status] ?? 'Error';
    const message = issues?.length
      ? `${base}: ${issues.map((i) => `${i.field} ${i.problem}`).join('; ')}`
      : base;
    const error = issues?.length
      ? { code: status, message, metadata: { issues } }
      : { code: status, message };
    return this.#json(status, { error }, headers);
  }

  async #operate({ operation, hash }: Route, request: Request, url: URL): Promise<Response> {
    const auth = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
    if (!auth) return this.#error(401);
    const management = this.#management === null || this.#management.has(auth[1]!);
    if (operation === 'getCurrentKey') {
      return this.#json(200, {
        data: {
          ...structuredClone(this.#current),
          is_management_key: management,
          is_provisioning_key: management,
        },
      });
    }
    if (!management) return this.#error(403);

    if (operation === 'list') {
      const query: Record<string, unknown> = {};
      for (const [name, value] of url.searchParams) {
        if (name === 'include_disabled')
          query[name] = value === 'true' ? true : value === 'false' ? false : value;
        else if (name === 'offset') query[name] = /^-?\d+$/.test(value) ? Number(value) : value;
        else if (name === 'workspace_id') query[name] = value;
      }
      const input = { query };
      const parsed = zListData.safeParse(input);
      if (!parsed.success) return this.#error(400, fieldIssues(parsed.error.issues, input, '', 1));
      const q = parsed.data.query ?? {};
      const workspace = q.workspace_id ?? this.#workspace;
      const offset = q.offset ?? 0;
      const page = [...this.#keys.values()]
        .filter((k) => k.workspace_id === workspace && (q.include_disabled || !k.disabled))
        .slice(offset, offset + PAGE_SIZE);
      return this.#json(200, { data: structuredClone(page) });
    }

    if (operation === 'createKeys' || operation === 'updateKeys') {
      const text = await request.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return this.#error(400, [{ field: 'body', problem: text ? 'must be JSON' : 'is required' }]);
      }
      if (operation === 'createKeys') {
        const parsed = zCreateKeysData.safeParse({ body });
        if (!parsed.success) return this.#error(400, fieldIssues(parsed.error.issues, { body }, '', 1));
        const input = parsed.data.body;
        const secret = `sk-or-v1-${hex(32)}`;
        const key: ApiKey = {
          hash: hex(32),
          name: input.name,
          label: labelOf(secret),
          disabled: false,
          limit: input.limit ?? null,
          limit_remaining: input.limit ?? null,
          limit_reset: input.limit_reset ?? null,
          include_byok_in_limit: input.include_byok_in_limit ?? false,
          ...noUsage,
          created_at: this.#now().toISOString(),
          updated_at: null,
          creator_user_id: input.creator_user_id ?? null,
          workspace_id: input.workspace_id ?? this.#workspace,
          expires_at: input.expires_at ?? null,
        };
        this.#keys.set(key.hash, key);
        return this.#json(201, { data: structuredClone(key), key: secret });
      }
      const parsed = zUpdateKeysData.safeParse({ body, path: { hash } });
      if (!parsed.success) return this.#error(400, fieldIssues(parsed.error.issues, { body }, '', 1));
      const key = this.#keys.get(hash!);
      if (!key) return this.#error(404);
      const changes = parsed.data.body;
      for (const field of ['name', 'disabled', 'include_byok_in_limit', 'limit', 'limit_reset'] as const) {
        if (changes[field] !== undefined) (key as Record<string, unknown>)[field] = changes[field];
      }
      if (changes.limit !== undefined) key.limit_remaining = remaining(key.limit, key.usage);
      key.updated_at = this.#now().toISOString();
      return this.#json(200, { data: structuredClone(key) });
    }

    const key = this.#keys.get(hash!);
    if (!key) return this.#error(404);
    if (operation === 'getKey') return this.#json(200, { data: structuredClone(key) });
    this.#keys.delete(hash!);
    return this.#json(200, { deleted: true });
  }
}

/** A new mock (the same as `new MockApi(options)`). */
export const createMock = (options?: MockOptions): MockApi => new MockApi(options);
