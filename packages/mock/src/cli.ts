#!/usr/bin/env node
/**
 * `npx @modelgates/mock --port 4010`: serves a fresh mock on 127.0.0.1 until Ctrl-C (or SIGTERM),
 * logging one line per request.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { MockConfigError } from './internal/errors.js';
import { listen } from './server.js';

const usage = `Usage: modelgates-mock [options]

  --port <n>             port to listen on (default 4010; 0 picks a free one)
  --host <addr>          interface to bind (default 127.0.0.1)
  --keys <file.json>     seed keys: a JSON array of ApiKey objects (default: the spec's examples)
  --auth any|keys        'any' (default): any bearer key works; 'keys': only known keys (needs --management-key)
  --management-key <k>   a key that counts as a management key (repeatable); without it every key does
  --latency <ms>         latency added to every call
  --max-body <bytes>     largest request body accepted (default 1048576; larger: 413)
  --max-calls <n>        calls kept in the call log (default 1000)
  --control              serve the control surface under /__mock/ (loopback only)
  --quiet                no request log
  -v, --version          print the version
  -h, --help             this help`;

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        keys: { type: 'string' },
        auth: { type: 'string' },
        'management-key': { type: 'string', multiple: true },
        latency: { type: 'string' },
        'max-body': { type: 'string' },
        'max-calls': { type: 'string' },
        control: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  if (values.version) {
    // dist/cli.js and src/cli.ts both sit one level below the package.json.
    console.log((createRequire(import.meta.url)('../package.json') as { version: string }).version);
    return;
  }
  const number = (flag: string, text: string) => {
    if (!/^\d+$/.test(text)) throw new MockConfigError(flag, 'must be a whole number');
    return Number(text);
  };
  let keys: unknown;
  if (values.keys !== undefined) {
    try {
      keys = JSON.parse(readFileSync(values.keys, 'utf8'));
    } catch (error) {
      throw new MockConfigError('--keys', `could not read a JSON file: ${(error as Error).message}`);
    }
  }
  const server = await listen({
    port: number('--port', values.port),
    host: values.host,
    ...(keys !== undefined && { keys: keys as never }),
    ...(values.auth !== undefined && { auth: values.auth as 'any' }),
    ...(values['management-key'] && { managementKeys: values['management-key'] }),
    ...(values.latency !== undefined && { latencyMs: number('--latency', values.latency) }),
    ...(values['max-body'] !== undefined && { maxBodyBytes: number('--max-body', values['max-body']) }),
    ...(values['max-calls'] !== undefined && { maxCalls: number('--max-calls', values['max-calls']) }),
    control: values.control,
    log: values.quiet ? false : (line) => console.log(line),
  });
  console.log(`@modelgates/mock listening on ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof MockConfigError ? error.message : `@modelgates/mock: ${(error as Error).message}`,
  );
  process.exit(1);
});
