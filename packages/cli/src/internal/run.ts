/**
 * `modelgates`: parses the command line with `node:util`'s parseArgs, runs one command, and turns
 * every failure into a message on stderr (JSON with `--json`) and an exit code (see usage-error.ts).
 * `@modelgates/sdk` is imported only once a command needs the API, so `--help`, `--version`,
 * completion and usage errors start as fast as Node does.
 */
import { createInterface } from 'node:readline';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type * as Sdk from '@modelgates/sdk';
import { version } from '../../package.json' with { type: 'json' };
import {
  type Command,
  commands,
  type Context,
  flagValues,
  globalFlags,
  globalOptions,
  type Values,
} from './commands.js';
import { complete } from './completion.js';
import { Output, type Stream } from './output.js';
import { operations } from '@modelgates/sdk/registry';
import {
  EXIT_API,
  EXIT_AUTH,
  EXIT_NOT_FOUND,
  EXIT_OK,
  EXIT_UNAVAILABLE,
  EXIT_USAGE,
  exitCodeOf,
  KeyNotFoundError,
  UsageError,
} from './usage-error.js';
import { parseRetries, parseTimeout } from './values.js';

export interface RunOptions {
  stdout?: Stream;
  stderr?: Stream;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** The environment to read `MODELGATES_API_KEY`, `MODELGATES_BASE_URL` and `NO_COLOR` from. */
  env?: Record<string, string | undefined>;
}

/** Every flag any command takes, so a first, lenient pass knows which flags take a value. */
const allOptions: NonNullable<ParseArgsConfig['options']> = Object.assign(
  {},
  globalOptions,
  ...commands.map((c) => c.options),
) as NonNullable<ParseArgsConfig['options']>;

const API_KEY_FLAG =
  'unknown flag --api-key: a key on the command line ends up in your shell history; set MODELGATES_API_KEY or use --api-key-stdin';

/** Each operation's response fields marked secret in the spec. */
const secretFields: Readonly<Record<string, readonly string[] | undefined>> = Object.fromEntries(
  Object.entries(operations).map(([id, op]) => [id, op.secrets]),
);

/** The global flags that set a client option the SDK checks (named in an SDKValidationError). */
const GLOBAL_FLAG_OF: Record<string, string> = { baseUrl: '--base-url', timeoutMs: '--timeout' };

/** Runs the CLI with `argv` (without `node` and the script) and resolves with the exit code. */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const stdin = options.stdin ?? process.stdin;
  const stderr = options.stderr ?? process.stderr;
  const out = new Output(options.stdout ?? process.stdout, stderr, env);
  const apiKeyEnv = env['MODELGATES_API_KEY'];
  out.addSecret(apiKeyEnv);
  let command: Command | undefined;
  let sdk: typeof Sdk | undefined;
  const state = { listed: false };
  // Known before parsing, so that even a usage error is reported as JSON.
  const end = argv.indexOf('--');
  const json = (end < 0 ? argv : argv.slice(0, end)).includes('--json');
  // The completion scripts' callback: candidates for the last word, one a line.
  if (argv[0] === '__complete') {
    const candidates = complete(argv.slice(1), commands, globalOptions, flagValues);
    if (candidates.length) out.out(candidates.join('\n'));
    return EXIT_OK;
  }
  try {
    const found = findCommand(argv);
    command = found.command;
    if (found.values['version']) return (out.out(version), EXIT_OK);
    if (!command) {
      const { values } = found;
      if (found.words.length === 0 || (found.words.length === 1 && found.words[0] === 'keys')) {
        const text = found.words[0] === 'keys' ? keysHelp() : mainHelp();
        // An unknown flag is named (`modelgates --frob`), not answered with the help alone.
        parseStrict(undefined, argv);
        // Asked for: stdout, exit 0. Not asked for (a bare `modelgates`): a usage error.
        if (values['help']) return (out.out(text), EXIT_OK);
        return (out.err(text), EXIT_USAGE);
      }
      throw new UsageError(`unknown command "${found.words.join(' ')}"`);
    }
    const { values, positionals } = parseStrict(command, argv);
    if (values['help']) return (out.out(commandHelp(command)), EXIT_OK);
    const args = positionals.slice(command.name.split(' ').length);
    if (args.length < command.args.length) {
      throw new UsageError(`missing argument ${command.args[args.length]}`, command.name);
    }
    if (args.length > command.args.length)
      throw new UsageError(`unexpected argument "${args[command.args.length]}"`, command.name);
    for (const [i, name] of command.args.entries()) {
      const param = Object.keys(command.flagOf).find((p) => command!.flagOf[p] === name);
      if (args[i] === '')
        throw new UsageError(`${name}${param ? ` (${param})` : ''}: must not be empty`, command.name);
    }
    // The body fields the spec requires (the registry's `requiredFields`), before anything is sent.
    for (const { field, flags } of command.required) {
      if (flags.every((f) => values[f] === undefined))
        throw new UsageError(`${flags.map((f) => `--${f}`).join('/')} (${field}) is required`, command.name);
    }

    const timeoutMs = parseTimeout(values['timeout'] as string | undefined);
    const retries = parseRetries(values['retries'] as string | undefined);
    const interactive = stdin.isTTY === true && stderr.isTTY === true;
    let client: Sdk.ModelGates | undefined;
    const ctx: Context = {
      command,
      state,
      out,
      values,
      args,
      json: values['json'] === true,
      interactive,
      confirm: (question) => confirm(stdin, stderr, question, out),
      requestId: (id) => {
        if (values['verbose']) out.err(`modelgates: request id ${id ?? '(none sent)'}`);
      },
      async client() {
        if (client) return client;
        const apiKey = values['api-key-stdin'] ? await readKey(stdin, out) : apiKeyEnv;
        if (!apiKey) {
          throw new UsageError(
            'no API key: set MODELGATES_API_KEY, or pipe it in with --api-key-stdin',
            command!.name,
          );
        }
        out.addSecret(apiKey);
        sdk = await import('@modelgates/sdk');
        client = new sdk.ModelGates({
          apiKey,
          // An empty MODELGATES_BASE_URL (`export MODELGATES_BASE_URL=`) counts as unset.
          baseUrl: (values['base-url'] as string | undefined) ?? (env['MODELGATES_BASE_URL'] || undefined),
          httpReferer: values['http-referer'] as string | undefined,
          appTitle: values['app-title'] as string | undefined,
          appCategories: values['app-categories'] as string | undefined,
          timeoutMs,
          retries:
            retries === undefined
              ? undefined
              : retries === 0
                ? { strategy: 'none' }
                : { strategy: 'backoff', maxAttempts: retries + 1 },
          logger: values['verbose'] ? verboseLogger(out) : undefined,
        });
        return client;
      },
    };
    const code = await command.run(ctx);
    return code ?? EXIT_OK;
  } catch (error) {
    return report(error, out, { command, sdk, listed: state.listed }, json);
  }
}

interface Found {
  command: Command | undefined;
  words: string[];
  values: Values;
}

/** Flags that take a value: `--limit -5` is that flag with the value -5 (for the value checks to
 * judge), not a flag followed by an unknown `-5` (which parseArgs would call ambiguous). */
const VALUED = new Set(
  Object.entries(allOptions)
    .filter(([, o]) => o.type === 'string')
    .map(([n]) => `--${n}`),
);

function joinNegativeNumbers(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (VALUED.has(argv[i]!) && next !== undefined && /^-\d+(\.\d+)?$/.test(next)) {
      out.push(`${argv[i]}=${next}`);
      i++;
    } else out.push(argv[i]!);
  }
  return out;
}

/** A lenient first pass: which command the words name (flags may come before or after them). */
function findCommand(argv: readonly string[]): Found {
  // Before anything else: `--api-key VALUE` would make VALUE look like a command word.
  const end = argv.indexOf('--');
  if ((end < 0 ? argv : argv.slice(0, end)).some((a) => /^--api-key(=|$)/.test(a)))
    throw new UsageError(API_KEY_FLAG);
  const { values, positionals } = parseArgs({
    args: joinNegativeNumbers(argv),
    options: allOptions,
    strict: false,
    allowPositionals: true,
  });
  const words = positionals.slice(0, positionals[0] === 'keys' ? 2 : 1);
  const name = words.join(' ');
  return { command: commands.find((c) => c.name === name), words, values: values };
}

/** The real parse: only the global flags and this command's own; anything else is an error. */
function parseStrict(command: Command | undefined, argv: readonly string[]) {
  try {
    const parsed = parseArgs({
      args: joinNegativeNumbers(argv),
      options: { ...globalOptions, ...command?.options },
      strict: true,
      allowPositionals: true,
    });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(parseErrorMessage(error), command?.name);
  }
}

/** parseArgs' messages, shortened; never quoting a flag's value. */
function parseErrorMessage(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const flag = /'(-[^' <]*)/.exec(e.message ?? '')?.[1] ?? '';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown flag ${flag}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing|ambiguous/.test(e.message ?? '')
        ? `${flag} needs a value${/ambiguous/.test(e.message ?? '') ? ` (a value starting with "-" is written ${flag}=VALUE)` : ''}`
        : `${flag} does not take a value`;
    default:
      return e.message ?? String(error);
  }
}

/** A failure as reported: text lines on stderr, or one JSON object with `--json`. */
interface Failure {
  code: number;
  /** What went wrong, without the `error:` prefix; several lines for several bad fields. */
  message: string;
  status?: number;
  requestId?: string;
  /** A line after the message: what to do (text output only). */
  hint?: string;
}

/** The message and exit code for anything a command threw. */
/** What the report needs to know of the run. */
interface RunFacts {
  command: Command | undefined;
  sdk: typeof Sdk | undefined;
  /** A `KEY` was looked up (a list was sent) before the failure. */
  listed: boolean;
}

function report(error: unknown, out: Output, facts: RunFacts, json: boolean): number {
  const f = failure(error, out, facts);
  if (json) {
    const body = {
      error: {
        status: f.status ?? null,
        message: f.message,
        request_id: f.requestId ?? null,
        exit_code: f.code,
      },
    };
    out.err(JSON.stringify(body));
  } else {
    const red = (s: string) => out.paintErr('red', s);
    const lines = f.message.split('\n').map((l) => (/^\s/.test(l) ? l : `${red('error:')} ${l}`));
    out.err([...lines, ...(f.hint ? [f.hint] : [])].join('\n'));
  }
  return f.code;
}

function failure(error: unknown, out: Output, { command, sdk, listed }: RunFacts): Failure {
  const help = (name: string | undefined) => `Run "modelgates ${name ? `${name} ` : ''}--help" for usage.`;
  const withId = (message: string, id: string | undefined) => `${message} (request id: ${id ?? 'none sent'})`;
  if (error instanceof UsageError) {
    return { code: EXIT_USAGE, message: error.message, hint: help(error.command ?? command?.name) };
  }
  if (error instanceof KeyNotFoundError) return { code: EXIT_NOT_FOUND, message: error.message };
  if (sdk && error instanceof sdk.SDKValidationError) {
    // One line a field, however many of the spec's rules its value breaks.
    const byField = new Map<string, string>();
    for (const i of error.issues) {
      const field = i.path.join('.');
      const flag = command?.flagOf[String(i.path[0])] ?? GLOBAL_FLAG_OF[String(i.path[0])];
      const where = flag ? `${flag} (${field})` : field || 'input';
      if (!byField.has(where)) byField.set(where, `${where}: ${i.message}`);
    }
    return {
      code: EXIT_USAGE,
      message: [...byField.values()].join('\n'),
      // After a KEY was looked up, the list went out, but nothing that changes anything.
      hint: `Nothing was ${listed ? 'changed' : 'sent'}. ${help(command?.name)}`,
    };
  }
  if (sdk && error instanceof sdk.APIError) {
    // The SDK's message: "<METHOD> <URL> failed with HTTP <status>: <the server's message>".
    const hint =
      error.status === 401
        ? 'Check MODELGATES_API_KEY.'
        : error.status === 403
          ? 'This needs a management key.'
          : undefined;
    return {
      code: exitCodeOf(error.status),
      message: withId(error.message, error.requestId),
      status: error.status,
      requestId: error.requestId,
      hint,
    };
  }
  if (sdk && error instanceof sdk.ResponseValidationError) {
    // An operation that creates a secret (the registry's `secrets`: `keys create`'s `key`) has done
    // so even if its answer breaks the spec: the secret is only in `data`, so it goes to stdout, once.
    const fields = command?.operationId ? (secretFields[command.operationId] ?? []) : [];
    const data = error.data;
    const secrets = fields
      .map((f) =>
        typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[f] : undefined,
      )
      .filter((v): v is string => typeof v === 'string');
    for (const secret of secrets) {
      out.addSecret(secret);
      out.out(secret);
    }
    const note = secrets.length
      ? 'the key was created, but the response did not match the spec; its secret is on stdout, shown this once.\n'
      : '';
    return {
      code: EXIT_API,
      message: `${note}${withId(error.message, error.requestId)}`,
      status: error.status,
      requestId: error.requestId,
    };
  }
  if (sdk && error instanceof sdk.RequestTimeoutError) {
    return { code: EXIT_UNAVAILABLE, message: `${error.message} (raise it with --timeout SECONDS)` };
  }
  if (sdk && error instanceof sdk.ConnectionError) {
    return { code: EXIT_UNAVAILABLE, message: `${error.message}${causeCode(error)}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: EXIT_API, message };
}

/** What lies behind a connection failure: a system error code (ECONNREFUSED, ENOTFOUND...) or the
 * innermost message (undici's own "fetch failed" says nothing). */
function causeCode(error: Error): string {
  let last = '';
  for (let e: unknown = error.cause, depth = 0; e && depth < 5; e = (e as Error).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return ` (${code})`;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && message !== 'fetch failed') last = message;
  }
  return last ? ` (${last})` : '';
}

function verboseLogger(out: Output): Sdk.Logger {
  const line = (message: string, details: unknown[]) =>
    out.err([message, ...details.map((d) => JSON.stringify(d))].join(' '));
  return { debug: (m, ...d) => line(m, d), warn: (m, ...d) => line(m, d) };
}

/** `--api-key-stdin`: the first line of stdin. */
async function readKey(stdin: NodeJS.ReadableStream & { isTTY?: boolean }, out: Output): Promise<string> {
  if (stdin.isTTY) out.err('Reading the API key from stdin (end with Ctrl-D):');
  let text = '';
  for await (const chunk of stdin)
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  const key =
    text
      .split(/\r?\n/)
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  if (!key) throw new UsageError('--api-key-stdin: stdin held no key');
  return key;
}

function confirm(
  stdin: NodeJS.ReadableStream,
  stderr: Stream,
  question: string,
  out: Output,
): Promise<boolean> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: stdin, output: stderr as NodeJS.WritableStream, terminal: true });
    let answered = false;
    // Ctrl-D / Ctrl-C closes the prompt unanswered: that is a no.
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      if (answered) return;
      out.err('');
      resolve(false);
    });
    rl.question(question, (answer) => {
      answered = true;
      rl.close();
      resolve(/^\s*y(es)?\s*$/i.test(answer));
    });
  });
}

const table = (rows: [string, string][]) => {
  const width = Math.max(...rows.map(([a]) => a.length));
  return rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`).join('\n');
};

const EXIT_HELP = `Exit codes: ${EXIT_OK} success, ${EXIT_API} API error, ${EXIT_USAGE} usage error (nothing sent), ${EXIT_NOT_FOUND} not found, ${EXIT_AUTH} auth (401/403), ${EXIT_UNAVAILABLE} try again later (429, 502-504, timeout, unreachable).`;

function mainHelp(): string {
  return `modelgates ${version}: manage ModelGates API keys from a terminal or a CI script.

Usage: modelgates <command> [flags]

Commands:
${table(commands.map((c) => [`${c.name}${c.args.map((a) => ` ${a}`).join('')}`, c.summary]))}

Global flags:
${table([...globalFlags, ['--version', 'print the version']])}

The API key comes from MODELGATES_API_KEY or --api-key-stdin, never from a flag value.
${EXIT_HELP}
Run "modelgates <command> --help" for a command's flags.`;
}

function keysHelp(): string {
  const keys = commands.filter((c) => c.name.startsWith('keys '));
  return `Usage: modelgates keys <command> [flags]

Commands:
${table(keys.map((c) => [`${c.name}${c.args.map((a) => ` ${a}`).join('')}`, c.summary]))}

Run "modelgates keys <command> --help" for a command's flags.`;
}

function commandHelp(c: Command): string {
  const usage = `modelgates ${c.name}${c.args.map((a) => ` ${a}`).join('')}${c.flags.length ? ' [flags]' : ''}`;
  return [
    `Usage: ${usage}`,
    '',
    `${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.`,
    ...(c.flags.length ? ['', 'Flags:', table(c.flags)] : []),
    '',
    'Global flags:',
    table(globalFlags),
    ...(c.notes ? ['', c.notes] : []),
    '',
    EXIT_HELP,
  ].join('\n');
}
