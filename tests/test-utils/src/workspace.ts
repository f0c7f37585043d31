import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './prism.js';

/** The version of `name` the workspace itself installs (in a package or at the root), so that
 * projects built by the tests (consumers, registry installs) use what was tested. */
export function workspaceVersion(name: string): string {
  for (const from of [...readdirSync(join(repoRoot, 'packages')).map((dir) => `packages/${dir}`), '.']) {
    const file = join(repoRoot, from, 'node_modules', name, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  throw new Error(`${name} is not installed in the workspace`);
}
