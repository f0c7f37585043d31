/**
 * `modelgates completion bash|zsh|fish`, sourced in each real shell, which then asks the built bin
 * for candidates (the scripts call `modelgates __complete`; a `modelgates` on PATH runs dist/bin.js).
 * bash: its completion function called as readline would (COMP_WORDS, COMP_CWORD); zsh: the
 * function registered with compdef, `compadd` recording what it is given; fish: its own completion
 * engine (`complete -C`). zsh and fish are installed by .ci/run; on a machine without them their
 * tests are skipped (and fail under CI, where they must run).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, cliEnv } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'modelgates-completion-'));
writeFileSync(join(dir, 'modelgates'), `#!/bin/sh\nexec "${process.execPath}" "${binPath}" "$@"\n`);
chmodSync(join(dir, 'modelgates'), 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = { ...cliEnv(), PATH: `${dir}:${process.env['PATH']}` };
const installed = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

/** Runs `script` in `shell`; its stdout lines. */
function inShell(shell: string, args: string[], script: string): string[] {
  const r = spawnSync(shell, [...args, script], { env, encoding: 'utf8', timeout: 20_000 });
  expect(r.stderr, `${shell} stderr`).toBe('');
  expect(r.status, `${shell} exit status`).toBe(0);
  return r.stdout.split('\n').filter((l) => l !== '');
}

/** What each shell offers after these words (the last being typed), and what it must offer. */
const cases: [string[], string[]][] = [
  [[''], ['key', 'keys', 'completion']],
  [
    ['keys', ''],
    ['list', 'get', 'create', 'update', 'delete'],
  ],
  [['keys', 'l'], ['list']],
  [
    ['keys', 'list', '--s'],
    ['--status', '--sort'],
  ],
  [
    ['keys', 'list', '--status', ''],
    ['active', 'disabled', 'expired'],
  ],
  [
    ['keys', 'update', 'KEY', '--reset', ''],
    ['daily', 'weekly', 'monthly', 'none'],
  ],
  [
    ['completion', ''],
    ['bash', 'zsh', 'fish'],
  ],
];

const quote = (w: string) => `'${w}'`;

describe.each([
  [
    'bash',
    (words: string[]) =>
      inShell(
        'bash',
        ['--norc', '--noprofile', '-c'],
        `source <(modelgates completion bash)
complete -p modelgates >/dev/null || exit 3
COMP_WORDS=(modelgates ${words.map(quote).join(' ')}); COMP_CWORD=${words.length}
_modelgates_complete; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ),
  ],
  [
    'zsh',
    (words: string[]) =>
      inShell(
        'zsh',
        ['-f', '-c'],
        `autoload -Uz compinit && compinit -u -D
source <(modelgates completion zsh)
[[ $_comps[modelgates] == _modelgates ]] || exit 3
compadd() { while [[ $1 != -- ]]; do shift; done; shift; print -l -- "$@" }
words=(modelgates ${words.map(quote).join(' ')}); CURRENT=${words.length + 1}
_modelgates`,
      ),
  ],
  [
    'fish',
    (words: string[]) =>
      inShell(
        'fish',
        ['--no-config', '-c'],
        `modelgates completion fish | source
complete -C ${quote(`modelgates ${words.join(' ')}`)}`,
      ).map((l) => l.split('\t')[0]!),
  ],
] as const)('%s', (shell, offered) => {
  const here = installed(shell);
  it.skipIf(!here && !process.env['CI'])(
    `sourcing \`modelgates completion ${shell}\` completes commands, flags and values${here ? '' : ` (skipped: ${shell} is not installed here; .ci/run installs it)`}`,
    () => {
      expect(here, `${shell} is not installed (.ci/run installs it with apt-get)`).toBe(true);
      for (const [words, expected] of cases) {
        expect(offered([...words]).sort(), `modelgates ${words.join(' ')}<TAB>`).toEqual(
          [...expected].sort(),
        );
      }
    },
  );
});

describe('__complete (what the scripts call)', () => {
  it('knows the commands from the command table, and needs no API key', () => {
    const r = spawnSync(process.execPath, [binPath, '__complete', 'keys', ''], {
      env: { ...env, MODELGATES_API_KEY: '' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(['list', 'create', 'get', 'update', 'delete']);
  });
});
