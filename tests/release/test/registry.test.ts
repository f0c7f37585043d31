/**
 * A real release, on a copy of the repository: a changeset, `pnpm version-packages`, then
 * `pnpm release` (build and `changeset publish`) to a throw-away Verdaccio on 127.0.0.1; then the
 * packages installed by name, with their peers, into a fresh npm project and a fresh pnpm project,
 * and used there: ESM import, CommonJS require, calls against @modelgates/mock, and every bin
 * through `npx`. A second release (a patch changeset) on top must upgrade both projects cleanly.
 *
 * The packages are the copy's public workspace packages (scripts/workspace-packages.ts), so a
 * package marked private, or a manifest published with a `workspace:` range, fails here.
 *
 * Installs reuse what this machine has: the copy's `pnpm install --offline` (the root and the
 * published packages only) links from the workspace's pnpm store; the consumers take `@modelgates/*`
 * from Verdaccio (a scoped registry) and the peers (zod, React, Vue, Svelte, TanStack Query, msw) from the
 * registry npm and pnpm use anyway, through the npm cache and the pnpm store (`--prefer-offline`).
 * Verdaccio's uplink was tried for the peers: about 10 s per tarball here, ten times slower.
 */
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workspaceVersion } from '@modelgates/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicPackages, type WorkspacePackage } from '../../../scripts/workspace-packages.js';
import {
  addChangeset,
  copyRepo,
  pendingBump,
  raise,
  sh,
  startVerdaccio,
  timed,
  type Registry,
} from './helpers.js';

const fixtures = resolve(fileURLToPath(import.meta.url), '../../fixtures');
const work = mkdtempSync(join(tmpdir(), 'modelgates-release-'));
const repo = join(work, 'repo');
const git = {
  GIT_AUTHOR_NAME: 'release test',
  GIT_AUTHOR_EMAIL: 'release-test@127.0.0.1',
  GIT_COMMITTER_NAME: 'release test',
  GIT_COMMITTER_EMAIL: 'release-test@127.0.0.1',
};
let registry: Registry;
/**
 * What every command runs with. The .npmrc files written below point npm and pnpm at the registry
 * for `@modelgates/*`; changesets reads the scope's registry only from the environment, and would
 * otherwise ask the public registry which versions exist.
 */
const env = () => ({ ...git, 'npm_config_@modelgates:registry': registry.url });
/**
 * The peers a user installs next to our packages: every peer the published packages declare (ours
 * and type-only ones aside; optional ones such as the mock's msw included), found in their
 * manifests, at the versions the workspace tests with.
 */
const peers = (packages: WorkspacePackage[]) => {
  const names = new Set<string>();
  for (const pkg of packages) {
    const manifest = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')) as {
      peerDependencies?: Record<string, string>;
    };
    for (const name of Object.keys(manifest.peerDependencies ?? {}))
      if (!name.startsWith('@modelgates/') && !name.startsWith('@types/')) names.add(name);
  }
  return [...names].sort().map((name) => `${name}@${workspaceVersion(name)}`);
};

beforeAll(async () => {
  copyRepo(repo);
  const started = startVerdaccio(join(work, 'registry'));
  await timed(
    'copy installed (pnpm install --offline, root and public packages) and verdaccio started',
    async () => {
      await sh('git', ['init', '-q', '-b', 'main'], repo);
      await sh('git', ['add', '-A'], repo);
      await sh('git', ['commit', '-qm', 'the repository as tested'], repo, git);
      // What a release needs: the root's tools and the published packages, not the other suites.
      const only = ['.', ...publicPackages(repo).map((p) => p.name)].flatMap((f) => ['--filter', f]);
      await sh('pnpm', ['install', '--offline', '--frozen-lockfile', ...only], repo);
      registry = await started;
    },
  );
  appendFileSync(join(repo, '.npmrc'), registry.npmrc);
  // A registry like this one cannot take an npm provenance attestation (that needs the CI's OIDC
  // token), and npm refuses to publish without one when publishConfig asks for it: the copy
  // publishes without. That every package asks for it is checked in lists.test.ts.
  for (const pkg of publicPackages(repo)) {
    const file = join(pkg.dir, 'package.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { publishConfig?: Record<string, unknown> };
    delete manifest.publishConfig?.['provenance'];
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}, 240_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** changeset → version-packages → release, as a maintainer (or the workflow) does it. */
async function release(id: string, bumps: Record<string, 'patch' | 'minor'>, summary: string) {
  const before = publicPackages(repo);
  const versions = new Set(before.map((p) => p.version));
  expect(
    versions.size,
    `the fixed group shares one version before the release: ${[...versions].join(', ')}`,
  ).toBe(1);
  addChangeset(repo, id, bumps, summary);
  await sh('git', ['add', '-A'], repo);
  await sh('git', ['commit', '-qm', `changeset: ${id}`], repo, git);
  const expected = raise([...versions][0]!, pendingBump(repo));
  await timed(`${id}: pnpm version-packages`, () => sh('pnpm', ['version-packages'], repo, env()));
  const after = publicPackages(repo);
  expect(after.map((p) => `${p.name}@${p.version}`)).toEqual(before.map((p) => `${p.name}@${expected}`));
  // It bumps jsr.json too (scripts/jsr.ts sync), so JSR gets the same version as npm.
  const jsr = after.filter((p) => existsSync(join(p.dir, 'jsr.json')));
  expect(jsr.length).toBeGreaterThan(0);
  for (const { dir } of jsr)
    expect((JSON.parse(readFileSync(join(dir, 'jsr.json'), 'utf8')) as { version: string }).version).toBe(
      expected,
    );
  await timed(`${id}: pnpm release --skip-checks (build, changeset publish)`, () =>
    sh('pnpm', ['release', '--skip-checks'], repo, env()),
  );
  return { packages: after, version: expected };
}

/**
 * What the registry holds at `version` for each public package, and for each package of the
 * changesets fixed group (a package marked private by mistake is still there): published, latest,
 * no `workspace:` range left, the group's version wherever one of them depends on another.
 */
async function publishedProblems(packages: WorkspacePackage[], version: string): Promise<string[]> {
  const { fixed } = JSON.parse(readFileSync(join(repo, '.changeset/config.json'), 'utf8')) as {
    fixed: string[][];
  };
  const names = new Set([...packages.map((p) => p.name), ...fixed.flat()]);
  const problems: string[] = [];
  for (const name of [...names].sort()) {
    const doc = await registry.packument(name).catch((error: Error) => error);
    if (doc instanceof Error) {
      problems.push(doc.message);
      continue;
    }
    const manifest = doc.versions[version] as Record<string, Record<string, string> | undefined> | undefined;
    if (!manifest)
      problems.push(`${name}@${version} is not published (${Object.keys(doc.versions).join(', ')})`);
    if (doc['dist-tags']['latest'] !== version)
      problems.push(`${name}: latest is ${doc['dist-tags']['latest']}, not ${version}`);
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies']) {
      for (const [dep, range] of Object.entries(manifest?.[field] ?? {})) {
        if (range.startsWith('workspace:')) problems.push(`${name}@${version} ${field}: ${dep}@${range}`);
        else if (
          field !== 'devDependencies' &&
          names.has(dep) &&
          range !== version &&
          range !== `^${version}`
        )
          problems.push(`${name}@${version} ${field}: ${dep}@${range} is not the group's version`);
      }
    }
  }
  return problems;
}

interface Project {
  kind: 'npm' | 'pnpm';
  dir: string;
}

/** Uses the installed packages as a user would; every result is compared by the caller. */
async function use(project: Project, packages: WorkspacePackage[]) {
  const { dir } = project;
  const bins = Object.fromEntries(
    await Promise.all(
      ['@modelgates/cli', '@modelgates/mcp'].map(async (name) => [
        name,
        (await sh('npx', ['--no', '--', name, '--version'], dir, env())).trim(),
      ]),
    ),
  );
  return {
    installed: packages.map((p) => {
      const file = join(dir, 'node_modules', p.name, 'package.json');
      return `${p.name}@${(JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version}`;
    }),
    esm: JSON.parse(await sh(process.execPath, ['app.mjs'], dir)) as unknown,
    cjs: JSON.parse(await sh(process.execPath, ['app.cjs'], dir)) as unknown,
    bins,
    mockHelp: await sh('npx', ['--no', '--', '@modelgates/mock', '--help'], dir, env()),
  };
}

function expectWorking(used: Awaited<ReturnType<typeof use>>, packages: WorkspacePackage[], version: string) {
  expect(used.installed).toEqual(packages.map((p) => `${p.name}@${version}`));
  expect(used.esm).toEqual({
    createdIsListed: true,
    createdParses: true,
    notFound: true,
    sameKeyInVue: true,
    esm: [true, true, true, true, true, true],
  });
  expect(used.cjs).toEqual({
    listed: true,
    parses: true,
    queryKey: true,
    cjs: [true, true, true, true, true],
  });
  expect(used.bins).toEqual({ '@modelgates/cli': version, '@modelgates/mcp': version });
  expect(used.mockHelp).toMatch(/^Usage: modelgates-mock /m);
}

function newProject(kind: Project['kind']): Project {
  const dir = join(work, `${kind}-app`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `${kind}-app`, private: true }));
  writeFileSync(join(dir, '.npmrc'), `@modelgates:registry=${registry.url}\n`);
  for (const file of ['app.mjs', 'app.cjs'])
    writeFileSync(join(dir, file), readFileSync(join(fixtures, file)));
  return { kind, dir };
}

describe('a release to a registry, installed by name', () => {
  const projects: Project[] = [];
  let first: Awaited<ReturnType<typeof release>>;

  it('version-packages moves the whole fixed group to one version and release publishes every public package', async () => {
    first = await release(
      'release-test-first',
      { '@modelgates/sdk': 'patch' },
      'Release test: the first release to the test registry.',
    );
    expect(first.packages.length).toBeGreaterThan(0);
    expect(await publishedProblems(first.packages, first.version)).toEqual([]);
  }, 600_000);

  it('installs by name in a fresh npm and a fresh pnpm project, peers resolved, and works there', async () => {
    projects.push(newProject('npm'), newProject('pnpm'));
    const names = first.packages.map((p) => p.name);
    await timed('first install, npm and pnpm projects side by side', () =>
      Promise.all(
        projects.map(({ kind, dir }) =>
          kind === 'npm'
            ? sh(
                'npm',
                [
                  'install',
                  '--no-audit',
                  '--no-fund',
                  '--prefer-offline',
                  ...names,
                  ...peers(first.packages),
                ],
                dir,
                env(),
              )
            : sh(
                'pnpm',
                [
                  'add',
                  '--prefer-offline',
                  '--config.strict-peer-dependencies=true',
                  ...names,
                  ...peers(first.packages),
                ],
                dir,
                env(),
              ),
        ),
      ),
    );
    // npm ls exits non-zero on a missing or invalid peer.
    await sh('npm', ['ls', '--all'], projects[0]!.dir, env());
    const used = await timed('first release used in both projects', () =>
      Promise.all(projects.map((project) => use(project, first.packages))),
    );
    for (const u of used) expectWorking(u, first.packages, first.version);
  }, 600_000);

  it('a second release (a patch changeset) upgrades both projects cleanly', async () => {
    const second = await release(
      'release-test-second',
      { '@modelgates/zod': 'patch' },
      'Release test: a patch on top of the first release.',
    );
    expect(second.version).toBe(raise(first.version, 'patch'));
    expect(await publishedProblems(second.packages, second.version)).toEqual([]);
    const names = second.packages.map((p) => p.name);
    // Not --prefer-offline: the cached metadata would not know the new version yet.
    await timed('upgrade, npm update and pnpm update side by side', () =>
      Promise.all(
        projects.map(({ kind, dir }) =>
          kind === 'npm'
            ? sh('npm', ['update', '--no-audit', '--no-fund', ...names], dir, env())
            : sh('pnpm', ['update', '--config.strict-peer-dependencies=true', ...names], dir, env()),
        ),
      ),
    );
    await sh('npm', ['ls', '--all'], projects[0]!.dir, env());
    const used = await timed('second release used in both projects', () =>
      Promise.all(projects.map((project) => use(project, second.packages))),
    );
    for (const u of used) expectWorking(u, second.packages, second.version);

    // Each package ships its CHANGELOG, the newest release first, each changeset's words in it.
    for (const pkg of second.packages) {
      const log = readFileSync(join(projects[0]!.dir, 'node_modules', pkg.name, 'CHANGELOG.md'), 'utf8');
      expect(
        log.startsWith(`# ${pkg.name}\n\n## ${second.version}\n`),
        `${pkg.name}'s CHANGELOG:\n${log.slice(0, 400)}`,
      ).toBe(true);
      expect(log.indexOf(`## ${first.version}\n`)).toBeGreaterThan(log.indexOf(`## ${second.version}\n`));
    }
    const sdkLog = readFileSync(join(projects[0]!.dir, 'node_modules/@modelgates/sdk/CHANGELOG.md'), 'utf8');
    expect(sdkLog).toContain('Release test: the first release to the test registry.');
    const zodLog = readFileSync(join(projects[1]!.dir, 'node_modules/@modelgates/zod/CHANGELOG.md'), 'utf8');
    expect(zodLog).toContain('Release test: a patch on top of the first release.');
  }, 600_000);
});
