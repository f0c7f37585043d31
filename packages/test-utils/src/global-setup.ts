import type { TestProject } from 'vitest/node';
import { type PrismServer, startPrism } from './prism.js';

import type {} from './vitest-context.js';

let prism: PrismServer | undefined;

/** vitest globalSetup: one Prism per test run (per package), on a free port, killed in teardown. */
export async function setup(project: TestProject): Promise<void> {
  prism = await startPrism();
  project.provide('prismUrl', prism.url);
}

export async function teardown(): Promise<void> {
  await prism?.stop();
}
