/**
 * Real consumers, outside the workspace:
 * 1. `pnpm pack` the published packages, `npm install` the tarballs (and their peers) into a
 *    fresh temporary project, type-check a consumer file under strict settings with NodeNext, Node16
 *    and Bundler resolution (it holds a line that must not compile: with its @ts-expect-error
 *    removed, tsc must report exactly that error), run it against Prism,
 *    `require()` the packages from CommonJS, and start the MCP server with `npx @modelgates/mcp`.
 *    Next to it, a CommonJS TypeScript project (fixtures-cjs: no "type": "module", module node16)
 *    compiled by tsc to CommonJS and run against Prism on the packages' CJS builds (`instanceof` of
 *    a typed error, a zod parse).
 * 2. A pnpm workspace consumer: a temporary pnpm workspace with the packages as `workspace:` links,
 *    type-checked and run the same way.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot, startPrism, workspaceVersion as version } from '@modelgates/test-utils';

const here = resolve(fileURLToPath(import.meta.url), '..');
const published = ['zod', 'sdk', 'query-core', 'react-query', 'mcp'];
const sh = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** The peers and tools a consumer installs next to our packages, at the workspace's versions. */
const peers = () => ({
  zod: version('zod'),
  '@tanstack/react-query': version('@tanstack/react-query'),
  react: version('react'),
});
const tools = () => ({
  typescript: version('typescript'),
  '@types/node': version('@types/node'),
  '@types/react': version('@types/react'),
});

const expected = {
  keys: 3,
  firstValid: true,
  formRejectsEmpty: true,
  rejected: true,
  notFound: true,
  queryKeyHasBaseUrl: true,
};
const expectedCjs = {
  keys: 3,
  parsedName: true,
  formRejectsEmpty: true,
  notFound: true,
  status: 404,
  rejected: true,
  sdk: 'dist/index.cjs',
  zod: 'dist/index.cjs',
};
let failures = 0;
let checks = 0;
const check = (name: string, fn: () => void) => {
  checks++;
  try {
    fn();
    console.log(`ok   ${name}`);
  } catch (error) {
    failures++;
    const e = error as { stdout?: string; stderr?: string; message: string };
    console.error(`FAIL ${name}\n${e.stdout ?? ''}${e.stderr ?? ''}${e.message}`);
  }
};

/** The consumer type-checks under each module resolution a user may have. */
const resolutions = [
  { module: 'NodeNext', moduleResolution: 'NodeNext' },
  { module: 'Node16', moduleResolution: 'Node16' },
  { module: 'ESNext', moduleResolution: 'Bundler' },
];

function typecheck(dir: string, tsc: string) {
  const base = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'));
  for (const r of resolutions) {
    const file = `tsconfig.${r.moduleResolution.toLowerCase()}.json`;
    writeFileSync(
      join(dir, file),
      JSON.stringify({ ...base, compilerOptions: { ...base.compilerOptions, ...r } }),
    );
    try {
      sh(tsc, ['-p', file, '--noEmit'], dir);
    } catch (error) {
      throw new Error(
        `moduleResolution ${r.moduleResolution}: ${(error as { stdout?: string }).stdout ?? String(error)}`,
      );
    }
  }
  const src = readFileSync(join(dir, 'consumer.ts'), 'utf8');
  writeFileSync(join(dir, 'broken.ts'), src.replace(/^\/\/ @ts-expect-error.*$/m, ''));
  const tsconfig = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'));
  writeFileSync(join(dir, 'tsconfig.broken.json'), JSON.stringify({ ...tsconfig, files: ['broken.ts'] }));
  let out = '';
  try {
    sh(tsc, ['-p', 'tsconfig.broken.json', '--noEmit'], dir);
  } catch (error) {
    out = (error as { stdout: string }).stdout;
  }
  if (!/broken\.ts\(\d+,\d+\): error TS2322: Type '"yearly"'/.test(out)) {
    throw new Error(`the line that must not compile compiled (or failed differently):\n${out}`);
  }
}

function runConsumer(dir: string, prismUrl: string) {
  sh(join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], dir);
  const out = sh(process.execPath, ['out/consumer.js'], dir, { PRISM_URL: prismUrl }).trim();
  const got = JSON.parse(out.split('\n').pop()!);
  if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`unexpected output ${out}`);
}

const prism = await startPrism();
const work = mkdtempSync(join(tmpdir(), 'modelgates-consumers-'));
try {
  // 1. npm consumer from tarballs
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  const tgz: Record<string, string> = {};
  for (const name of published) {
    const out = sh('pnpm', ['pack', '--pack-destination', tarballs], join(repoRoot, 'packages', name))
      .trim()
      .split('\n')
      .pop()!;
    tgz[`@modelgates/${name}`] = `file:${out.trim()}`;
  }
  const npmApp = join(work, 'npm-app');
  mkdirSync(npmApp);
  cpSync(join(here, 'fixtures'), npmApp, { recursive: true });
  writeFileSync(
    join(npmApp, 'package.json'),
    JSON.stringify({
      name: 'npm-consumer',
      private: true,
      type: 'module',
      dependencies: {
        ...tgz,
        ...peers(),
        // The MCP client the consumer drives the server with.
        '@modelcontextprotocol/sdk': version('@modelcontextprotocol/sdk'),
      },
      devDependencies: tools(),
    }),
  );
  check('npm install of the packed tarballs', () => {
    sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], npmApp);
  });
  check(
    'npm consumer type-checks under strict NodeNext, Node16 and Bundler; the bad line does not compile',
    () => typecheck(npmApp, join(npmApp, 'node_modules/.bin/tsc')),
  );
  check('npm consumer runs against Prism', () => runConsumer(npmApp, prism.url));
  check('npm consumer can require() the packages from CommonJS', () => {
    const out = sh(process.execPath, ['consumer.cjs'], npmApp, { PRISM_URL: prism.url }).trim();
    if (out !== '{"cjs":true}') throw new Error(out);
  });
  check('npx @modelgates/mcp from the tarball serves its read-only tools to the official MCP client', () => {
    const out = sh(process.execPath, ['mcp-consumer.mjs'], npmApp, { PRISM_URL: prism.url }).trim();
    const want = { tools: ['getCurrentKey', 'list', 'getKey'], label: 'sk-or-v1-au7...890' };
    if (out !== JSON.stringify(want)) throw new Error(out);
  });
  // A CommonJS TypeScript project, using the tarballs installed above (node_modules one level up).
  const cjsApp = join(npmApp, 'cjs');
  cpSync(join(here, 'fixtures-cjs'), cjsApp, { recursive: true });
  check(
    'CommonJS TypeScript consumer (module node16, no "type": "module") type-checks strict and compiles to CommonJS',
    () => {
      sh(join(npmApp, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], cjsApp);
      const js = readFileSync(join(cjsApp, 'out/consumer.js'), 'utf8');
      if (
        !/require\("@modelgates\/sdk"\)/.test(js) ||
        !/require\("@modelgates\/zod"\)/.test(js) ||
        /^\s*import\s/m.test(js)
      ) {
        throw new Error(`tsc did not emit CommonJS:\n${js.slice(0, 800)}`);
      }
    },
  );
  check(
    'CommonJS TypeScript consumer runs against Prism on the CJS builds (instanceof of a typed error, zod parse)',
    () => {
      const out = sh(process.execPath, ['out/consumer.js'], cjsApp, { PRISM_URL: prism.url }).trim();
      const got = JSON.parse(out.split('\n').pop()!);
      if (JSON.stringify(got) !== JSON.stringify(expectedCjs)) throw new Error(`unexpected output ${out}`);
    },
  );

  // 2. pnpm workspace consumer with workspace: links
  const ws = join(work, 'pnpm-ws');
  for (const name of published.filter((name) => name !== 'mcp')) {
    const dir = join(ws, 'packages', name);
    mkdirSync(dir, { recursive: true });
    // What a workspace member looks like to its consumers: its manifest (without the dev-only
    // dependencies on this repo's private packages) and its built dist.
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages', name, 'package.json'), 'utf8'));
    delete manifest.devDependencies;
    delete manifest.scripts;
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
    cpSync(join(repoRoot, 'packages', name, 'dist'), join(dir, 'dist'), { recursive: true });
  }
  const app = join(ws, 'app');
  mkdirSync(app);
  cpSync(join(here, 'fixtures'), app, { recursive: true });
  writeFileSync(join(ws, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n  - app\n');
  writeFileSync(join(ws, 'package.json'), JSON.stringify({ name: 'ws-root', private: true }));
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'ws-app',
      private: true,
      type: 'module',
      dependencies: {
        '@modelgates/sdk': 'workspace:*',
        '@modelgates/zod': 'workspace:*',
        '@modelgates/react-query': 'workspace:*',
        ...peers(),
      },
      devDependencies: tools(),
    }),
  );
  check('pnpm install of a workspace consumer (workspace: links)', () => {
    sh(
      'pnpm',
      ['install', '--prefer-offline', '--config.auto-install-peers=true', '--config.frozen-lockfile=false'],
      ws,
    );
  });
  check(
    'pnpm workspace consumer type-checks under NodeNext, Node16 and Bundler; the bad line does not compile',
    () => typecheck(app, join(app, 'node_modules/.bin/tsc')),
  );
  check('pnpm workspace consumer runs against Prism', () => runConsumer(app, prism.url));
} finally {
  await prism.stop();
  rmSync(work, { recursive: true, force: true });
}
console.log(`consumer tests: ${checks - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
