/**
 * The MCP Registry `server.json` and the MCPB bundle `manifest.json` of this package:
 * - manifest.json is valid against the MCPB manifest schema shipped in `@anthropic-ai/mcpb`
 *   (draft-07, checked with ajv), and lists exactly the registry's tools with their summaries;
 * - server.json names this package at its current version, and every environment variable it
 *   documents is one the server reads (its --help), the API key marked secret.
 * (The registry's own server.json schema, 2025-12-11, is not published in any npm package, so it
 * is not checked here: see the README.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { operationDocs } from '@modelgates/sdk';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { TOOL_NAMES } from '../src/index.js';
import { binPath, pkg } from './helpers.js';

const require = createRequire(import.meta.url);
const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as Record<string, any>;
const manifest = read('manifest.json');
const server = read('server.json');

describe('manifest.json (MCPB)', () => {
  test('is valid against the MCPB manifest schema', () => {
    // The package root (its exports list no package.json): two levels above its main entry.
    const dir = join(dirname(require.resolve('@anthropic-ai/mcpb')), '..');
    const schema = JSON.parse(
      readFileSync(join(dir, 'schemas/mcpb-manifest-latest.schema.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // ... and the check can fail: a manifest without its server is refused.
    expect(validate({ ...manifest, server: undefined })).toBe(false);
  });

  test('lists every tool of the registry with its summary, at the package version', () => {
    expect(manifest['tools']).toEqual(
      TOOL_NAMES.map((name) => ({ name, description: operationDocs[name].summary })),
    );
    expect(manifest['version']).toBe(pkg.version);
    expect(manifest['server'].entry_point).toBe(pkg.bin['modelgates-mcp']!.replace(/^\.\//, ''));
  });
});

describe('server.json (MCP Registry)', () => {
  test('names this package at its version, with the variables the server reads', () => {
    expect(server['version']).toBe(pkg.version);
    expect(server['description'].length).toBeLessThanOrEqual(100);
    expect(server['name']).toMatch(/^[a-zA-Z0-9.-]+\/[a-zA-Z0-9._-]+$/);
    const [npm] = server['packages'];
    expect(npm).toMatchObject({
      registryType: 'npm',
      identifier: pkg.name,
      version: pkg.version,
      transport: { type: 'stdio' },
    });
    const help = spawnSync(process.execPath, [binPath, '--help'], { encoding: 'utf8' }).stdout;
    for (const variable of npm.environmentVariables) expect(help).toContain(variable.name);
    expect(
      npm.environmentVariables.find((v: { name: string }) => v.name === 'MODELGATES_API_KEY'),
    ).toMatchObject({
      isSecret: true,
      isRequired: true,
    });
  });
});
