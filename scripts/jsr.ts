/**
 * JSR, for Deno users: the packages with a `jsr.json` next to their package.json (found from the
 * workspace, never listed here) are also published to jsr.io, as their TypeScript sources.
 *
 *   tsx scripts/jsr.ts sync [dir...]               jsr.json's version := package.json's (run by
 *                                                  `pnpm version-packages` after `changeset version`)
 *   tsx scripts/jsr.ts publish [--dry-run] [dir...] `deno publish` each package, after checking that the
 *                                                  versions match (`pnpm release:jsr` in the workflow)
 *
 * Without dirs: every workspace package with a jsr.json. Deno is the npm `deno` package pinned in
 * the root package.json (the version the conformance suite runs), so nothing is downloaded.
 *
 * package.json stays the one source of the version: changesets bumps it, `sync` copies it into
 * jsr.json in the same "Version packages" commit, and `publish` (and the test run, tests/jsr)
 * refuses a jsr.json whose version differs, so npm and JSR never carry different code under one
 * version.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { publicPackages, repoRoot } from './workspace-packages.js';

export interface JsrPackage {
  dir: string;
  /** package.json's name and version. */
  npm: { name: string; version: string };
  /** jsr.json's name and version. */
  jsr: { name: string; version: string };
}

const readJson = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as { name: string; version: string };

export function readJsrPackage(dir: string): JsrPackage {
  return { dir, npm: readJson(join(dir, 'package.json')), jsr: readJson(join(dir, 'jsr.json')) };
}

/** The public workspace packages that have a jsr.json. */
export function jsrPackageDirs(root = repoRoot): string[] {
  return publicPackages(root)
    .map((pkg) => pkg.dir)
    .filter((dir) => existsSync(join(dir, 'jsr.json')));
}

/** Why a package cannot go to JSR as it is, or nothing. */
export function mismatch({ npm, jsr }: JsrPackage): string | undefined {
  if (jsr.name !== npm.name) return `jsr.json names ${jsr.name}, package.json ${npm.name}`;
  if (jsr.version !== npm.version)
    return `${npm.name}: jsr.json has version ${jsr.version}, package.json ${npm.version} (run: tsx scripts/jsr.ts sync)`;
  return undefined;
}

/** What stops these packages (by default every one with a jsr.json) from going to JSR as they are. */
export function jsrProblems(dirs: string[] = jsrPackageDirs()): string[] {
  return dirs.map((dir) => mismatch(readJsrPackage(dir))).filter((p) => p !== undefined);
}

/** Writes package.json's version into jsr.json, changing nothing else in the file. */
export function syncVersion(dir: string): boolean {
  const file = join(dir, 'jsr.json');
  const text = readFileSync(file, 'utf8');
  const { version } = readJson(join(dir, 'package.json'));
  const synced = text.replace(
    /("version"\s*:\s*)"[^"]*"/,
    (_, key: string) => `${key}${JSON.stringify(version)}`,
  );
  if (synced === text) return false;
  writeFileSync(file, synced);
  return true;
}

/** The platform binary of the `deno` npm package (its bin.cjs would only start it in a child). */
export function denoBinary(root = repoRoot): string {
  const { platform, arch } = process;
  const target = platform === 'linux' ? `linux-${arch}-glibc` : `${platform}-${arch}`;
  const deno = createRequire(join(root, 'node_modules/deno/package.json'));
  return join(
    dirname(deno.resolve(`@deno/${target}/package.json`)),
    platform === 'win32' ? 'deno.exe' : 'deno',
  );
}

/**
 * `deno publish` in the package's folder. The sources import `./x.js` (for Node and tsc), so
 * `--sloppy-imports` lets Deno find `./x.ts`; it rewrites them to `.ts` in what it uploads. npm
 * packages resolve through the installed node_modules (`--node-modules-dir=manual`), so the type
 * check needs no network. A dry run also allows uncommitted changes (a developer's test run).
 */
export function denoPublish(dir: string, dryRun: boolean): { status: number; output: string } {
  const args = ['publish', '--sloppy-imports', '--no-lock', '--node-modules-dir=manual'];
  if (dryRun) args.push('--dry-run', '--allow-dirty');
  const result = spawnSync(denoBinary(), args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
  });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const dryRun = rest.includes('--dry-run');
  const dirs = rest.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
  const packages = (dirs.length > 0 ? dirs : jsrPackageDirs()).map(readJsrPackage);
  if (command === 'sync') {
    for (const pkg of packages) {
      if (syncVersion(pkg.dir)) console.log(`${pkg.jsr.name}: jsr.json version ${pkg.npm.version}`);
    }
    return 0;
  }
  if (command !== 'publish') {
    console.error('usage: tsx scripts/jsr.ts sync|publish [--dry-run] [dir...]');
    return 2;
  }
  const problems = jsrProblems(packages.map((p) => p.dir));
  if (problems.length > 0) {
    console.error(`Not publishing to JSR:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  let status = 0;
  for (const pkg of packages) {
    console.log(`\n${dryRun ? 'Dry run of' : 'Publishing'} ${pkg.jsr.name}@${pkg.jsr.version} to JSR`);
    const result = denoPublish(pkg.dir, dryRun);
    console.log(result.output.trimEnd());
    if (result.status !== 0) {
      console.error(`deno publish failed for ${pkg.jsr.name} (exit ${result.status})`);
      status = 1;
    }
  }
  return status;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
