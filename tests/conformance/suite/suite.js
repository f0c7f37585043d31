// @ts-check
/**
 * The conformance suite: written once, run unchanged on every runtime the SDK claims (Node 20/22/24,
 * Bun, Deno, Chromium, workerd). It imports only the built `@modelgates/sdk`, as an npm user would,
 * and talks to a real Prism mock plus the runner's "chaos" server for what Prism cannot do (a 503
 * with Retry-After, a response that never comes, an error body that echoes the API key).
 *
 * Each entry point (cli.js, browser.js, worker.js) only gets the config its own way and hands the
 * report back; everything asserted lives here.
 */
import {
  APIError,
  ModelGates,
  ModelGatesError,
  RequestAbortedError,
  RequestTimeoutError,
  SDKValidationError,
  UnauthorizedResponseError,
} from '@modelgates/sdk';
import { AssertionError, deepEqual, equal, ok, rejects } from './assert.js';

/**
 * @typedef {object} Examples The spec's examples, read from spec/openapi.yaml by the runner.
 * @property {unknown} currentKey   GET /key 200
 * @property {{ data: unknown[] }} list  GET /keys 200
 * @property {Record<string, unknown> & { name: string, expires_at: string }} createRequest  POST /keys body
 * @property {{ data: unknown, key: string }} created  POST /keys 201
 * @property {unknown} key          GET /keys/{hash} 200
 * @property {Record<string, unknown>} updateRequest  PATCH /keys/{hash} body
 * @property {unknown} updated      PATCH /keys/{hash} 200
 * @property {unknown} deleted      DELETE /keys/{hash} 200
 * @property {string} hash          the example key hash
 * @property {string} workspaceId   the example workspace id
 *
 * @typedef {object} SuiteConfig
 * @property {string} prismUrl  Prism serving spec/openapi.yaml
 * @property {string} chaosUrl  this run's own prefix on the chaos server (request counts are per prefix)
 * @property {string} apiKey    a placeholder bearer token (Prism only checks that one is sent)
 * @property {Examples} examples
 *
 * @typedef {object} CaseResult
 * @property {string} name
 * @property {boolean} ok
 * @property {number} ms
 * @property {string} [error]
 *
 * @typedef {object} Report
 * @property {{ name: string, version: string }} runtime  what the suite found itself running on
 * @property {CaseResult[]} results
 */

/** A case that hangs is reported as failed instead of stalling the whole leg. */
const CASE_DEADLINE_MS = 15_000;

/**
 * @param {SuiteConfig} config
 * @returns {{ name: string, run: () => Promise<void> }[]}
 */
function cases(config) {
  const { prismUrl, chaosUrl, apiKey, examples } = config;
  const mg = new ModelGates({ apiKey, baseUrl: prismUrl });

  /** How many requests (preflights aside) the chaos server has seen under a route of this run. */
  const chaosCount = async (/** @type {string} */ route) => {
    const res = await fetch(`${chaosUrl}/__stats`);
    ok(res.ok, `chaos server stats answered HTTP ${res.status}`);
    const stats = /** @type {Record<string, number>} */ (await res.json());
    return stats[route] ?? 0;
  };

  return [
    {
      name: 'getCurrentKeyMetadata returns the spec example',
      async run() {
        const current = await mg.apiKeys.getCurrentKeyMetadata();
        deepEqual(current, examples.currentKey, 'GET /key');
      },
    },
    {
      name: 'list returns the three keys of the spec example',
      async run() {
        const page = await mg.apiKeys.list({
          include_disabled: true,
          offset: 0,
          workspace_id: examples.workspaceId,
        });
        equal(page.data.length, 3, 'number of keys');
        deepEqual(page, examples.list, 'GET /keys');
      },
    },
    {
      name: 'create answers 201 with the key data and the one-time key',
      async run() {
        // A Date for expires_at goes through the SDK's own UTC serialisation on this runtime.
        const body = { ...examples.createRequest, expires_at: new Date(examples.createRequest.expires_at) };
        const { data, response } = await mg.apiKeys.create(body).withResponse();
        equal(response.status, 201, 'HTTP status');
        equal(typeof data.key, 'string', 'type of key');
        ok(data.key.startsWith('sk-or-v1-'), 'the created key starts with sk-or-v1-');
        deepEqual(data, examples.created, 'POST /keys');
      },
    },
    {
      name: 'get returns the spec example',
      async run() {
        deepEqual(await mg.apiKeys.get(examples.hash), examples.key, 'GET /keys/{hash}');
      },
    },
    {
      name: 'update returns the spec example',
      async run() {
        deepEqual(
          await mg.apiKeys.update(examples.hash, examples.updateRequest),
          examples.updated,
          'PATCH /keys/{hash}',
        );
      },
    },
    {
      name: 'delete returns { deleted: true }',
      async run() {
        const result = await mg.apiKeys.delete(examples.hash);
        deepEqual(result, { deleted: true }, 'DELETE /keys/{hash}');
        deepEqual(result, examples.deleted, 'DELETE /keys/{hash} against the spec example');
      },
    },
    {
      name: '401 without an API key is an UnauthorizedResponseError',
      async run() {
        const anonymous = new ModelGates({ baseUrl: prismUrl });
        const error = await rejects(
          () => anonymous.apiKeys.getCurrentKeyMetadata(),
          UnauthorizedResponseError,
          'GET /key',
        );
        equal(error.status, 401, 'status');
        equal(error.name, 'UnauthorizedResponseError', 'name');
        ok(
          error instanceof APIError && error instanceof ModelGatesError,
          'it is also an APIError and a ModelGatesError',
        );
      },
    },
    {
      name: 'an error body that echoes the API key never puts it in the error',
      async run() {
        const secret = `sk-or-v1-${randomHex(32)}`;
        const client = new ModelGates({
          apiKey: secret,
          baseUrl: `${chaosUrl}/echo`,
          retries: { strategy: 'none' },
        });
        const error = await rejects(
          () => client.apiKeys.getCurrentKeyMetadata(),
          UnauthorizedResponseError,
          'GET /key',
        );
        equal(await chaosCount('echo'), 1, 'requests the echoing server saw');
        ok(error.error?.message.startsWith('Invalid API key: '), 'the server message is kept');
        const surfaces = {
          message: error.message,
          string: String(error),
          stack: error.stack ?? '',
          json: JSON.stringify(error),
          body: error.body,
          detail: JSON.stringify(error.error),
        };
        for (const [where, text] of Object.entries(surfaces))
          ok(!text.includes(secret), `the API key appears in the error's ${where}`);
      },
    },
    {
      name: 'bad input is an SDKValidationError and nothing is sent',
      async run() {
        let sent = 0;
        const counting = new ModelGates({
          apiKey,
          baseUrl: prismUrl,
          fetch: (input, init) => {
            sent++;
            return fetch(input, init);
          },
        });
        const empty = await rejects(
          () => counting.apiKeys.create({ name: '' }),
          SDKValidationError,
          "create({ name: '' })",
        );
        equal(empty.field, 'name', 'field of the empty name');
        const offset = await rejects(
          () => counting.apiKeys.list({ offset: -1 }),
          SDKValidationError,
          'list({ offset: -1 })',
        );
        equal(offset.field, 'offset', 'field of the negative offset');
        const expiry = { name: 'ci', expires_at: '2027-12-31T23:59:59+02:00' };
        const zone = await rejects(
          () => counting.apiKeys.create(expiry),
          SDKValidationError,
          'create with a non-UTC expires_at',
        );
        equal(zone.field, 'expires_at', 'field of the non-UTC date');
        equal(sent, 0, 'requests sent for bad input');
        await counting.apiKeys.get(examples.hash);
        equal(sent, 1, 'requests sent once the input is valid');
      },
    },
    {
      name: 'a 503 with Retry-After is retried once, then succeeds',
      async run() {
        // The backoff alone would wait 30 to 60 s; the deadline is 5 s, so only honouring the
        // server's `Retry-After: 0` can make this pass.
        const client = new ModelGates({
          apiKey,
          baseUrl: `${chaosUrl}/retry`,
          retries: {
            strategy: 'backoff',
            maxAttempts: 2,
            backoff: { initialInterval: 60_000, maxInterval: 60_000, maxElapsedTime: 120_000 },
          },
        });
        const deadline = new AbortController();
        const timer = setTimeout(() => deadline.abort(), 5_000);
        try {
          const page = await client.apiKeys
            .list(undefined, { signal: deadline.signal })
            .catch(async (/** @type {unknown} */ error) => {
              if (!(error instanceof RequestAbortedError)) throw error;
              const seen = await chaosCount('retry');
              throw new AssertionError(
                `no successful retry within 5 s, so Retry-After: 0 was not honoured (the server saw ${seen} requests)`,
              );
            });
          deepEqual(page, examples.list, 'GET /keys after the retry');
        } finally {
          clearTimeout(timer);
        }
        equal(await chaosCount('retry'), 2, 'requests the server saw');
      },
    },
    {
      name: 'an attempt longer than timeoutMs is a RequestTimeoutError',
      async run() {
        const client = new ModelGates({
          apiKey,
          baseUrl: `${chaosUrl}/hang-timeout`,
          timeoutMs: 300,
          retries: { strategy: 'none' },
        });
        const error = await rejects(
          () => client.apiKeys.getCurrentKeyMetadata(),
          RequestTimeoutError,
          'GET /key',
        );
        equal(error.timeoutMs, 300, 'timeoutMs on the error');
        equal(await chaosCount('hang-timeout'), 1, 'requests the server saw');
      },
    },
    {
      name: 'aborting the signal is a RequestAbortedError',
      async run() {
        const client = new ModelGates({ apiKey, baseUrl: `${chaosUrl}/hang-abort`, timeoutMs: 30_000 });
        const controller = new AbortController();
        const outcome = rejects(
          () => client.apiKeys.getCurrentKeyMetadata({ signal: controller.signal }),
          RequestAbortedError,
          'GET /key',
        );
        // Asserted below; handled now so that an early failure is not an unhandled rejection.
        outcome.catch(() => {});
        // Abort once the request is in flight on the server, not before it was sent.
        for (let i = 0; i < 100 && (await chaosCount('hang-abort')) === 0; i++) await sleep(20);
        equal(await chaosCount('hang-abort'), 1, 'requests the server saw before the abort');
        controller.abort();
        const error = await outcome;
        ok(!(error instanceof RequestTimeoutError), 'an abort is not reported as a timeout');
      },
    },
  ];
}

/**
 * Runs every case in order and reports each one; never throws.
 * @param {SuiteConfig} config
 * @returns {Promise<Report>}
 */
export async function runSuite(config) {
  /** @type {CaseResult[]} */
  const results = [];
  for (const c of cases(config)) {
    const started = performance.now();
    try {
      await withDeadline(c.run(), CASE_DEADLINE_MS);
      results.push({ name: c.name, ok: true, ms: Math.round(performance.now() - started) });
    } catch (error) {
      results.push({
        name: c.name,
        ok: false,
        ms: Math.round(performance.now() - started),
        error: describeError(error),
      });
    }
  }
  return { runtime: describeRuntime(), results };
}

/**
 * @param {Promise<void>} promise
 * @param {number} ms
 */
async function withDeadline(promise, ms) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** @param {unknown} error */
function describeError(error) {
  if (!(error instanceof Error)) return String(error);
  // The SDK's errors repeat their cause's message; show a cause only when it adds something.
  const cause =
    error.cause instanceof Error && !error.message.includes(error.cause.message)
      ? ` (cause: ${error.cause.name}: ${error.cause.message})`
      : '';
  return `${error.name}: ${error.message}${cause}`;
}

/**
 * The harness, not the SDK, may sniff the runtime: it reports what it ran on so the runner can
 * check that each leg really ran where it claims.
 * @returns {{ name: string, version: string }}
 */
function describeRuntime() {
  /** @type {any} */
  const g = globalThis;
  if (g.Deno?.version?.deno) return { name: 'deno', version: g.Deno.version.deno };
  if (g.Bun?.version) return { name: 'bun', version: g.Bun.version };
  const agent = typeof g.navigator?.userAgent === 'string' ? g.navigator.userAgent : '';
  if (agent === 'Cloudflare-Workers') return { name: 'workerd', version: agent };
  if (g.process?.versions?.node) return { name: 'node', version: g.process.versions.node };
  const chrome = /(?:HeadlessChrome|Chrome)\/([\d.]+)/.exec(agent);
  return chrome ? { name: 'chromium', version: chrome[1] ?? '' } : { name: 'unknown', version: agent };
}

/** @param {number} ms */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** @param {number} bytes */
function randomHex(bytes) {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}
