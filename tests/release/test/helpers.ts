/**
 * What the release tests need around the real tools: a copy of the repository, a throw-away
 * Verdaccio registry started on 127.0.0.1 and stopped by pid, commands run with their output kept
 * for the failure message, and the version changesets will give the fixed group.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort, repoRoot, stopProcess } from '@modelgates/test-utils';

/** Runs a command to its end; rejects with the command, its exit and its whole output. */
export function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      cmd,
      args,
      { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error)
          fail(new Error(`${cmd} ${args.join(' ')} (in ${cwd}): ${error.message}\n${stdout}\n${stderr}`));
        else done(stdout);
      },
    );
  });
}

/** Logs how long a step took (the test's timings), and passes its result on. */
export async function timed<T>(step: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await fn();
  } finally {
    console.log(`[release] ${step}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** Copies what a fresh clone has (tracked files, and new ones git does not ignore) to `to`. */
export function copyRepo(to: string, from = repoRoot): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: from,
    encoding: 'utf8',
  });
  for (const file of files.split('\0')) {
    const src = join(from, file);
    if (!file || !existsSync(src)) continue; // a tracked file deleted in the work tree
    mkdirSync(dirname(join(to, file)), { recursive: true });
    copyFileSync(src, join(to, file));
  }
}

type Bump = 'patch' | 'minor' | 'major';
const order: Bump[] = ['patch', 'minor', 'major'];

/** Writes a changeset, as `pnpm changeset` would. */
export function addChangeset(repo: string, id: string, bumps: Record<string, Bump>, summary: string): void {
  const header = Object.entries(bumps).map(([name, bump]) => `'${name}': ${bump}`);
  writeFileSync(join(repo, '.changeset', `${id}.md`), `---\n${header.join('\n')}\n---\n\n${summary}\n`);
}

/** The largest bump among the changesets waiting in `.changeset/` (the fixed group takes it). */
export function pendingBump(repo: string): Bump {
  let bump: Bump | undefined;
  for (const file of readdirSync(join(repo, '.changeset'))) {
    if (!file.endsWith('.md') || file === 'README.md') continue;
    const front =
      /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(repo, '.changeset', file), 'utf8'))?.[1] ?? '';
    for (const [, level] of front.matchAll(/:\s*(patch|minor|major)\s*$/gm)) {
      if (!bump || order.indexOf(level as Bump) > order.indexOf(bump)) bump = level as Bump;
    }
  }
  if (!bump) throw new Error('no pending changeset');
  return bump;
}

/** `version` raised by `bump`, as semver does it for a release (no prerelease tags here). */
export function raise(version: string, bump: Bump): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

export interface Registry {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  pid: number;
  /** .npmrc lines that take `@modelgates/*` from this registry, and the token that may publish there. */
  npmrc: string;
  /** The packument of a package, as a client sees it. */
  packument(
    name: string,
  ): Promise<{ 'dist-tags': Record<string, string>; versions: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/**
 * Starts Verdaccio on 127.0.0.1 with its storage in `dir`. It serves `@modelgates/*`, only what was
 * published to it, and nothing else: clients take that scope from it (`npmrc`) and every other
 * package (the peers) from their usual registry and their local caches, which is much faster here
 * than through an uplink. Creates a user for the publishing.
 */
export async function startVerdaccio(dir: string): Promise<Registry> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const config = join(dir, 'config.yaml');
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(join(dir, 'storage'))}`,
      'auth:',
      `  htpasswd: { file: ${JSON.stringify(join(dir, 'htpasswd'))}, max_users: 1 }`,
      'packages:',
      "  '@modelgates/*': { access: $all, publish: $authenticated }",
      'log: { type: stdout, format: json, level: error }',
      'web: { enable: false }',
      '',
    ].join('\n'),
  );
  const bin = join(
    dirname(createRequire(import.meta.url).resolve('verdaccio/package.json')),
    'bin/verdaccio',
  );
  const child = spawn(process.execPath, [bin, '--config', config, '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => stopProcess(child);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${url}-/ping`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`verdaccio did not answer on ${url} within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const user = 'release-test';
  const res = await fetch(`${url}-/user/org.couchdb.user:${user}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: user, password: `${user}-${port}` }),
  });
  const { token } = (await res.json()) as { token?: string };
  if (!res.ok || !token) {
    await stop();
    throw new Error(`verdaccio refused the user: ${res.status}\n${output}`);
  }
  const npmrc = `@modelgates:registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`;
  return {
    url,
    pid: child.pid!,
    npmrc,
    async packument(name) {
      const r = await fetch(`${url}${name.replace('/', '%2f')}`);
      if (!r.ok) throw new Error(`${name} is not on the registry (${r.status})`);
      return (await r.json()) as Awaited<ReturnType<Registry['packument']>>;
    },
    stop,
  };
}
