/**
 * Packaging checks for the published packages, on their built `dist`:
 * - publint --strict (package.json exports, files, types) reports nothing;
 * - @arethetypeswrong/cli finds no problem with its default profile (node10, node16 from CJS,
 *   node16 from ESM, bundler): each package ships an ESM build (`dist/*.js`, `.d.ts`) and a CommonJS
 *   build (`dist/*.cjs`, `.d.cts`), each with its own types;
 * - `require()` of each package loads the CommonJS build, `import` loads the ESM build, and the two
 *   have the same exports, each of the same kind (function, class, object, ...).
 * - the tools' packages (cli, mcp, mock) are ESM only for now, which Node >= 20.19 can also
 *   `require()`: attw runs with its esm-only profile for them, and `require()` must give the same
 *   exports as `import`;
 * A package's `bin` (executable, node shebang, `--version`) is checked by the build itself, in the
 * smoke step (scripts/smoke-dist.mjs) that also loads every `exports` entry, so not again here.
 * The packages are the workspace's public ones (scripts/workspace-packages.ts); a package is dual
 * when its `exports` has a `require` condition.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { publicPackages, repoRoot as root } from './workspace-packages.js';

const packages = publicPackages(root);
/** Published as ESM and CommonJS (a `require` condition in `exports`); the others are ESM only. */
const dual = new Set(packages.filter((p) => /"require"/.test(JSON.stringify(p.manifest.exports ?? {}))));
const bin = (name: string) => join(root, 'node_modules/.bin', name);
/** Loadable only through a bundler: a package that peers on `svelte` imports
 * @tanstack/svelte-query, whose runes and `.svelte` files the app's Svelte compiler builds, so
 * plain Node can neither `import` nor `require()` it. publint and attw still run on it. */
const bundlerOnly = (p: (typeof packages)[number]) =>
  'svelte' in ((p.manifest['peerDependencies'] as Record<string, string> | undefined) ?? {});
let failed = 0;

for (const workspacePackage of packages) {
  const { dir } = workspacePackage;
  const pkg = createRequire(join(dir, 'package.json'))('./package.json') as {
    name: string;
  };
  for (const [what, cmd, args] of [
    ['publint --strict', bin('publint'), ['--strict']],
    [
      'attw',
      bin('attw'),
      ['--pack', '.', '--format', 'ascii', ...(dual.has(workspacePackage) ? [] : ['--profile', 'esm-only'])],
    ],
  ] as const) {
    try {
      const out = execFileSync(cmd, [...args], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      if (what.startsWith('publint') && !/All good!/.test(out))
        throw Object.assign(new Error('publint warnings'), { stdout: out });
      console.log(`ok   ${pkg.name}: ${what}`);
    } catch (error) {
      failed++;
      const e = error as { stdout?: string; stderr?: string; message: string };
      console.error(`FAIL ${pkg.name}: ${what}\n${e.stdout ?? ''}${e.stderr ?? ''}${e.message}`);
    }
  }
  if (bundlerOnly(workspacePackage)) {
    console.log(`skip ${pkg.name}: import/require in Node (a bundler-only package)`);
    continue;
  }
  try {
    const req = createRequire(join(dir, 'package.json'));
    const cjsPath = req.resolve(pkg.name);
    const wantCjs = join(dir, dual.has(workspacePackage) ? 'dist/index.cjs' : 'dist/index.js');
    if (cjsPath !== wantCjs) throw new Error(`require() resolves to ${cjsPath}, not ${wantCjs}`);
    // What `import` resolves to from inside the package (a self-reference, as with require above).
    const esmUrl = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(pkg.name)}))`],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    ).trim();
    if (esmUrl !== pathToFileURL(join(dir, 'dist/index.js')).href)
      throw new Error(`import resolves to ${esmUrl}, not dist/index.js`);
    const required = req(pkg.name) as Record<string, unknown>;
    const imported = (await import(esmUrl)) as Record<string, unknown>;
    const shape = (m: Record<string, unknown>) =>
      Object.keys(m)
        .sort()
        .map((k) => `${k}:${typeof m[k]}`)
        .join();
    const a = shape(required);
    const b = shape(imported);
    if (a !== b || a.length === 0)
      throw new Error(`CommonJS exports differ from ESM:\n  cjs ${a}\n  esm ${b}`);
    const loaded = dual.has(workspacePackage) ? 'the CommonJS build, dist/index.cjs' : 'the ESM build';
    console.log(
      `ok   ${pkg.name}: require() loads ${loaded} on Node ${process.versions.node}, same ${Object.keys(required).length} exports as import`,
    );
  } catch (error) {
    failed++;
    console.error(`FAIL ${pkg.name}: require(): ${(error as Error).message}`);
  }
}
if (failed) {
  console.error(`${failed} packaging check(s) failed`);
  process.exit(1);
}
