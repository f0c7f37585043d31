/**
 * `@modelgates/sdk/validators`: the spec's request and response validators, compiled ahead of time
 * to plain functions (`src/gen/validators.gen.ts`, no zod, no `eval`), and the glue that turns
 * their issues into the SDK's errors. `ModelGates` validates every call with them; a standalone
 * function is validated only when asked:
 *
 * ```ts
 * import { createClient, list } from '@modelgates/sdk/functions';
 * import { validation, vListData, vListResponse } from '@modelgates/sdk/validators';
 * const { data } = await list({ client, ...validation(vListData, vListResponse) });
 * ```
 *
 * A bundler keeps only the validators imported (one operation's, here); `validators` (all of them,
 * by operationId) is what `ModelGates` uses.
 */
import { type Issue, ResponseValidationError, SDKValidationError } from './errors.js';
import type { Validator } from './gen/validators.gen.js';
import { requestIdOf } from './runtime/client.js';
import type { HttpMethod, RequestOptions } from './runtime/types.js';

export * from './gen/validators.gen.js';

/** Checks a call's `{ path, query, body }` before anything is sent; throws `SDKValidationError`
 * naming the field (paths relative to the part: `expires_at`, not `body.expires_at`). */
export function checkRequest(validate: Validator, o: RequestOptions, method: HttpMethod): void {
  const issues = validate({ path: o.path, query: o.query, body: o.body });
  if (issues) {
    for (const issue of issues) issue.path.shift();
    throw new SDKValidationError(`${method} ${o.url} request`, issues);
  }
}

/** Checks a parsed 2xx body (`validate` undefined: only that there is one); throws
 * `ResponseValidationError` naming the field path. Unknown extra fields are allowed. */
export function checkResponse(
  validate: Validator | undefined,
  data: unknown,
  o: RequestOptions,
  method: HttpMethod,
  response: Response,
): void {
  const issues: Issue[] | undefined =
    data === undefined
      ? [{ path: [], message: `HTTP ${response.status} came with an empty body` }]
      : validate?.(data);
  if (issues)
    throw new ResponseValidationError(`${method} ${o.url}`, issues, {
      status: response.status,
      requestId: requestIdOf(response.headers),
      data,
    });
}

/**
 * Request and response validation for one standalone call: spread the result into its options
 * (`list({ client, ...validation(vListData, vListResponse) })`).
 */
export function validation(
  request: Validator,
  response: Validator,
): Required<Pick<RequestOptions, 'requestValidator' | 'responseValidator'>> {
  return {
    requestValidator: (o, method) => checkRequest(request, o, method),
    responseValidator: (data, o, method, res) => checkResponse(response, data, o, method, res),
  };
}
