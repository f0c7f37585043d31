/**
 * The one list of what ships: the workspace's packages that are not private, found by asking pnpm
 * (`pnpm ls -r`, which reads pnpm-workspace.yaml), never typed by hand. Every script that walks the
 * published packages (release, packaging checks) takes it from here, and the release tests check
 * the lists that have to be data (the changesets fixed group, the size budgets) against it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  bin?: string | Record<string, string>;
  exports?: Record<string, unknown>;
  publishConfig?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface WorkspacePackage {
  name: string;
  version: string;
  /** Absolute path of the package's folder. */
  dir: string;
  /** The folder relative to the workspace root, with forward slashes (`packages/sdk`). */
  path: string;
  manifest: Manifest;
}

/** Every package of the workspace at `root` (the root itself left out), sorted by name. */
export function workspacePackages(root = repoRoot): WorkspacePackage[] {
  const out = execFileSync('pnpm', ['ls', '-r', '--depth', '-1', '--json'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  return (JSON.parse(out) as { path: string }[])
    .filter((entry) => resolve(entry.path) !== resolve(root))
    .map(({ path: dir }) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
      const path = relative(root, dir).split('\\').join('/');
      return { name: manifest.name, version: manifest.version, dir, path, manifest };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The packages that are published: every workspace package not marked `"private": true`. */
export function publicPackages(root = repoRoot): WorkspacePackage[] {
  return workspacePackages(root).filter((pkg) => pkg.manifest.private !== true);
}
