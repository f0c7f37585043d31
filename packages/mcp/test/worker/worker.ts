/**
 * The documented Workers entry, as a team would deploy it: the remote server's fetch handler with
 * the API's base URL from the environment. Bundled from the built package by workerd.test.ts.
 */
import { createFetchHandler, type FetchHandler } from '@modelgates/mcp';

interface Env {
  MODELGATES_BASE_URL: string;
}

let handler: FetchHandler | undefined;

export default {
  fetch(request: Request, env: Env): Promise<Response> {
    handler ??= createFetchHandler({
      client: { baseUrl: env.MODELGATES_BASE_URL },
      allowWrite: true,
      allowedOrigins: ['https://agents.example'],
      // A Worker request cannot resume another request's stream: 2025-era clients statelessly.
      legacy: 'stateless',
    });
    return handler.fetch(request);
  },
};
