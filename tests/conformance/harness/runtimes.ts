/**
 * Finds the runtimes' binaries in node_modules. They come from npm as platform packages (the way
 * `node`, `bun` and `deno` install themselves), read directly so that no postinstall script has to
 * run: pnpm does not run them for packages outside `onlyBuiltDependencies`, and the `node` package's
 * preinstall would even run a nested `npm install`.
 *
 * Node 22 and 24 are dependencies of the private `runtimes/` package rather than of this one: their
 * packages expose a `node` bin, which pnpm would link into this package's node_modules/.bin, ahead
 * of the Node that runs `pnpm test` on PATH.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Binary {
  path: string;
  version: string;
}

const here = createRequire(import.meta.url);
const runtimesRequire = createRequire(here.resolve('@modelgates/conformance-runtimes/package.json'));

function packageDir(require: NodeJS.Require, name: string): string {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    throw new Error(
      `${name} is not installed (this platform is ${process.platform}-${process.arch}); run pnpm install`,
    );
  }
}

function binary(dir: string, relative: string): Binary {
  const path = join(dir, relative);
  if (!existsSync(path)) throw new Error(`${path} is missing; run pnpm install`);
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return { path, version };
}

/** Node 22 or 24, from the `node-<platform>-<arch>` package that the `node` npm package installs. */
export function nodeBinary(major: 22 | 24): Binary {
  const alias = `node${major}-${process.platform}-${process.arch}`;
  return binary(packageDir(runtimesRequire, alias), 'bin/node');
}

/** Bun, from the `@oven/bun-<platform>-<arch>` package that the `bun` npm package picks. */
export function bunBinary(): Binary {
  const bun = createRequire(join(packageDir(runtimesRequire, 'bun'), 'package.json'));
  const arch = process.arch === 'arm64' ? 'aarch64' : process.arch;
  return binary(packageDir(bun, `@oven/bun-${process.platform}-${arch}`), 'bin/bun');
}

/** Deno, from the `@deno/<platform>-<arch>` package that the `deno` npm package picks. */
export function denoBinary(): Binary {
  const deno = createRequire(join(packageDir(runtimesRequire, 'deno'), 'package.json'));
  const target =
    process.platform === 'linux' ? `linux-${process.arch}-glibc` : `${process.platform}-${process.arch}`;
  return binary(packageDir(deno, `@deno/${target}`), 'deno');
}

/** The workerd release that miniflare runs. */
export function workerdVersion(): string {
  const miniflare = createRequire(here.resolve('miniflare'));
  const { version } = JSON.parse(readFileSync(miniflare.resolve('workerd/package.json'), 'utf8')) as {
    version: string;
  };
  return version;
}
