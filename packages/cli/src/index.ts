/**
 * @modelgates/cli: the `modelgates` command. The package is meant to be run (`npx @modelgates/cli`);
 * `run` is exported for embedding it in another Node program (a task runner, a wrapper script).
 */
export { run, type RunOptions } from './internal/run.js';
export type { Stream } from './internal/output.js';
