// @ts-check
/**
 * Entry point for the browser page: the config is served beside the bundle, the report is the
 * promise `globalThis.conformance`, which the runner awaits through Playwright.
 */
import { runSuite } from './suite.js';

/** @type {any} */ (globalThis).conformance = fetch('./config.json')
  .then((res) => res.json())
  .then(runSuite);
