/**
 * `pnpm release`: build the published packages, check their packaging and size budgets, then publish
 * them with `changeset publish` (each one that is not on the registry at its version yet, through
 * `pnpm publish`, which turns `workspace:` ranges into real versions). Versions and CHANGELOGs come
 * first from `pnpm version-packages`.
 *
 * `pnpm release --dry-run` does everything but the publish: it packs each package with
 * `pnpm publish --dry-run` and prints what would go to the registry.
 * `pnpm release --skip-checks` leaves out the packaging and size checks: for the registry test
 * (tests/release), which runs after the test run's own checks of the same packages.
 *
 * The packages are the workspace's public ones (scripts/workspace-packages.ts), never a list here.
 * The registry is npm's own config (`npm_config_registry`, `.npmrc`).
 *
 * JSR (`pnpm release:jsr`, scripts/jsr.ts) is the workflow's next step, after this one has
 * published to npm. Before anything goes to npm, this refuses a package whose jsr.json version is
 * not its package.json's, so npm never gets a version JSR would then refuse; `--dry-run` also runs
 * `deno publish --dry-run` for those packages.
 */
import { execFileSync } from 'node:child_process';
import { jsrProblems } from './jsr.js';
import { publicPackages, repoRoot as root } from './workspace-packages.js';

const dryRun = process.argv.includes('--dry-run');
const skipChecks = process.argv.includes('--skip-checks');
const run = (cmd: string, args: string[], cwd = root) =>
  execFileSync(cmd, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });

const packages = publicPackages(root);
console.log(
  `Releasing ${packages.length} packages: ${packages.map((p) => `${p.name}@${p.version}`).join(', ')}`,
);
const jsr = jsrProblems();
if (jsr.length > 0) {
  console.error(`Not releasing: jsr.json does not follow package.json:\n  ${jsr.join('\n  ')}`);
  process.exit(1);
}
run('pnpm', ['exec', 'turbo', 'run', 'build', ...packages.map((p) => `--filter=${p.name}`)]);
if (!skipChecks) {
  run('pnpm', ['run', 'check:packages']);
  run('pnpm', ['run', 'size']);
}
if (dryRun) {
  for (const pkg of packages) {
    run('pnpm', ['publish', '--dry-run', '--no-git-checks', '--access', 'public'], pkg.dir);
  }
  run('pnpm', ['run', 'release:jsr', '--dry-run']);
  console.log(`\nDry run: nothing was published (${packages.length} packages packed, JSR's checked).`);
} else {
  run('pnpm', ['exec', 'changeset', 'publish']);
}
