/**
 * What users copy compiles cleanly: every ```svelte block of this package's README and of the
 * root README, and every component of the Svelte example app and of these tests, compiles with
 * Svelte's compiler (client and server) with no warning. A warning there (a prop read only once,
 * an a11y slip) is one the user's own build would print.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@modelgates/test-utils';
import { compile } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

function readmeBlocks(path: string): [string, string][] {
  const text = readFileSync(join(repoRoot, path), 'utf8');
  return [...text.matchAll(/^```svelte\n([\s\S]*?)^```$/gm)].map((m, i) => [`${path} block ${i + 1}`, m[1]!]);
}

function components(dir: string): [string, string][] {
  return readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.svelte'))
    .sort()
    .map((file) => [`${dir}/${file}`, readFileSync(join(repoRoot, dir, file), 'utf8')]);
}

const sources = [
  ...readmeBlocks('packages/svelte-query/README.md'),
  ...readmeBlocks('README.md'),
  ...components('examples/svelte-dashboard/src'),
  ...components('packages/svelte-query/test/support'),
];

describe('Svelte components in the docs and the repository', () => {
  it('finds the README blocks and the components', () => {
    expect(sources.filter(([name]) => name.includes('README')).length).toBeGreaterThanOrEqual(5);
    expect(sources.filter(([name]) => name.startsWith('examples/')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(sources)('%s compiles with no warning', (name, source) => {
    for (const generate of ['client', 'server'] as const) {
      const { warnings } = compile(source, { filename: name.replace(/ block \d+$/, '.svelte'), generate });
      expect(warnings.map((w) => `${w.code} at ${w.start?.line}:${w.start?.column}: ${w.message}`)).toEqual(
        [],
      );
    }
  });
});
