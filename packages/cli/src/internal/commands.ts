/**
 * The commands: their flags (for `node:util`'s parseArgs), their help, and what they do. Each
 * handler gets a ready `Context`; parsing, the API key and errors are handled once, in run.ts.
 */
import type { ParseArgsConfig } from 'node:util';
import type { APIPromise, ApiKey, CreateKeyInput, ModelGates, UpdateKeyInput } from '@modelgates/sdk';
import { currentKeyView, keysTable, keyView } from './format.js';
import type { Output } from './output.js';
import { UsageError } from './usage-error.js';
import { parseExpires, parseLimit, parseOffset, parseReset } from './values.js';

type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

export interface Context {
  out: Output;
  values: Values;
  /** The positional arguments after the command words. */
  args: string[];
  json: boolean;
  /** The configured client; the SDK is loaded on first use. */
  client(): Promise<ModelGates>;
  /** True when a question can be asked: stdin and stderr are a terminal. */
  interactive: boolean;
  /** Asks a yes/no question on the terminal (stderr); false for anything but y / yes. */
  confirm(question: string): Promise<boolean>;
  /** Logs the request id at --verbose. */
  requestId(id: string | undefined): void;
}

export interface Command {
  /** The command words, e.g. `keys list`. */
  name: string;
  summary: string;
  /** Names of the positional arguments, all required. */
  args: string[];
  options: Options;
  /** `[flag, description]` lines for --help. */
  flags: [string, string][];
  /** Extra help text after the flags. */
  notes?: string;
  run(ctx: Context): Promise<number | void>;
}

const str = { type: 'string' } as const;
const bool = { type: 'boolean' } as const;

/** Flags every command takes. */
export const globalOptions = {
  json: bool,
  verbose: bool,
  'base-url': str,
  'api-key-stdin': bool,
  'http-referer': str,
  'app-title': str,
  'app-categories': str,
  timeout: str,
  retries: str,
  help: { type: 'boolean', short: 'h' },
  version: bool,
} as const satisfies Options;

export const globalFlags: [string, string][] = [
  ['--json', "print the API's own JSON response (for scripts)"],
  ['--base-url URL', 'the API (env MODELGATES_BASE_URL; default https://modelgates.ai/api/v1)'],
  ['--api-key-stdin', 'read the API key from stdin (default: env MODELGATES_API_KEY)'],
  ['--http-referer URL', "attribution: your app's URL (HTTP-Referer)"],
  ['--app-title TITLE', "attribution: your app's name (X-OpenRouter-Title)"],
  ['--app-categories LIST', 'attribution: comma-separated categories (X-OpenRouter-Categories)'],
  ['--timeout SECONDS', 'time limit for each attempt (default 60; 0 for none)'],
  ['--retries N', 'retries after a failed attempt (default 2; 0 for none)'],
  ['--verbose', 'log each HTTP attempt to stderr (keys are never logged)'],
  ['-h, --help', 'show help'],
];

const show = async (ctx: Context, call: (mg: ModelGates) => APIPromise<{ data: ApiKey }>) => {
  const { data, requestId } = await call(await ctx.client()).withResponse();
  ctx.requestId(requestId);
  if (ctx.json) ctx.out.json(data);
  else ctx.out.out(keyView(data.data, ctx.out.paint));
};

/** `null` from `--limit none` / `--reset none`, a value, or nothing at all. */
function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const key: Command = {
  name: 'key',
  summary: 'show the key you authenticate with: label, usage, limit, remaining',
  args: [],
  options: {},
  flags: [],
  async run(ctx) {
    const { data, requestId } = await (await ctx.client()).apiKeys.getCurrentKeyMetadata().withResponse();
    ctx.requestId(requestId);
    if (ctx.json) ctx.out.json(data);
    else ctx.out.out(currentKeyView(data.data, ctx.out.paint));
  },
};

const list: Command = {
  name: 'keys list',
  summary: 'list keys, one page of up to 100 (--all for every page)',
  args: [],
  options: { all: bool, 'include-disabled': bool, workspace: str, offset: str },
  flags: [
    ['--all', 'walk every page'],
    ['--include-disabled', 'include disabled keys'],
    ['--workspace ID', 'the workspace (a uuid; default: the default workspace)'],
    ['--offset N', 'skip the first N keys'],
  ],
  async run(ctx) {
    const v = ctx.values;
    const query = defined({
      include_disabled: v['include-disabled'] ? true : undefined,
      workspace_id: v['workspace'] as string | undefined,
      offset: parseOffset(v['offset'] as string | undefined, this.name),
    });
    const mg = await ctx.client();
    let keys: ApiKey[];
    let body: unknown;
    if (v['all']) {
      keys = [];
      for await (const k of mg.apiKeys.listAll(query)) keys.push(k);
      body = { data: keys };
    } else {
      const { data, requestId } = await mg.apiKeys.list(query).withResponse();
      ctx.requestId(requestId);
      keys = data.data;
      body = data;
      if (keys.length >= 100 && !ctx.json) {
        const next = (query.offset ?? 0) + keys.length;
        ctx.out.err(
          `note: this is one page of ${keys.length} keys; more may follow: --offset ${next}, or --all`,
        );
      }
    }
    if (ctx.json) ctx.out.json(body);
    else ctx.out.out(keys.length ? keysTable(keys, ctx.out.paint) : 'No keys.');
  },
};

const get: Command = {
  name: 'keys get',
  summary: 'show one key',
  args: ['HASH'],
  options: {},
  flags: [],
  run: (ctx) => show(ctx, (mg) => mg.apiKeys.get(ctx.args[0]!)),
};

const create: Command = {
  name: 'keys create',
  summary: 'create a key and print its secret, once',
  args: [],
  options: {
    name: str,
    limit: str,
    reset: str,
    expires: str,
    workspace: str,
    'include-byok': bool,
    quiet: { type: 'boolean', short: 'q' },
  },
  flags: [
    ['--name NAME', "the key's name (required)"],
    ['--limit USD', 'spending limit in USD, or "none"'],
    ['--reset PERIOD', 'when the limit resets: daily, weekly or monthly (midnight UTC), or "none"'],
    [
      '--expires WHEN',
      'a UTC date-time (2027-12-31T23:59:59Z), or a date (2027-12-31): the end of that day, UTC',
    ],
    ['--workspace ID', 'the workspace (a uuid; default: the default workspace)'],
    ['--include-byok', 'count bring-your-own-key usage in the limit'],
    ['-q, --quiet', 'print only the secret (for piping into a secret store)'],
  ],
  notes: 'The secret is printed once, to stdout, and never again: store it now.',
  async run(ctx) {
    const v = ctx.values;
    if (v['quiet'] && ctx.json) throw new UsageError('--quiet and --json cannot be used together', this.name);
    if (v['name'] === undefined) throw new UsageError('--name (name) is required', this.name);
    const expiry = parseExpires(v['expires'] as string | undefined, this.name);
    const body = defined({
      name: v['name'] as string,
      limit: parseLimit(v['limit'] as string | undefined, this.name),
      limit_reset: parseReset(v['reset'] as string | undefined),
      expires_at: expiry?.value,
      workspace_id: v['workspace'] as string | undefined,
      include_byok_in_limit: v['include-byok'] ? true : undefined,
    }) as CreateKeyInput;
    const mg = await ctx.client();
    if (expiry?.endOfDay)
      ctx.out.err(`note: --expires ${v['expires']} means the end of that day, UTC: ${expiry.value}`);
    const { data, requestId } = await mg.apiKeys.create(body).withResponse();
    ctx.out.addSecret(data.key);
    ctx.requestId(requestId);
    if (ctx.json) return ctx.out.json(data);
    if (v['quiet']) return ctx.out.out(data.key);
    ctx.out.out(`Created key "${data.data.name}".\n\n${keyView(data.data, ctx.out.paint)}\n`);
    ctx.out.out(`${ctx.out.paint('bold', 'secret')} (shown this once; store it now):\n${data.key}`);
  },
};

const update: Command = {
  name: 'keys update',
  summary: "change a key's name, limit, reset, or disable / enable it",
  args: ['HASH'],
  options: { name: str, limit: str, reset: str, disable: bool, enable: bool },
  flags: [
    ['--name NAME', 'a new name'],
    ['--limit USD', 'a new spending limit in USD, or "none" to remove it'],
    ['--reset PERIOD', 'daily, weekly, monthly, or "none"'],
    ['--disable', 'disable the key (it stops working at once)'],
    ['--enable', 'enable it again'],
  ],
  async run(ctx) {
    const v = ctx.values;
    if (v['disable'] && v['enable'])
      throw new UsageError('--disable and --enable cannot be used together', this.name);
    // The spec sets no minimum length for a new name; a blank one from a terminal is a mistake.
    if (v['name'] === '') throw new UsageError('--name (name): must not be empty', this.name);
    const body = defined({
      name: v['name'] as string | undefined,
      limit: parseLimit(v['limit'] as string | undefined, this.name),
      limit_reset: parseReset(v['reset'] as string | undefined),
      disabled: v['disable'] ? true : v['enable'] ? false : undefined,
    }) as UpdateKeyInput;
    if (Object.keys(body).length === 0) {
      throw new UsageError(
        'nothing to change: give at least one of --name, --limit, --reset, --disable, --enable',
        this.name,
      );
    }
    await show(ctx, (mg) => mg.apiKeys.update(ctx.args[0]!, body));
  },
};

const del: Command = {
  name: 'keys delete',
  summary: 'delete a key (asks first on a terminal; --yes in scripts)',
  args: ['HASH'],
  options: { yes: { type: 'boolean', short: 'y' } },
  flags: [['-y, --yes', 'do not ask for confirmation (required without a terminal)']],
  async run(ctx) {
    const hash = ctx.args[0]!;
    const yes = ctx.values['yes'] === true;
    // Checked before anything is sent: a script without --yes gets nothing done.
    if (!yes && !ctx.interactive) {
      throw new UsageError(
        'refusing to delete without confirmation: stdin is not a terminal; pass --yes',
        this.name,
      );
    }
    const mg = await ctx.client();
    if (!yes) {
      // The key is fetched first, so the question names what is about to go (and a typo fails here).
      const { data: found } = await mg.apiKeys.get(hash);
      if (!(await ctx.confirm(`Delete key "${found.name}" (${hash})? This cannot be undone. [y/N] `))) {
        ctx.out.err('Not deleted.');
        return 1;
      }
    }
    const { data, requestId } = await mg.apiKeys.delete(hash).withResponse();
    ctx.requestId(requestId);
    if (ctx.json) ctx.out.json(data);
    else ctx.out.out(`Deleted key ${hash}.`);
  },
};

export const commands: readonly Command[] = [key, list, get, create, update, del];
