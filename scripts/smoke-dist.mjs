/**
 * The smoke step at the end of each package's `build` (run in the package's folder): loads what the
 * package.json publishes, as a consumer would, and fails the build naming the package, the entry
 * and the error.
 * - every `exports` target except types: an `import` (or `default`) condition with import(), a
 *   `require` (or `default`) condition with require(), so an ESM-only package is also required, as
 *   Node >= 20.19 allows;
 * - every `bin`: executable, a node shebang, and `<bin> --version` exits 0 printing the version.
 * Plain Node (no tsx), so it adds little to a build; driven by package.json alone, no lists.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const require = createRequire(resolve('package.json'));
const failures = [];
const bundlerOnly = 'svelte' in (pkg.peerDependencies ?? {});
const done = { 'import()': 0, 'require()': 0, 'bin --version': 0 };

/** [subpath and conditions, file, how] for every code file `exports` points at (types skipped). */
function targets(value, path, via) {
  if (typeof value === 'string') return /\.[cm]?js$/.test(value) ? [[path, value, via]] : [];
  if (Array.isArray(value)) return value.flatMap((v) => targets(v, path, via));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    if (key === 'types') return [];
    const at = `${path}.${key}`;
    if (key === 'require') return targets(v, at, ['require']);
    if (key === 'import') return targets(v, at, ['import']);
    return targets(v, at, via); // a subpath, `default`, `node`, ...: whatever reached it
  });
}

const exportsField =
  typeof pkg.exports === 'string' || Array.isArray(pkg.exports) ? { '.': pkg.exports } : (pkg.exports ?? {});
const entries = Object.entries(exportsField).flatMap(([subpath, value]) =>
  targets(value, `exports["${subpath}"]`, ['import', 'require']),
);
if (entries.length === 0 && pkg.bin === undefined)
  failures.push('package.json has no `exports` and no `bin` to load');

const firstLines = (error) =>
  String(error instanceof Error ? (error.stack ?? error.message) : error)
    .split('\n')
    .slice(0, 6)
    .join('\n    ');

for (const [where, file, via] of entries) {
  for (const how of via) {
    try {
      // A package that peers on `svelte` loads only through a bundler (the app's Svelte compiler
      // builds @tanstack/svelte-query's runes and `.svelte` files): its entries must exist.
      if (bundlerOnly) accessSync(resolve(file), constants.R_OK);
      else if (how === 'import') await import(pathToFileURL(resolve(file)).href);
      else require(resolve(file));
      done[`${how}()`]++;
    } catch (error) {
      failures.push(
        `${how === 'import' ? 'import()' : 'require()'} of ${file} (${where}) throws:\n    ${firstLines(error)}`,
      );
    }
  }
}

const run = promisify(execFile);
await Promise.all(
  Object.entries(typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {})).map(
    async ([name, file]) => {
      const what = `bin ${name} (${file})`;
      try {
        accessSync(file, constants.X_OK);
        if (!readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n'))
          throw new Error('no `#!/usr/bin/env node` line');
        const { stdout } = await run(resolve(file), ['--version'], { timeout: 20_000 });
        if (stdout.trim() !== pkg.version)
          throw new Error(`--version printed "${stdout.trim()}", not ${pkg.version}`);
        done['bin --version']++;
      } catch (error) {
        const e = /** @type {{ code?: unknown, stderr?: string }} */ (error);
        const detail = e.stderr?.trim()
          ? `\n    ${e.stderr.trim().split('\n').slice(0, 8).join('\n    ')}`
          : '';
        const exit = typeof e.code === 'number' ? ` (exit ${e.code})` : '';
        failures.push(`${what} --version${exit}: ${firstLines(error).split('\n')[0]}${detail}`);
      }
    },
  ),
);

if (failures.length) {
  console.error(`smoke FAILED for ${pkg.name}:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `smoke ok: ${pkg.name}: ${Object.entries(done)
    .map(([what, n]) => `${n} ${what}`)
    .join(', ')}`,
);
