/**
 * The v2 SDK's low-level `Server`, with two answers the SDK would otherwise give in its own way:
 *
 * - **Params checked first by us.** The SDK checks a `tools/call` request against its wire schema
 *   before any handler runs and answers a bad `arguments` with its zod issue list (-32602). The
 *   `precheck` hook runs before that check, so such a request gets our one sentence instead (still
 *   -32602), or the answer the handler gives whatever the arguments (a tool not enabled).
 * - **Resource not found, per era.** The SDK answers a `ResourceNotFoundError` with -32602 on every
 *   revision: what 2026-07-28 requires (SEP-2164). The 2025 revisions say -32002 ("Resource not
 *   found", the uri in `data`), so on a connection served on the 2025 wire that code is put back on
 *   the way out, for exactly the responses that carry a thrown `ResourceNotFoundError`'s `data`.
 *
 * Both go through members the SDK declares `protected` (`_wrapHandler`, `_wireCodec`), the
 * subclassing seam its own ModelGatesServer uses; nothing of the SDK is patched.
 */
import {
  isJSONRPCErrorResponse,
  type JSONRPCMessage,
  type JSONRPCRequest,
  ResourceNotFoundError,
  type Result,
  Server,
  type ServerContext,
  type Transport,
} from '@modelcontextprotocol/server';

/** "Resource not found" in the 2025 revisions of MCP. */
export const LEGACY_RESOURCE_NOT_FOUND = -32002;

type Handler = (request: JSONRPCRequest, ctx: ServerContext) => Promise<Result>;

export class ModelGatesServer extends Server {
  /**
   * Runs before the SDK checks a request's params: throw a `ProtocolError`, or return a result, to
   * answer the request instead of the SDK's check and the handler; return undefined to go on.
   */
  precheck?: (method: string, request: JSONRPCRequest) => Result | undefined;
  /**
   * The `data` of each `ResourceNotFoundError` thrown on the 2025 wire: the SDK puts that very
   * object in the error response it sends, so the response carrying it goes out as -32002. Marked
   * per response, not per request id (a cancelled request is never answered, and its id may come
   * again), and held weakly: an unanswered one is dropped with its error.
   */
  private readonly notFound = new WeakSet<object>();

  protected override _wrapHandler(method: string, handler: Handler): Handler {
    const wrapped = super._wrapHandler(method, handler);
    return async (request, ctx) => {
      const answer = this.precheck?.(method, request);
      if (answer) return answer;
      try {
        return await wrapped(request, ctx);
      } catch (error) {
        if (
          error instanceof ResourceNotFoundError &&
          typeof error.data === 'object' &&
          error.data !== null &&
          this._wireCodec().era !== '2026-07-28'
        )
          this.notFound.add(error.data);
        throw error;
      }
    };
  }

  override async connect(transport: Transport): Promise<void> {
    // The transport is this instance's own (one per connection, session or request).
    const send = transport.send.bind(transport);
    transport.send = (message, options) => send(this.recode(message), options);
    await super.connect(transport);
  }

  private recode(message: JSONRPCMessage): JSONRPCMessage {
    if (!isJSONRPCErrorResponse(message)) return message;
    const data: unknown = message.error.data;
    if (typeof data !== 'object' || data === null || !this.notFound.has(data)) return message;
    return { ...message, error: { ...message.error, code: LEGACY_RESOURCE_NOT_FOUND } };
  }
}
