/**
 * Fails when the committed generated code differs from what the spec and generator produce now.
 * Regenerates in place, then asks git for any difference (changed, deleted or new files) under
 * packages/*\/src/gen. Run `pnpm generate` and commit the result to fix a failure.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const gen = [
  'packages/sdk/src/gen',
  'packages/zod/src/gen',
  'packages/react-query/src/gen',
  'packages/mcp/src/gen',
  'README.md',
  'packages/sdk/README.md',
  'packages/mock/src/gen',
];

execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts'], { cwd: root, stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', ...gen], {
  cwd: root,
  encoding: 'utf8',
});
if (status.trim()) {
  console.error('Generated code is stale: `pnpm generate` changed these files:\n' + status);
  console.error(execFileSync('git', ['diff', '--stat', '--', ...gen], { cwd: root, encoding: 'utf8' }));
  console.error('Run `pnpm generate` and commit the result.');
  process.exit(1);
}
console.log('Generated code is up to date with spec/openapi.yaml.');
