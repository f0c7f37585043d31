/**
 * One leg per runtime: each gets the suite (as files or as a bundle), runs it, and hands back the
 * suite's report together with the runtime's version. A leg cleans up when its signal aborts, so a
 * hung runtime is stopped rather than waited for.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '@modelgates/test-utils/chromium';
import { build } from 'esbuild';
import { type Json, Miniflare } from 'miniflare';
import { chromium } from 'playwright-core';
import type { Report, SuiteConfig } from '../suite/suite.js';
import { type Binary, bunBinary, denoBinary, nodeBinary, workerdVersion } from './runtimes.js';

export const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const suiteDir = join(packageDir, 'suite');
const REPORT_MARKER = '@@conformance-report ';

export interface LegOutcome {
  version: string;
  report: Report;
  /** What else the runtime said (a browser's console errors), shown when a case failed. */
  notes?: string[];
}

export interface Leg {
  /** Short id, also the leg's session on the chaos server. */
  id: string;
  /** Name in the README table. */
  label: string;
  /** The runtime the suite must find itself on (`describeRuntime()` in suite.js). */
  runtime: string;
  run(config: SuiteConfig, signal: AbortSignal): Promise<LegOutcome>;
}

/** The environment every child runtime gets: no API key leaking in from the caller, no colours. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    DO_NOT_TRACK: '1',
    DENO_NO_UPDATE_CHECK: '1',
  };
  delete env['MODELGATES_API_KEY'];
  delete env['NODE_OPTIONS'];
  return env;
}

/** Runs `cli.js` in a child process and reads the report line it prints. */
function runCli(bin: string, args: string[], config: SuiteConfig, signal: AbortSignal): Promise<Report> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [...args, join(suiteDir, 'cli.js'), JSON.stringify(config)], {
      cwd: packageDir,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const onAbort = () => child.kill('SIGKILL');
    signal.addEventListener('abort', onAbort, { once: true });
    child.once('error', reject);
    child.once('close', (code, sig) => {
      signal.removeEventListener('abort', onAbort);
      const line = stdout.split('\n').find((l) => l.startsWith(REPORT_MARKER));
      if (line) return resolve(JSON.parse(line.slice(REPORT_MARKER.length)) as Report);
      const output = `${stderr}\n${stdout}`.trim().slice(-2000);
      reject(new Error(`exited (${code ?? sig}) without a report${output ? `:\n${output}` : ''}`));
    });
  });
}

function cliLeg(
  id: string,
  label: string,
  runtime: string,
  locate: () => Binary,
  args: (config: SuiteConfig) => string[] = () => [],
): Leg {
  return {
    id,
    label,
    runtime,
    async run(config, signal) {
      const bin = locate();
      return { version: bin.version, report: await runCli(bin.path, args(config), config, signal) };
    },
  };
}

const current: Binary = { path: process.execPath, version: process.versions.node };
const hostOf = (url: string) => new URL(url).host;

/** The suite's entry for a runtime without a file system, bundled with the built SDK. */
async function bundle(entry: string, conditions: string[]): Promise<string> {
  const result = await build({
    entryPoints: [join(suiteDir, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions,
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The Chromium page's Content-Security-Policy: scripts from the page's origin only, no eval. */
const CSP = "script-src 'self'";
interface CspReport {
  evalRefused: boolean;
  violations: string[];
}
/** Runs before the suite: records every CSP violation (the script that caused it, the directive)
 * and checks that the CSP refuses `new Function` here. */
const CSP_PROBE = `const csp = (globalThis.csp = { evalRefused: false, violations: [] });
document.addEventListener('securitypolicyviolation', (e) => csp.violations.push(e.sourceFile + ' ' + e.violatedDirective));
try { new Function('return 1'); } catch { csp.evalRefused = true; }`;

const chromiumLeg: Leg = {
  id: 'chromium',
  label: 'Chromium (headless)',
  runtime: 'chromium',
  async run(config, signal) {
    const executablePath = chromiumPath();
    if (!existsSync(executablePath)) {
      throw new Error(`no Chromium at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`);
    }
    const script = await bundle('browser.js', ['browser']);
    const files: Record<string, [string, string]> = {
      '/': [
        'text/html',
        '<!doctype html><meta charset="utf-8"><title>conformance</title><script type="module" src="/csp-probe.js"></script><script type="module" src="/suite.js"></script>',
      ],
      '/csp-probe.js': ['text/javascript', CSP_PROBE],
      '/suite.js': ['text/javascript', script],
      '/config.json': ['application/json', JSON.stringify(config)],
    };
    // The page is served from its own origin, so every call to Prism and the chaos server is a
    // cross-origin request, as from a real web app.
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://page').pathname;
      // No favicon: answered empty so that it is not a 404 in the console.
      if (path === '/favicon.ico') return res.writeHead(204).end();
      const file = files[path];
      // A strict CSP without 'unsafe-eval': the sdk must run where eval and new Function are refused.
      res.writeHead(file ? 200 : 404, {
        'content-type': file?.[0] ?? 'text/plain',
        'content-security-policy': CSP,
      });
      res.end(file?.[1] ?? 'not found');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const browser = await chromium.launch({ executablePath, args: [...chromiumArgs], headless: true });
    const onAbort = () => void browser.close();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      const report = await page.evaluate(
        () => (globalThis as unknown as { conformance: Promise<Report> }).conformance,
      );
      // The suite ran under the CSP: the CSP was in force (the probe's own eval was refused) and
      // nothing else on the page tried to evaluate code.
      const csp = await page.evaluate(() => (globalThis as unknown as { csp: CspReport }).csp);
      if (!csp.evalRefused) throw new Error(`the page's CSP (${CSP}) did not refuse new Function`);
      const others = csp.violations.filter(
        (v) => !v.startsWith(`${new URL('/csp-probe.js', page.url()).href} `),
      );
      if (others.length)
        throw new Error(`code evaluation refused by the CSP: ${[...new Set(others)].join('; ')}`);
      return { version: browser.version(), report, notes: problems };
    } finally {
      signal.removeEventListener('abort', onAbort);
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    }
  },
};

/** The newest date this workerd release supports; no compatibility flags, so no Node.js APIs. */
const COMPATIBILITY_DATE = '2025-07-18';

const workerdLeg: Leg = {
  id: 'workerd',
  label: 'Cloudflare workerd (miniflare)',
  runtime: 'workerd',
  async run(config, signal) {
    const script = await bundle('worker.js', ['workerd', 'worker', 'browser']);
    const mf = new Miniflare({
      modules: true,
      script,
      compatibilityDate: COMPATIBILITY_DATE,
      // The config is plain JSON (URLs and the spec's examples), passed as a JSON binding.
      bindings: { CONFIG: config as unknown as Json },
      host: '127.0.0.1',
      port: 0,
    });
    const onAbort = () => void mf.dispose();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await mf.dispatchFetch('http://conformance.local/');
      const text = await response.text();
      if (!response.ok)
        throw new Error(`the worker answered HTTP ${response.status}: ${text.slice(0, 2000)}`);
      return { version: workerdVersion(), report: JSON.parse(text) as Report };
    } finally {
      signal.removeEventListener('abort', onAbort);
      await mf.dispose();
    }
  },
};

export const legs: Leg[] = [
  cliLeg('node20', 'Node.js 20', 'node', () => current),
  cliLeg('node22', 'Node.js 22', 'node', () => nodeBinary(22)),
  cliLeg('node24', 'Node.js 24', 'node', () => nodeBinary(24)),
  cliLeg('bun', 'Bun', 'bun', bunBinary, () => ['--no-install']),
  cliLeg('deno', 'Deno', 'deno', denoBinary, (config) => [
    'run',
    '--no-prompt',
    '--no-lock',
    // Bare specifiers resolve through node_modules (as installed by pnpm), with no Deno config.
    '--node-modules-dir=manual',
    // The only permission: the two servers the suite talks to. No read, env or other net access.
    `--allow-net=${hostOf(config.prismUrl)},${hostOf(config.chaosUrl)}`,
  ]),
  chromiumLeg,
  workerdLeg,
];
