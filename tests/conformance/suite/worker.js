// @ts-check
/**
 * Entry point for workerd: a module Worker whose fetch handler runs the suite with the config from
 * its `CONFIG` binding and answers with the report as JSON.
 */
import { runSuite } from './suite.js';

export default {
  /**
   * @param {Request} _request
   * @param {{ CONFIG: import('./suite.js').SuiteConfig }} env
   */
  async fetch(_request, env) {
    return Response.json(await runSuite(env.CONFIG));
  },
};
