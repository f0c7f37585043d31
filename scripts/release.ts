/**
 * `pnpm release`: build, check the packaging and size budgets, then publish the packages with
 * changesets. `pnpm release --dry-run` does everything but the publish: it packs each package with
 * `pnpm publish --dry-run` and prints what would go to the registry.
 * Versions and CHANGELOGs come first from `pnpm version-packages` (changeset version).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const dryRun = process.argv.includes('--dry-run');
const run = (cmd: string, args: string[], cwd = root) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });

run('pnpm', ['exec', 'turbo', 'run', 'build']);
run('pnpm', ['run', 'check:packages']);
run('pnpm', ['run', 'size']);
if (dryRun) {
  for (const name of ['zod', 'sdk', 'query-core', 'react-query', 'vue-query', 'svelte-query', 'cli', 'mcp']) {
    run(
      'pnpm',
      ['publish', '--dry-run', '--no-git-checks', '--access', 'public'],
      resolve(root, 'packages', name),
    );
  }
  console.log('\nDry run: nothing was published.');
} else {
  run('pnpm', ['exec', 'changeset', 'publish']);
}
