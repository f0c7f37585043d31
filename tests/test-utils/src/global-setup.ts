import type { TestProject } from 'vitest/node';
import { type PrismServer, startPrism } from './prism.js';
import type {} from './vitest-context.js';

let prism: Promise<PrismServer> | undefined;
let users = 0;

/**
 * vitest globalSetup: one Prism per test run (per package), on a free port, killed by pid in
 * teardown. Browser mode runs a globalSetup once per project (the parent and each browser
 * instance): those calls share one server, stopped when the last of them tears down.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  users++;
  prism ??= startPrism();
  project.provide('prismUrl', (await prism).url);
  return async () => {
    if (--users > 0 || !prism) return;
    const server = prism;
    prism = undefined;
    await (await server).stop();
  };
}
