/**
 * `keys delete` asks on a terminal and refuses without one (unless --yes), and colour appears only
 * on a terminal, never with NO_COLOR. The terminal is a real pseudo-terminal from Python's `pty`
 * module (test/pty-run.py): no native Node addon, and no need for this process to have a stdin.
 */
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exampleHash } from '@modelgates/test-utils';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { binPath, cliEnv, expectNoSecrets, forwardTo, listen, runCli, type TestServer } from './helpers.js';

const prismUrl = inject('prismUrl');
const ptyRun = fileURLToPath(new URL('./pty-run.py', import.meta.url));
let proxy: TestServer;

beforeAll(async () => {
  proxy = await listen(forwardTo(prismUrl));
  // A clear failure rather than a skip: this is the only test of the terminal behaviour.
  try {
    execFileSync('python3', ['-c', 'import pty']);
  } catch {
    throw new Error('python3 (with its pty module) is needed for the terminal tests');
  }
});
afterAll(() => proxy.close());
beforeEach(() => {
  proxy.requests.length = 0;
});

/** Runs the bin on a pseudo-terminal; types `answer` once `prompt` shows. */
function onTerminal(
  args: string[],
  options: { prompt?: string; answer?: string; env?: Record<string, string | undefined> } = {},
) {
  return new Promise<{ code: number; output: string }>((resolve, reject) => {
    const child = spawn(
      'python3',
      [ptyRun, options.prompt ?? '', options.answer ?? '', '--', process.execPath, binPath, ...args],
      {
        env: cliEnv({ baseUrl: proxy.url, env: { TERM: 'xterm', ...options.env } }),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`pty-run.py exited ${code}: ${err}`));
      const result = JSON.parse(out) as { code: number; output: string };
      expectNoSecrets(result.output); // stdout and stderr share the terminal here
      resolve(result);
    });
  });
}

const methods = () => proxy.requests.map((r) => `${r.method} ${r.url}`);

describe('keys delete: the confirmation', () => {
  it('without a terminal and without --yes: refuses, exit 2, nothing sent', async () => {
    const { code, stdout, stderr } = await runCli(['keys', 'delete', exampleHash], { baseUrl: proxy.url });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^error: refusing to delete without confirmation: stdin is not a terminal; pass --yes$/m,
    );
    expect(proxy.requests).toHaveLength(0);
  });

  it('with piped input and no --yes: still refuses (a pipe is not a terminal)', async () => {
    const { code } = await runCli(['keys', 'delete', exampleHash], { baseUrl: proxy.url, stdin: 'y\n' });
    expect(code).toBe(2);
    expect(proxy.requests).toHaveLength(0);
  });

  it('on a terminal, answering y: names the key, then deletes it', async () => {
    const { code, output } = await onTerminal(['keys', 'delete', exampleHash], {
      prompt: '[y/N]',
      answer: 'y',
    });
    expect(output).toContain(`Delete key "Production Key" (${exampleHash})? This cannot be undone. [y/N] `);
    expect(output).toContain(`Deleted key ${exampleHash}.`);
    expect(code).toBe(0);
    expect(methods()).toEqual([`GET /keys/${exampleHash}`, `DELETE /keys/${exampleHash}`]);
  });

  it('on a terminal, answering anything else: nothing deleted, exit 1', async () => {
    const { code, output } = await onTerminal(['keys', 'delete', exampleHash], {
      prompt: '[y/N]',
      answer: 'no',
    });
    expect(output).toContain('Not deleted.');
    expect(code).toBe(1);
    expect(methods()).toEqual([`GET /keys/${exampleHash}`]);
  });

  it.each([
    ['Ctrl-C', '\x03'],
    ['Ctrl-D', '\x04'],
  ])('on a terminal, %s at the question: nothing deleted, exit 1', async (_, key) => {
    const { code, output } = await onTerminal(['keys', 'delete', exampleHash], {
      prompt: '[y/N]',
      answer: key,
    });
    expect(output).toContain('Not deleted.');
    expect(code).toBe(1);
    expect(methods()).toEqual([`GET /keys/${exampleHash}`]);
  });

  it('on a terminal with --yes: no question', async () => {
    const { code, output } = await onTerminal(['keys', 'delete', exampleHash, '--yes']);
    expect(code).toBe(0);
    expect(output).not.toContain('[y/N]');
    expect(methods()).toEqual([`DELETE /keys/${exampleHash}`]);
  });
});

describe('colour', () => {
  it('on a terminal: the table header is bold and the status coloured', async () => {
    const { code, output } = await onTerminal(['keys', 'list']);
    expect(code).toBe(0);
    expect(output).toContain('\x1b[1mNAME');
    expect(output).toContain('\x1b[31mdisabled\x1b[39m');
    expect(output).toContain('\x1b[32mactive\x1b[39m');
  });

  it('on a terminal with NO_COLOR set: none', async () => {
    const { code, output } = await onTerminal(['keys', 'list'], { env: { NO_COLOR: '1' } });
    expect(code).toBe(0);
    expect(output).toContain('NAME');
    expect(output).not.toContain('\x1b[');
  });

  it('into a pipe: none', async () => {
    const { stdout } = await runCli(['keys', 'list'], { baseUrl: proxy.url });
    expect(stdout).toContain('NAME');
    expect(stdout).not.toContain('\x1b[');
  });
});
