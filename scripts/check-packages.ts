/**
 * Packaging checks for the published packages, on their built `dist`:
 * - publint --strict (package.json exports, files, types) reports nothing;
 * - @arethetypeswrong/cli finds no problem (profile esm-only: the packages are ESM only, which
 *   Node >= 20.19 can also `require()`; see below);
 * - `require()` of each package works on this Node and returns the same exports as `import`;
 * - a package's `bin` (the cli's `modelgates`) is executable, starts with a node shebang and runs:
 *   attw only sees `exports` (for the cli, its programmatic `run`), never the bin.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const packages = ['sdk', 'zod', 'react-query', 'cli', 'mcp', 'mock'];
const bin = (name: string) => join(root, 'node_modules/.bin', name);
let failed = 0;

for (const name of packages) {
  const dir = join(root, 'packages', name);
  const pkg = createRequire(join(dir, 'package.json'))('./package.json') as {
    name: string;
    version: string;
    bin?: Record<string, string>;
  };
  for (const [what, cmd, args] of [
    ['publint --strict', bin('publint'), ['--strict']],
    ['attw', bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii']],
  ] as const) {
    try {
      const out = execFileSync(cmd, [...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      if (what.startsWith('publint') && !/All good!/.test(out)) throw Object.assign(new Error('publint warnings'), { stdout: out });
      console.log(`ok   ${pkg.name}: ${what}`);
    } catch (error) {
      failed++;
      const e = error as { stdout?: string; stderr?: string; message: string };
      console.error(`FAIL ${pkg.name}: ${what}\n${e.stdout ?? ''}${e.stderr ?? ''}${e.message}`);
    }
  }
  try {
    const required = createRequire(join(dir, 'package.json'))(pkg.name) as Record<string, unknown>;
    const imported = (await import(pathToFileURL(join(dir, 'dist/index.js')).href)) as Record<string, unknown>;
    const a = Object.keys(required).sort().join();
    const b = Object.keys(imported).sort().join();
    if (a !== b || a.length === 0) throw new Error(`require() exports differ from import: ${a} vs ${b}`);
    console.log(`ok   ${pkg.name}: require() on Node ${process.versions.node} (${Object.keys(required).length} exports)`);
  } catch (error) {
    failed++;
    console.error(`FAIL ${pkg.name}: require(): ${(error as Error).message}`);
  }
  for (const [command, file] of Object.entries(pkg.bin ?? {})) {
    try {
      const path = join(dir, file);
      accessSync(path, constants.X_OK);
      if (!readFileSync(path, 'utf8').startsWith('#!/usr/bin/env node\n')) throw new Error(`${file} lacks a node shebang`);
      const out = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
      if (out !== pkg.version) throw new Error(`${command} --version printed "${out}", expected ${pkg.version}`);
      console.log(`ok   ${pkg.name}: bin ${command} (${file}) runs`);
    } catch (error) {
      failed++;
      console.error(`FAIL ${pkg.name}: bin ${command}: ${(error as Error).message}`);
    }
  }
}
if (failed) {
  console.error(`${failed} packaging check(s) failed`);
  process.exit(1);
}
