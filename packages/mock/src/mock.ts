import { type OperationId, operationRoutes, schemaFields } from '@modelgates/sdk';
import {
  type ApiKey,
  type CurrentKey,
  zApiKey,
  zCreateKeysData,
  zCurrentKey,
  zListData,
  zUpdateKeysData,
} from '@modelgates/zod';
import { errorExamples, exampleCurrentKey, exampleKeys, exampleWorkspaceId } from './gen/examples.gen.js';
import { checkKeyRules, fromSchema, remaining } from './internal/api-key.js';
import { MockConfigError } from './internal/errors.js';
import { type FieldIssue, fieldIssues } from './internal/issues.js';
import { basePath, type Match, route, within } from './internal/routes.js';

/** An operation of the spec, by its operationId (the registry's `OperationId`). */
export type OperationName = OperationId;
/** Every operation of the spec, from the operation registry. */
export const operationNames = Object.keys(operationRoutes) as readonly OperationName[];

/** The production base URL the sdk uses by default; `mock.fetch` and the MSW handlers answer under it unless told otherwise. */
export const DEFAULT_BASE_URL = 'https://modelgates.ai/api/v1';
/** Keys per page of `GET /keys`. */
export const PAGE_SIZE = operationRoutes.list.paginated.pageSize;

/**
 * `'any'` (the default): any bearer key authenticates, as with Prism, so a test can start with
 * `apiKey: 'test'`. `'keys'`: only known keys do (`managementKeys`, `keySecrets` and every secret
 * the mock created); disabled, expired and deleted keys get 401.
 */
export type AuthMode = 'any' | 'keys';

export interface MockOptions {
  /** The keys the mock starts with (and returns to on `reset()`); the spec's examples by default. */
  keys?: readonly ApiKey[];
  /** Fields of the `GET /key` answer for a management key (or any key the mock does not hold); the rest is the spec's example. */
  currentKey?: Partial<CurrentKey>;
  /** See `AuthMode`; `'any'` by default. */
  auth?: AuthMode;
  /**
   * The bearer keys that are management keys. Unset in `'any'` mode: every key is. Set: any other
   * key is refused with 403 on the operations that need a management key. Required in `'keys'` mode.
   */
  managementKeys?: readonly string[];
  /** Secrets of seed keys, `{ [secret]: hash }`: they authenticate as that key (never printed). */
  keySecrets?: Readonly<Record<string, string>>;
  /** The workspace `list` shows and `create` uses when none is given; the spec's example workspace by default. */
  defaultWorkspaceId?: string;
  /** The base URL your client calls: `mock.fetch` refuses any other. `DEFAULT_BASE_URL` by default. */
  baseUrl?: string;
  /** Added to every call (a number) or to some operations (`{ list: 200 }`), in milliseconds. */
  latencyMs?: number | Partial<Record<OperationName, number>>;
  /** How many calls `mock.calls` keeps (the oldest go first); 1000 by default. */
  maxCalls?: number;
  /** The clock for `created_at`, `updated_at` and expiry. */
  now?: () => Date;
}

/** The next `times` calls (of `operation` only, when given) are answered with `status` and no change. */
export interface StatusFault {
  /** Any error status, 400 to 599. */
  status: number;
  times?: number;
  operation?: OperationName;
  /** The `Retry-After` header, in seconds or as an HTTP date. 429 sends `1` unless told otherwise; `null` sends none. */
  retryAfter?: number | string | null;
  /** The JSON body; the spec's error body for the status by default (`{ error: { code, message } }`). */
  body?: unknown;
  /** An HTML error page (`text/html`), as a proxy or load balancer sends, instead of a JSON body. */
  html?: boolean;
}

/** The next `times` calls (of `operation` only, when given) lose their connection without an answer. */
export interface DropFault {
  times?: number;
  operation?: OperationName;
}

/** The next `times` calls are answered (the operation runs), but the body stalls or drips. */
export interface BodyFault {
  times?: number;
  operation?: OperationName;
}
export interface DripFault extends BodyFault {
  /** Bytes per chunk; 8 by default. */
  chunkBytes?: number;
  /** Milliseconds between chunks; 100 by default. */
  intervalMs?: number;
}

/** One call the mock answered, for assertions. No headers, no bodies: nothing secret. */
export interface MockCall {
  operation: OperationName | null;
  method: string;
  path: string;
  status: number | 'dropped';
}

/**
 * A per-call override (`mock.use`): return a `Response` to answer with it, or `undefined` to let the
 * mock answer. `next()` runs the mock's own behaviour (auth, validation, state) and returns its answer.
 */
export type OverrideHandler = (
  request: Request,
  context: { operation: OperationName; params: Record<string, string>; next: () => Promise<Response> },
) => Response | undefined | Promise<Response | undefined>;

type FaultKind = 'status' | 'drop' | 'stall' | 'drip';
interface QueuedFault {
  kind: FaultKind;
  status: number;
  retryAfter: string | null;
  body: unknown;
  html: boolean;
  chunkBytes: number;
  intervalMs: number;
  remaining: number;
  operation: OperationName | undefined;
}

interface Override {
  operation: OperationName;
  handler: OverrideHandler;
  remaining: number;
}

/** Who is calling: a management key, or one of the mock's keys (`key`), or (in `'any'` mode) some other key. */
interface Caller {
  management: boolean;
  key: ApiKey | undefined;
}

interface Context {
  request: Request;
  url: URL;
  params: Record<string, string>;
  caller: Caller;
}

/** What each operation does: hand-written, one entry per operation of the registry. */
interface Behaviour {
  /** Needs a management key (the spec: every operation but `GET /key`). */
  management: boolean;
  run(context: Context): Response | Promise<Response>;
}

const reasons: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  501: 'Not Implemented',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
/** The message of the error body for a status: the spec's example when it declares one. */
const messageOf = (status: number) => errorExamples[status]?.error.message ?? reasons[status] ?? 'Error';

const optionNames = new Set([
  'keys',
  'currentKey',
  'auth',
  'managementKeys',
  'keySecrets',
  'defaultWorkspaceId',
  'baseUrl',
  'latencyMs',
  'maxCalls',
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

/** Checks one `ApiKey` (a fixture or a seed) against the spec's schema and rules; throws naming the field. */
export function checkApiKey(value: unknown, field = 'key'): ApiKey {
  checkObject(value, field);
  const parsed = zApiKey.safeParse(value);
  if (!parsed.success) firstIssue(field, fieldIssues(parsed.error.issues, value, field));
  checkKeyRules(value as ApiKey, field);
  // zod strips unknown fields; keep them, as the service may add fields over time.
  return structuredClone(value) as ApiKey;
}

function checkMs(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new MockConfigError(field, 'must be a finite number of milliseconds >= 0');
  }
  return value;
}

function checkCount(value: unknown, field: string, fallback: number): number {
  if (value === undefined) return fallback;
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

function checkRetryAfter(value: unknown, status: number): string | null {
  if (value === null) return null;
  if (value === undefined) return status === 429 ? '1' : null;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0)
      throw new MockConfigError(
        'fault.retryAfter',
        'must be an integer number of seconds >= 0 or an HTTP date',
      );
    return String(value);
  }
  if (typeof value === 'string') {
    if (!/^\d+$/.test(value) && Number.isNaN(Date.parse(value)))
      throw new MockConfigError('fault.retryAfter', 'must be an integer number of seconds or an HTTP date');
    return value;
  }
  throw new MockConfigError('fault.retryAfter', 'must be a number, a string or null');
}

const hex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

/** The label the service shows for a secret: its prefix, three characters, `...`, its last four. */
export const labelOf = (secret: string): string => {
  const body = secret.replace(/^sk-or-v1-/, '');
  return `sk-or-v1-${body.slice(0, 3)}...${body.slice(-4)}`;
};

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

/** The same status, headers and body, the body sent never (stall) or a few bytes at a time (drip). */
async function slowBody(response: Response, fault: QueuedFault, signal: AbortSignal): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  let offset = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        try {
          controller.error(signal.reason);
        } catch {
          // already closed
        }
      });
    },
    pull(controller) {
      if (fault.kind === 'stall') return; // never a byte: nothing enqueued, and no pull pending
      return new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          controller.enqueue(bytes.slice(offset, offset + fault.chunkBytes));
          offset += fault.chunkBytes;
          if (offset >= bytes.length) controller.close();
          resolve();
        }, fault.intervalMs);
      });
    },
    cancel() {
      clearTimeout(timer);
    },
  });
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(body, { status: response.status, headers });
}

/**
 * The in-memory API: one core behind the MSW handlers (`@modelgates/mock/msw`), the `fetch` and
 * the HTTP server (`@modelgates/mock/server`). It follows the wire contract of spec/openapi.yaml,
 * validates requests with the `@modelgates/zod` schemas, and keeps its state until `reset()`.
 */
export class MockApi {
  readonly #seed: readonly ApiKey[];
  readonly #current: CurrentKey;
  readonly #auth: AuthMode;
  readonly #management: ReadonlySet<string> | null;
  readonly #seedSecrets: ReadonlyMap<string, string>;
  readonly #workspace: string;
  readonly #base: URL;
  readonly #now: () => Date;
  readonly #defaultLatency: ReadonlyMap<OperationName | '*', number>;
  readonly #maxCalls: number;
  #latency = new Map<OperationName | '*', number>();
  #keys = new Map<string, ApiKey>();
  /** Secret -> hash of every key that authenticates: the seed's `keySecrets` and every created key. */
  #secrets = new Map<string, string>();
  #faults: QueuedFault[] = [];
  #overrides: Override[] = [];
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
    const auth = options.auth ?? 'any';
    if (auth !== 'any' && auth !== 'keys') throw new MockConfigError('auth', "must be 'any' or 'keys'");
    this.#auth = auth;
    if (options.managementKeys !== undefined) {
      if (!Array.isArray(options.managementKeys))
        throw new MockConfigError('managementKeys', 'must be an array of strings');
      options.managementKeys.forEach((k, i) => {
        if (typeof k !== 'string' || k.trim() === '')
          throw new MockConfigError(`managementKeys[${i}]`, 'must be a non-empty string');
      });
      this.#management = new Set(options.managementKeys);
    } else this.#management = null;
    if (auth === 'keys' && !this.#management?.size)
      throw new MockConfigError(
        'managementKeys',
        "is required with auth: 'keys' (who else could manage keys?)",
      );
    const secrets = new Map<string, string>();
    if (options.keySecrets !== undefined) {
      for (const [secret, hash] of Object.entries(checkObject(options.keySecrets, 'keySecrets'))) {
        // The field named is the hash, never the secret.
        if (typeof hash !== 'string' || !seen.has(hash))
          throw new MockConfigError('keySecrets', 'maps each secret to the hash of a seed key');
        if (secret.trim() === '' || this.#management?.has(secret))
          throw new MockConfigError(
            `keySecrets[${hash}]`,
            'must be a non-empty secret that is not a management key',
          );
        secrets.set(secret, hash);
      }
    }
    this.#seedSecrets = secrets;
    const workspace = options.defaultWorkspaceId ?? exampleWorkspaceId;
    if (typeof workspace !== 'string' || !uuid.test(workspace))
      throw new MockConfigError('defaultWorkspaceId', 'must be a UUID');
    this.#workspace = workspace;
    try {
      this.#base = new URL(options.baseUrl ?? DEFAULT_BASE_URL);
    } catch {
      throw new MockConfigError('baseUrl', 'must be an absolute URL (https://host/path)');
    }
    if (options.now !== undefined && typeof options.now !== 'function')
      throw new MockConfigError('now', 'must be a function returning a Date');
    this.#now = options.now ?? (() => new Date());
    const latency = new Map<OperationName | '*', number>();
    if (typeof options.latencyMs === 'object' && options.latencyMs !== null) {
      for (const [operation, ms] of Object.entries(options.latencyMs))
        latency.set(checkOperation(operation, 'latencyMs')!, checkMs(ms, `latencyMs.${operation}`));
    } else if (options.latencyMs !== undefined) latency.set('*', checkMs(options.latencyMs, 'latencyMs'));
    this.#defaultLatency = latency;
    this.#maxCalls = checkCount(options.maxCalls, 'maxCalls', 1000);
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

  /** The calls answered since the last `reset()`, oldest first (the last `maxCalls` of them). */
  get calls(): readonly MockCall[] {
    return [...this.#calls];
  }

  /** The base URL `mock.fetch` answers under. */
  get baseUrl(): string {
    return this.#base.href.replace(/\/$/, '');
  }

  /**
   * Back to the start: the seed keys (created keys and their secrets forgotten), no calls, no pending
   * faults, no `use()` overrides, and the configured latency.
   */
  reset(): void {
    this.#keys = new Map(this.#seed.map((k) => [k.hash, structuredClone(k)]));
    this.#secrets = new Map(this.#seedSecrets);
    this.#faults = [];
    this.#overrides = [];
    this.#calls = [];
    this.#latency = new Map(this.#defaultLatency);
  }

  #queue(kind: FaultKind, fault: object, extra: Partial<QueuedFault> = {}): void {
    const f = checkObject(fault, 'fault');
    this.#faults.push({
      kind,
      status: 0,
      retryAfter: null,
      body: undefined,
      html: false,
      chunkBytes: 8,
      intervalMs: 100,
      remaining: checkCount(f['times'], 'fault.times', 1),
      operation: checkOperation(f['operation'], 'fault.operation'),
      ...extra,
    });
  }

  /** Answers the next `times` calls (default 1), of `operation` only when given, with `status`; nothing changes. */
  failNext(fault: StatusFault): void {
    checkObject(fault, 'fault');
    const { status } = fault;
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599)
      throw new MockConfigError('fault.status', 'must be an error status from 400 to 599');
    if (fault.html !== undefined && typeof fault.html !== 'boolean')
      throw new MockConfigError('fault.html', 'must be a boolean');
    if (fault.html && fault.body !== undefined)
      throw new MockConfigError('fault.body', 'cannot be combined with html: true');
    this.#queue('status', fault, {
      status,
      retryAfter: checkRetryAfter(fault.retryAfter, status),
      body: fault.body === undefined ? { error: { code: status, message: messageOf(status) } } : fault.body,
      html: fault.html ?? false,
    });
  }

  /** The next `times` calls (default 1), of `operation` only when given, get no answer: the connection drops. */
  dropNext(fault: DropFault = {}): void {
    this.#queue('drop', fault);
  }

  /** The next `times` calls run and send their status and headers, and then the body never comes. */
  stallNext(fault: BodyFault = {}): void {
    this.#queue('stall', fault);
  }

  /** The next `times` calls run and send their body `chunkBytes` at a time, `intervalMs` apart. */
  dripNext(fault: DripFault = {}): void {
    checkObject(fault, 'fault');
    this.#queue('drip', fault, {
      chunkBytes: checkCount(fault.chunkBytes, 'fault.chunkBytes', 8),
      intervalMs: fault.intervalMs === undefined ? 100 : checkMs(fault.intervalMs, 'fault.intervalMs'),
    });
  }

  /** Sets the latency added to every call, or to `operation`'s calls only, in milliseconds (0 for none). */
  setLatency(ms: number, operation?: OperationName): void {
    const checked = checkMs(ms, 'latencyMs');
    this.#latency.set(checkOperation(operation, 'operation') ?? '*', checked);
  }

  /** Forgets pending `failNext`/`dropNext`/`stallNext`/`dripNext` faults. */
  clearFaults(): void {
    this.#faults = [];
  }

  /**
   * Overrides `operation` (the latest `use` first, as MSW's `server.use`): `handler` answers, or
   * returns `undefined` to let the mock answer; `next()` is the mock's own answer. Lasts `times`
   * calls when given, otherwise until the returned function is called or `reset()`.
   */
  use(operation: OperationName, handler: OverrideHandler, options: { times?: number } = {}): () => void {
    checkOperation(operation, 'operation');
    if (operation === undefined) throw new MockConfigError('operation', 'is required');
    if (typeof handler !== 'function') throw new MockConfigError('handler', 'must be a function');
    const override: Override = {
      operation,
      handler,
      remaining: checkCount(checkObject(options, 'options')['times'], 'options.times', Infinity),
    };
    this.#overrides.unshift(override);
    return () => {
      this.#overrides = this.#overrides.filter((o) => o !== override);
    };
  }

  /**
   * A `fetch` that answers from this mock, with no network: `new ModelGates({ fetch: mock.fetch })`.
   * A request outside the mock's `baseUrl` is refused (a wrong base URL in the app under test is a
   * bug the test should see).
   */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (!within(url, this.#base)) {
      throw new TypeError(
        `@modelgates/mock: mock.fetch was called for ${url.origin}${url.pathname}, which is not under the ` +
          `mock's base URL ${this.baseUrl}. Give the client that base URL, or the mock yours: createMock({ baseUrl }).`,
      );
    }
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
   * (each adapter drops it its own way). Operations are matched under `baseUrl`'s path (the mock's
   * `baseUrl` by default; the server passes its own root). For adapters to other frameworks.
   */
  async handle(request: Request, options: { baseUrl?: string } = {}): Promise<Response | null> {
    const url = new URL(request.url);
    const found = route(request.method, url.pathname, basePath(options.baseUrl ?? this.#base.href));
    const operation = found?.operation ?? null;
    const latency = (operation && this.#latency.get(operation)) ?? this.#latency.get('*') ?? 0;
    if (latency > 0) await sleep(latency, request.signal);
    const fault = operation ? this.#take(this.#faults, operation) : undefined;
    const call = { operation, method: request.method, path: url.pathname + url.search };
    if (fault?.kind === 'drop') {
      this.#record({ ...call, status: 'dropped' });
      return null;
    }
    let response: Response;
    if (fault?.kind === 'status') {
      const headers: Record<string, string> = fault.retryAfter ? { 'retry-after': fault.retryAfter } : {};
      response = fault.html
        ? new Response(
            `<!DOCTYPE html>\n<html><head><title>${fault.status} ${reasons[fault.status] ?? 'Error'}</title></head>` +
              `<body><h1>${fault.status} ${reasons[fault.status] ?? 'Error'}</h1><hr><p>nginx</p></body></html>\n`,
            { status: fault.status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } },
          )
        : this.#json(fault.status, fault.body, headers);
    } else if (!found) {
      response = this.#error(404);
    } else {
      response = await this.#answer(found, request, url);
      if (fault) response = await slowBody(response, fault, request.signal);
    }
    this.#record({ ...call, status: response.status });
    return response;
  }

  #record(call: MockCall): void {
    this.#calls.push(call);
    if (this.#calls.length > this.#maxCalls) this.#calls.splice(0, this.#calls.length - this.#maxCalls);
  }

  #take<T extends { operation: OperationName | undefined; remaining: number }>(
    list: T[],
    operation: OperationName,
  ): T | undefined {
    const index = list.findIndex((f) => f.operation === undefined || f.operation === operation);
    if (index < 0) return undefined;
    const item = list[index]!;
    if (--item.remaining === 0) list.splice(index, 1);
    return item;
  }

  /** The `use()` overrides first (the latest first), then the mock's own behaviour. */
  async #answer(match: Match, request: Request, url: URL): Promise<Response> {
    const own = () => this.#operate(match, request, url);
    const candidates = this.#overrides.filter((o) => o.operation === match.operation);
    const run = async (i: number): Promise<Response> => {
      const override = candidates[i];
      if (!override) return own();
      if (--override.remaining <= 0) this.#overrides = this.#overrides.filter((o) => o !== override);
      const answer = await override.handler(request, {
        operation: match.operation,
        params: { ...match.params },
        next: () => run(i + 1),
      });
      return answer ?? run(i + 1);
    };
    return run(0);
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

  #error(status: number, issues?: FieldIssue[] | string): Response {
    const base = messageOf(status);
    const message =
      typeof issues === 'string'
        ? issues
        : issues?.length
          ? `${base}: ${issues.map((i) => `${i.field} ${i.problem}`).join('; ')}`
          : base;
    const error =
      Array.isArray(issues) && issues.length
        ? { code: status, message, metadata: { issues } }
        : { code: status, message };
    return this.#json(status, { error });
  }

  /** Who the bearer key is, or the 401 answer. */
  #authenticate(request: Request): Caller | Response {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    if (!bearer) return this.#error(401);
    const hash = this.#secrets.get(bearer);
    const key = hash === undefined ? undefined : this.#keys.get(hash);
    if (this.#auth === 'any') {
      return { management: this.#management === null || this.#management.has(bearer), key };
    }
    if (this.#management!.has(bearer)) return { management: true, key: undefined };
    if (!key) return this.#error(401, 'Invalid API key');
    if (key.disabled) return this.#error(401, 'API key is disabled');
    if (key.expires_at && Date.parse(key.expires_at) <= this.#now().getTime())
      return this.#error(401, 'API key has expired');
    return { management: false, key };
  }

  async #operate({ operation, params }: Match, request: Request, url: URL): Promise<Response> {
    const caller = this.#authenticate(request);
    if (caller instanceof Response) return caller;
    const behaviour = (this.#behaviours as Partial<Record<OperationName, Behaviour>>)[operation];
    // Only when this mock is older than the sdk it runs with (the types make it a compile error here).
    if (!behaviour) return this.#error(501, `@modelgates/mock has no behaviour for ${operation} yet`);
    if (behaviour.management && !caller.management) return this.#error(403);
    return behaviour.run({ request, url, params, caller });
  }

  async #body(request: Request): Promise<{ body: unknown } | Response> {
    const text = await request.text();
    try {
      return { body: JSON.parse(text) };
    } catch {
      return this.#error(400, [{ field: 'body', problem: text ? 'must be JSON' : 'is required' }]);
    }
  }

  /** A key as `GET /key` describes it: every field the two schemas share, from the key; the rest from `currentKey`. */
  #describe(key: ApiKey): Record<string, unknown> {
    const own = Object.keys(schemaFields.CurrentKey).filter((f) => f in schemaFields.ApiKey);
    return {
      rate_limit: structuredClone(this.#current.rate_limit),
      is_free_tier: false,
      ...Object.fromEntries(own.map((f) => [f, (key as Record<string, unknown>)[f] ?? null])),
    };
  }

  readonly #behaviours = {
    getCurrentKey: {
      management: false,
      run: ({ caller }) => {
        // One of the mock's keys: described from its own fields. A management key (or, in 'any'
        // mode, a key the mock does not hold): the configured `currentKey`, the spec's example.
        const data = fromSchema<CurrentKey>('CurrentKey', {
          ...(caller.key ? this.#describe(caller.key) : structuredClone(this.#current)),
          is_management_key: caller.management,
          is_provisioning_key: caller.management,
        });
        return this.#json(200, { data });
      },
    },
    list: {
      management: true,
      run: ({ url }) => {
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
      },
    },
    createKeys: {
      management: true,
      run: async ({ request }) => {
        const read = await this.#body(request);
        if (read instanceof Response) return read;
        const parsed = zCreateKeysData.safeParse({ body: read.body });
        if (!parsed.success) return this.#error(400, fieldIssues(parsed.error.issues, read, '', 1));
        const input = parsed.data.body;
        const secret = `sk-or-v1-${hex(32)}`;
        const key = fromSchema<ApiKey>('ApiKey', {
          ...input,
          hash: hex(32),
          label: labelOf(secret),
          disabled: false,
          limit: input.limit ?? null,
          limit_remaining: remaining(input.limit ?? null, 0),
          include_byok_in_limit: input.include_byok_in_limit ?? false,
          created_at: this.#now().toISOString(),
          workspace_id: input.workspace_id ?? this.#workspace,
        });
        this.#keys.set(key.hash, key);
        this.#secrets.set(secret, key.hash);
        return this.#json(201, { data: structuredClone(key), key: secret });
      },
    },
    getKey: {
      management: true,
      run: ({ params }) => {
        const key = this.#keys.get(params['hash']!);
        return key ? this.#json(200, { data: structuredClone(key) }) : this.#error(404);
      },
    },
    updateKeys: {
      management: true,
      run: async ({ request, params }) => {
        const read = await this.#body(request);
        if (read instanceof Response) return read;
        const parsed = zUpdateKeysData.safeParse({ body: read.body, path: params });
        if (!parsed.success) return this.#error(400, fieldIssues(parsed.error.issues, read, '', 1));
        const key = this.#keys.get(params['hash']!);
        if (!key) return this.#error(404);
        const changes = parsed.data.body;
        for (const [field, value] of Object.entries(changes))
          if (value !== undefined) (key as Record<string, unknown>)[field] = value;
        if (changes.limit !== undefined) key.limit_remaining = remaining(key.limit, key.usage);
        key.updated_at = this.#now().toISOString();
        return this.#json(200, { data: structuredClone(key) });
      },
    },
    deleteKeys: {
      management: true,
      run: ({ params }) => {
        const hash = params['hash']!;
        if (!this.#keys.delete(hash)) return this.#error(404);
        return this.#json(200, { deleted: true });
      },
    },
  } satisfies Record<OperationName, Behaviour>;
}

/** A new mock (the same as `new MockApi(options)`). */
export const createMock = (options?: MockOptions): MockApi => new MockApi(options);
