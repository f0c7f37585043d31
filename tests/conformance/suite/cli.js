// @ts-check
/**
 * Entry point for the runtimes that run a file (Node, Bun, Deno): the config comes as the first
 * argument, the report goes to stdout as one marked JSON line for the runner to pick up.
 */
import { runSuite } from './suite.js';

/** @type {any} */
const g = globalThis;
// Deno has `process` too, but reading Deno.args needs no compatibility layer.
const arg = g.Deno ? g.Deno.args[0] : g.process.argv[2];
if (typeof arg !== 'string') throw new Error('usage: cli.js <config JSON>');
const report = await runSuite(JSON.parse(arg));
console.log(`@@conformance-report ${JSON.stringify(report)}`);
