/**
 * JSR for Deno users: what `pnpm release:jsr` runs in the release workflow, run here as a dry run.
 * `deno publish --dry-run` type-checks each package's sources, rejects slow types (no
 * `--allow-slow-types`: the zod schemas carry explicit types, scripts/annotate-exports.ts) and
 * lists the files it would upload. It needs no network: Deno is the npm `deno` package, and npm
 * imports resolve through the installed node_modules.
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from '@modelgates/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsrPackageDirs, readJsrPackage } from '../../../scripts/jsr.js';

const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const script = join(repoRoot, 'scripts/jsr.ts');

/** Runs scripts/jsr.ts to its end: its exit code and whole output. */
function jsr(args: string[]): Promise<{ code: number; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((done) => {
    execFile(tsx, [script, ...args], { cwd: repoRoot, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, output: `${stdout}${stderr}`, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const gitStatus = () => execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' });

/** Every file under `dir`, relative to `base`, with forward slashes. */
const walk = (dir: string, base = dir): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? walk(join(dir, e.name), base)
      : [relative(base, join(dir, e.name)).split('\\').join('/')],
  );

const packages = jsrPackageDirs().map(readJsrPackage);

describe('the packages that go to JSR', () => {
  it('are found from the workspace: @modelgates/sdk and @modelgates/zod have a jsr.json', () => {
    expect(packages.map((p) => p.npm.name)).toEqual(
      expect.arrayContaining(['@modelgates/sdk', '@modelgates/zod']),
    );
  });

  it.each(packages.map((p) => [p.npm.name, p] as const))(
    '%s: jsr.json has package.json’s name and version',
    (_, pkg) => {
      expect(pkg.jsr).toMatchObject({ name: pkg.npm.name, version: pkg.npm.version });
    },
  );
});

describe('deno publish --dry-run', () => {
  let run: Awaited<ReturnType<typeof jsr>>;
  let statusBefore: string;

  beforeAll(async () => {
    statusBefore = gitStatus();
    run = await jsr(['publish', '--dry-run']);
    console.log(`[jsr] deno publish --dry-run of ${packages.length} packages: ${run.seconds.toFixed(1)} s`);
  });

  it('passes for every package, with no slow types', () => {
    expect(run.output).not.toMatch(/contains errors for slow types|error\[missing-explicit/);
    expect(run.code, run.output).toBe(0);
  });

  /** The files deno would publish for a package, relative to its folder. */
  const published = (name: string, version: string, dir: string): string[] => {
    const block = run.output.split(`Simulating publish of ${name}@${version} with files:\n`)[1];
    expect(block, run.output).toBeDefined();
    // The list is the indented `file://` lines right after the heading.
    const lines = block!.split('\n');
    const list = lines.slice(
      0,
      lines.findIndex((line) => !/^ {3}file:\/\//.test(line)),
    );
    return list.map((line) =>
      relative(dir, decodeURIComponent(new URL(line.trim().split(' ')[0]!).pathname))
        .split('\\')
        .join('/'),
    );
  };

  it.each(packages.map((p) => [p.npm.name, p] as const))(
    '%s: publishes its TypeScript sources, README and jsr.json; no tests, no dist',
    (name, pkg) => {
      const files = published(name, pkg.jsr.version, pkg.dir);
      const sources = walk(join(pkg.dir, 'src'))
        .filter((f) => f.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(f))
        .map((f) => `src/${f}`);
      expect(sources.length).toBeGreaterThan(0);
      expect([...files].sort()).toEqual([...sources, 'README.md', 'jsr.json'].sort());
      expect(files.filter((f) => /(^|\/)(dist|test|node_modules)\/|\.test(-d)?\.ts$/.test(f))).toEqual([]);
      // Every entry point of jsr.json is one of the published sources.
      const { exports } = JSON.parse(readFileSync(join(pkg.dir, 'jsr.json'), 'utf8')) as {
        exports: string | Record<string, string>;
      };
      for (const entry of typeof exports === 'string' ? [exports] : Object.values(exports))
        expect(files).toContain(entry.replace(/^\.\//, ''));
    },
  );

  it('leaves the checkout as it was', () => {
    expect(gitStatus()).toBe(statusBefore);
  });
});

describe('the version follows package.json', () => {
  let dir: string;
  const sdk = packages.find((p) => p.npm.name === '@modelgates/sdk')!;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'modelgates-jsr-'));
    for (const file of ['package.json', 'jsr.json']) copyFileSync(join(sdk.dir, file), join(dir, file));
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, version: '9.8.7' }, null, 2));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('publish refuses a jsr.json whose version is not package.json’s, before running deno', async () => {
    const { code, output } = await jsr(['publish', '--dry-run', dir]);
    expect(code).toBe(1);
    expect(output).toContain(`@modelgates/sdk: jsr.json has version ${sdk.jsr.version}, package.json 9.8.7`);
    expect(output).not.toMatch(/Simulating publish/);
  });

  it('sync (run by pnpm version-packages) writes package.json’s version into jsr.json, nothing else', async () => {
    const before = readFileSync(join(dir, 'jsr.json'), 'utf8');
    const { code, output } = await jsr(['sync', dir]);
    expect(code, output).toBe(0);
    const after = readFileSync(join(dir, 'jsr.json'), 'utf8');
    expect(JSON.parse(after)).toEqual({ ...JSON.parse(before), version: '9.8.7' });
    expect(after).toBe(before.replace(`"version": "${sdk.jsr.version}"`, '"version": "9.8.7"'));
  });

  it('pnpm version-packages runs the sync after changeset version', () => {
    const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts['version-packages']).toMatch(/changeset version && .*tsx scripts\/jsr\.ts sync/);
  });
});
