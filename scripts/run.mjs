#!/usr/bin/env node
// Entry point for the README's commands on a machine that has only Node and npm:
//   npm run setup   /   npm test
// Makes sure pnpm (the version pinned in package.json's packageManager) is available without a
// global install, installs the workspace when needed, then runs `pnpm run <script>` with that pnpm
// on PATH so nested pnpm and turbo calls find it. Plain .mjs because it runs before tsx exists.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const want = pkg.packageManager.split('@')[1];
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
const win = process.platform === 'win32';

const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env, shell: win, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
};
const version = (cmd) => {
  const r = spawnSync(cmd, ['--version'], { encoding: 'utf8', env, shell: win });
  return r.status === 0 ? r.stdout.trim() : undefined;
};

if (version('pnpm') !== want) {
  const tools = join(root, '.tools');
  const bin = join(tools, 'node_modules', '.bin');
  if (!existsSync(join(bin, win ? 'pnpm.cmd' : 'pnpm'))) {
    mkdirSync(tools, { recursive: true });
    console.log(`[run] installing pnpm@${want} into .tools/ (no global install)`);
    const npm = win ? 'npm.cmd' : 'npm';
    if (
      run(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', tools, `pnpm@${want}`]) !== 0
    ) {
      process.exit(1);
    }
  }
  env.PATH = `${bin}${delimiter}${env.PATH ?? ''}`;
}

const marker = join(root, 'node_modules', '.modules.yaml');
const lock = join(root, 'pnpm-lock.yaml');
if (!existsSync(marker) || statSync(lock).mtimeMs > statSync(marker).mtimeMs) {
  const args = ['install'];
  if (process.env.CI) args.push('--frozen-lockfile');
  if (run('pnpm', args) !== 0) process.exit(1);
}

const [script = 'test:all', ...rest] = process.argv.slice(2);
process.exit(run('pnpm', ['run', script, ...rest]));
