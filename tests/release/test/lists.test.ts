/**
 * One list of what ships. The scripts that walk the published packages (scripts/release.ts,
 * scripts/check-packages.ts) take them from the workspace (scripts/workspace-packages.ts); the lists
 * that must stay data are checked here against it, so a seventh package cannot be forgotten in any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@modelgates/test-utils';
import { describe, expect, it } from 'vitest';
import { publicPackages, workspacePackages } from '../../../scripts/workspace-packages.js';

const shipped = publicPackages();
const names = shipped.map((p) => p.name);
const readJson = <T>(file: string) => JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as T;

describe('the published packages, found from the workspace', () => {
  it('are exactly the folders of packages/, which holds what ships and nothing else', () => {
    const folders = readdirSync(join(repoRoot, 'packages'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `packages/${d.name}`)
      .sort();
    expect(shipped.map((p) => p.path).sort()).toEqual(folders);
  });

  it('are the one changesets fixed group; the ignored packages are private ones', () => {
    const config = readJson<{ fixed: string[][]; ignore: string[] }>('.changeset/config.json');
    expect(config.fixed).toHaveLength(1);
    expect([...config.fixed[0]!].sort()).toEqual(names);
    const privateNames = workspacePackages()
      .filter((p) => p.manifest.private === true)
      .map((p) => p.name);
    for (const ignored of config.ignore) expect(privateNames).toContain(ignored);
  });

  it('each have a size budget in .size-limit.json', () => {
    const entries = readJson<{ name: string; path: string | string[] }[]>('.size-limit.json');
    const measured = new Set(
      entries
        .flatMap((e) => [e.path].flat())
        .map((path) => shipped.find((p) => path.startsWith(`${p.path}/dist/`))?.name),
    );
    expect(names.filter((name) => !measured.has(name))).toEqual([]);
  });

  it('each publish publicly with npm provenance, from their own folder, with their CHANGELOG', () => {
    expect(
      shipped.map(({ name, manifest }) => ({
        name,
        publishConfig: manifest.publishConfig,
        directory: (manifest['repository'] as { directory?: string } | undefined)?.directory,
        changelog: (manifest['files'] as string[] | undefined)?.includes('CHANGELOG.md'),
      })),
    ).toEqual(
      shipped.map(({ name, path }) => ({
        name,
        publishConfig: { access: 'public', provenance: true },
        directory: path,
        changelog: true,
      })),
    );
  });
});
