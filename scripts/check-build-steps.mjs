/**
 * Every published workspace package (found from pnpm-workspace.yaml, not listed here) builds
 * strictly: its tsdown.config.ts has the type check (scripts/tsdown-type-check.ts) and its `build`
 * script ends with the smoke step (scripts/smoke-dist.mjs). A turbo dependency of every `build`,
 * so a new package that skips either fails `pnpm build` instead of shipping unchecked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const { packages: globs = [] } = parse(readFileSync('pnpm-workspace.yaml', 'utf8'));
const dirs = globs
  .filter((glob) => !glob.startsWith('!'))
  .flatMap((glob) =>
    glob.endsWith('/*')
      ? readdirSync(glob.slice(0, -2), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => join(glob.slice(0, -2), d.name))
      : [glob],
  )
  .filter((dir) => existsSync(join(dir, 'package.json')));

const problems = [];
const published = [];
for (const dir of dirs) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (pkg.private) continue;
  published.push(pkg.name);
  if (!/^tsdown && node \.\.\/\.\.\/scripts\/smoke-dist\.mjs$/.test(pkg.scripts?.build ?? ''))
    problems.push(
      `${pkg.name}: "build" is "${pkg.scripts?.build}", not "tsdown && node ../../scripts/smoke-dist.mjs"`,
    );
  const config = join(dir, 'tsdown.config.ts');
  if (!existsSync(config) || !/plugins:\s*\[[^\]]*\btypeCheck\(\)/.test(readFileSync(config, 'utf8')))
    problems.push(
      `${pkg.name}: ${config} does not list typeCheck() (scripts/tsdown-type-check.ts) in its plugins`,
    );
}
if (published.length === 0) problems.push('no published package found in pnpm-workspace.yaml');
if (problems.length) {
  console.error(
    `A published package would build without its checks:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`ok: type check and smoke step in the build of ${published.join(', ')}`);
