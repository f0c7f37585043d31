import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const specPath = join(repoRoot, 'spec/openapi.yaml');

export interface PrismOptions {
  /** The OpenAPI document to serve; spec/openapi.yaml by default. */
  spec?: string;
  /** Port to listen on; a free one is picked when omitted. */
  port?: number;
  /** Generate responses from the schemas (json-schema-faker) instead of serving the examples. */
  dynamic?: boolean;
  /** Seed for dynamic mode, so generated responses are the same on every run. */
  seed?: string;
  /** Give up waiting after this long. */
  timeoutMs?: number;
  /** Print Prism's request log to the parent's stderr. */
  verbose?: boolean;
  /**
   * Run `prism proxy` in front of this upstream URL instead of `prism mock`: every request is
   * forwarded and checked against the spec, and violations are reported in `sl-violations`.
   */
  proxy?: string;
  /** With `proxy`: `--errors`, so a request that breaks the spec gets Prism's own 4xx and is not forwarded. */
  errors?: boolean;
}

export interface PrismServer {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? ok(addr.port) : fail(new Error('no port'))));
    });
  });
}

/** Ends a child process started by a test, by its pid: SIGTERM, then SIGKILL after 3 s. */
export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

function prismBin(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@stoplight/prism-cli/package.json', { paths: [repoRoot] });
  return join(dirname(pkg), 'dist/index.js');
}

/**
 * Starts `prism mock spec/openapi.yaml` (or `prism proxy`, see `proxy`) on 127.0.0.1 and resolves once Prism says it listens.
 * Rejects with Prism's own output if it exits first (for example because it rejects the spec).
 */
export async function startPrism(options: PrismOptions = {}): Promise<PrismServer> {
  const port = options.port ?? (await freePort());
  const spec = options.spec ?? specPath;
  const mode = options.proxy ? ['proxy', spec, options.proxy] : ['mock', spec];
  const args = [prismBin(), ...mode, '-h', '127.0.0.1', '-p', String(port)];
  if (options.proxy && options.errors) args.push('--errors');
  if (options.dynamic) args.push('-d');
  if (options.seed !== undefined) args.push('--seed', options.seed);
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const stop = () => stopProcess(child);

  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => {
      void stop();
      fail(new Error(`Prism did not start within ${options.timeoutMs ?? 30000} ms. Its output:\n${output}`));
    }, options.timeoutMs ?? 30000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (options.verbose) process.stderr.write(text);
      if (/Prism is listening on/.test(output)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`Prism exited (${code ?? signal}) before listening. Its output:\n${output}`));
    });
  });
  // Keep draining its log so the pipe never fills up and blocks Prism.
  if (!options.verbose) {
    child.stdout?.resume();
    child.stderr?.resume();
  }
  return { url, port, pid: child.pid!, stop };
}
