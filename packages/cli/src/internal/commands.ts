/**
 * The commands: one per operation of the registry that has CLI words (`x-modelgates.cli` in the
 * spec), keyed by operationId and checked by type: an operation added to the spec with `cli` words
 * is a compile error here, naming it, until it has a command; one with `cliExclude` says why not.
 * For each operation, every body and query field has a flag or a stated reason for having none
 * (a new field is a compile error here too), and each path parameter a positional argument. What a
 * command does and how it prints stays hand-written. Parsing, the API key and errors are handled once,
 * in run.ts.
 */
import type { ParseArgsConfig } from 'node:util';
import type {
  APIPromise,
  ApiKey,
  CreateKeyInput,
  ListQuery,
  ModelGates,
  UpdateKeyInput,
} from '@modelgates/sdk';
import { completionScript, SHELLS } from './completion.js';
import { currentKeyView, keysTable, keyView, status } from './format.js';
import type { Output } from './output.js';
import { type CliOperationId, type OperationId, operations, schemaFields } from '@modelgates/sdk/registry';
import { KeyNotFoundError, UsageError } from './usage-error.js';
import { parseDuration, parseExpires, parseLimit, parseOffset, parseReset, parseChoice } from './values.js';

type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

export interface Context {
  command: Command;
  /** What has happened so far, for the error report: `listed` once a `KEY` was looked up. */
  state: { listed: boolean };
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

/** A command as run.ts runs it and as help and completion describe it. */
export interface Command {
  /** The command words, e.g. `keys list`. */
  name: string;
  /** The operationId it runs (none for the CLI's own commands). */
  operationId?: string;
  summary: string;
  /** Placeholders of the positional arguments, all required (a path parameter each). */
  args: string[];
  options: Options;
  /** `[flag, description]` lines for --help. */
  flags: [string, string][];
  /** API field → the flag(s) that set it, as messages name them (`--disable/--enable`). */
  flagOf: Record<string, string>;
  /** The body fields the spec requires, with the flag(s) that set them. */
  required: { field: string; flags: string[] }[];
  /** Extra help text after the flags. */
  notes?: string;
  run(ctx: Context): Promise<number | void>;
}

/** A flag: its long name (no `--`), the placeholder of its value (none: a boolean flag), its help. */
export interface Flag {
  name: string;
  value?: string;
  short?: string;
  help: string;
}

/** How a body or query field is set from the command line: a flag, several, or why none. */
type FieldFlags = Flag | readonly Flag[] | { omit: string };

type Ops = typeof operations;
type BodyField<K extends CliOperationId> = Extract<Ops[K]['body'], { fields: unknown }>['fields'][number];
type InputField<K extends CliOperationId> = BodyField<K> | Ops[K]['queryParams'][number];
type PathParam<K extends CliOperationId> = Ops[K]['pathParams'][number];

/** What is hand-written for the command of operation `K`. */
interface CommandDef<K extends CliOperationId> {
  summary: string;
  /** The positional argument's placeholder for each path parameter. */
  args: { readonly [P in PathParam<K>]: string };
  /** Every body and query field of the operation: its flag(s), or `{ omit: 'why' }`. */
  fields: { readonly [F in InputField<K>]: FieldFlags };
  /** Flags that set no API field (`--all`, `--quiet`, `--yes`). */
  flags?: readonly Flag[];
  notes?: string;
  run(ctx: Context): Promise<number | void>;
}

/** Flags every command takes. */
export const globalOptions = {
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
  'base-url': { type: 'string' },
  'api-key-stdin': { type: 'boolean' },
  'http-referer': { type: 'string' },
  'app-title': { type: 'string' },
  'app-categories': { type: 'string' },
  timeout: { type: 'string' },
  retries: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
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

/** A string flag's value (parseArgs gives strings for them). */
const text = (ctx: Context, name: string): string | undefined => {
  const value = ctx.values[name];
  return typeof value === 'string' ? value : undefined;
};
const given = (ctx: Context, name: string): boolean => ctx.values[name] !== undefined;
/** A value the command checked for before running (a required field's flag). */
const required = (ctx: Context, name: string): string => {
  const value = text(ctx, name);
  if (value === undefined) throw new UsageError(`--${name} is required`, ctx.command.name);
  return value;
};

const show = async (ctx: Context, call: (mg: ModelGates) => APIPromise<{ data: ApiKey }>) => {
  const { data, requestId } = await call(await ctx.client()).withResponse();
  ctx.requestId(requestId);
  if (ctx.json) ctx.out.json(data);
  else ctx.out.out(keyView(data.data, ctx.out.paint));
};

const STATUSES = ['active', 'disabled', 'expired'] as const;
const SORTS = ['name', 'usage', 'created'] as const;
const ORDERS: Record<(typeof SORTS)[number], (a: ApiKey, b: ApiKey) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  usage: (a, b) => b.usage - a.usage,
  created: (a, b) => Date.parse(b.created_at) - Date.parse(a.created_at),
};

/** Not expired yet, and expiring at most `ms` from now. */
function expiresWithin(k: ApiKey, now: number, ms: number): boolean {
  if (!k.expires_at) return false;
  const at = Date.parse(k.expires_at);
  return at > now && at <= now + ms;
}

const FULL_HASH = /^[0-9a-f]{64}$/i;
const MIN_PREFIX = 8;
const KEY_NOTE = `KEY: a key's hash, a unique prefix of it (${MIN_PREFIX} or more characters) or its exact name.`;

/**
 * The key a `KEY` argument names: a full hash as it is (no request); otherwise the one key, among
 * those `keys list --include-disabled` shows, whose hash starts with it (8 characters or more) or
 * whose name is exactly it. No match is exit 3, several a usage error listing them: in both cases
 * nothing is changed.
 */
async function resolveKey(ctx: Context): Promise<{ hash: string; name?: string }> {
  const ref = ctx.args[0]!;
  if (FULL_HASH.test(ref)) return { hash: ref };
  const prefix = ref.length >= MIN_PREFIX && /^[0-9a-f]+$/i.test(ref) ? ref.toLowerCase() : undefined;
  const matches: ApiKey[] = [];
  const mg = await ctx.client();
  ctx.state.listed = true;
  for await (const k of mg.apiKeys.listAll({ include_disabled: true })) {
    if (k.name === ref || (prefix && k.hash.startsWith(prefix))) matches.push(k);
  }
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    throw new KeyNotFoundError(
      `no key matches "${ref}": give a hash, a unique hash prefix (${MIN_PREFIX} or more characters) or an exact name (see modelgates keys list --include-disabled)`,
    );
  }
  const candidates = matches.map((k) => `  ${k.hash}  ${k.name}`).join('\n');
  throw new UsageError(
    `"${ref}" matches ${matches.length} keys; give more of the hash:\n${candidates}`,
    ctx.command.name,
  );
}

/** `--reset`'s values: the spec's enum. */
const resets = schemaFields.CreateKeyRequest.limit_reset.enum;

const workspaceFlag: Flag = {
  name: 'workspace',
  value: 'ID',
  help: 'the workspace (a uuid; default: the default workspace)',
};

/** The command of every CLI operation of the registry, by operationId. */
const definitions = {
  getCurrentKey: {
    summary: 'show the key you authenticate with: label, usage, limit, remaining',
    args: {},
    fields: {},
    async run(ctx) {
      const { data, requestId } = await (await ctx.client()).apiKeys.getCurrentKeyMetadata().withResponse();
      ctx.requestId(requestId);
      if (ctx.json) ctx.out.json(data);
      else ctx.out.out(currentKeyView(data.data, ctx.out.paint));
    },
  },

  list: {
    summary: 'list keys, one page of up to 100 (--all for every page)',
    args: {},
    fields: {
      include_disabled: { name: 'include-disabled', help: 'include disabled keys' },
      workspace_id: workspaceFlag,
      offset: { name: 'offset', value: 'N', help: 'skip the first N keys' },
    },
    flags: [
      { name: 'all', help: 'walk every page' },
      { name: 'status', value: 'STATUS', help: 'only the keys that are active, disabled or expired' },
      { name: 'expiring-within', value: 'TIME', help: 'only the keys that expire within TIME: 12h, 7d, 2w' },
      {
        name: 'sort',
        value: 'ORDER',
        help: 'name (A to Z), usage (highest first) or created (newest first)',
      },
    ],
    notes:
      '--status, --expiring-within and --sort walk every page (as --all does): a filter or an order over one page would miss keys.',
    async run(ctx) {
      const name = ctx.command.name;
      const wanted = parseChoice('status', text(ctx, 'status'), STATUSES, name);
      const within = parseDuration('expiring-within', text(ctx, 'expiring-within'), name);
      const order = parseChoice('sort', text(ctx, 'sort'), SORTS, name);
      const query: ListQuery = {
        // Disabled keys are listed only when asked for, so `--status disabled` asks.
        include_disabled: given(ctx, 'include-disabled') || wanted === 'disabled' ? true : undefined,
        workspace_id: text(ctx, 'workspace'),
        offset: parseOffset(text(ctx, 'offset'), name),
      };
      const mg = await ctx.client();
      let keys: ApiKey[];
      let body: unknown;
      if (given(ctx, 'all') || wanted || within !== undefined || order) {
        keys = [];
        for await (const k of mg.apiKeys.listAll(query)) keys.push(k);
        const now = Date.now();
        keys = keys.filter(
          (k) =>
            (!wanted || status(k, now) === wanted) && (within === undefined || expiresWithin(k, now, within)),
        );
        if (order) keys.sort(ORDERS[order]);
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
  },

  createKeys: {
    summary: 'create a key and print its secret, once',
    args: {},
    fields: {
      name: { name: 'name', value: 'NAME', help: "the key's name" },
      limit: { name: 'limit', value: 'USD', help: 'spending limit in USD, or "none"' },
      limit_reset: {
        name: 'reset',
        value: 'PERIOD',
        help: 'when the limit resets: daily, weekly or monthly (midnight UTC), or "none"',
      },
      expires_at: {
        name: 'expires',
        value: 'WHEN',
        help: 'a UTC date-time (2027-12-31T23:59:59Z), or a date (2027-12-31): the end of that day, UTC',
      },
      workspace_id: workspaceFlag,
      include_byok_in_limit: { name: 'include-byok', help: 'count bring-your-own-key usage in the limit' },
      creator_user_id: {
        name: 'creator-user-id',
        value: 'ID',
        help: 'the member creating it (organization-owned keys only)',
      },
    },
    flags: [{ name: 'quiet', short: 'q', help: 'print only the secret (for piping into a secret store)' }],
    notes: 'The secret is printed once, to stdout, and never again: store it now.',
    async run(ctx) {
      const quiet = given(ctx, 'quiet');
      if (quiet && ctx.json)
        throw new UsageError('--quiet and --json cannot be used together', ctx.command.name);
      const expiry = parseExpires(text(ctx, 'expires'), ctx.command.name);
      const body: CreateKeyInput = {
        name: required(ctx, 'name'),
        limit: parseLimit(text(ctx, 'limit'), ctx.command.name),
        limit_reset: parseReset(text(ctx, 'reset'), resets, ctx.command.name),
        expires_at: expiry?.value,
        workspace_id: text(ctx, 'workspace'),
        include_byok_in_limit: given(ctx, 'include-byok') ? true : undefined,
        creator_user_id: text(ctx, 'creator-user-id'),
      };
      const mg = await ctx.client();
      if (expiry?.endOfDay)
        ctx.out.err(
          `note: --expires ${text(ctx, 'expires')} means the end of that day, UTC: ${expiry.value}`,
        );
      const { data, requestId } = await mg.apiKeys.create(body).withResponse();
      ctx.out.addSecret(data.key);
      ctx.requestId(requestId);
      if (ctx.json) return ctx.out.json(data);
      if (quiet) return ctx.out.out(data.key);
      ctx.out.out(`Created key "${data.data.name}".\n\n${keyView(data.data, ctx.out.paint)}\n`);
      ctx.out.out(`${ctx.out.paint('bold', 'secret')} (shown this once; store it now):\n${data.key}`);
    },
  },

  getKey: {
    summary: 'show one key',
    args: { hash: 'KEY' },
    notes: KEY_NOTE,
    fields: {},
    async run(ctx) {
      const { hash } = await resolveKey(ctx);
      await show(ctx, (mg) => mg.apiKeys.get(hash));
    },
  },

  updateKeys: {
    summary: "change a key's name, limit, reset, or disable / enable it",
    args: { hash: 'KEY' },
    notes: KEY_NOTE,
    fields: {
      name: { name: 'name', value: 'NAME', help: 'a new name' },
      limit: { name: 'limit', value: 'USD', help: 'a new spending limit in USD, or "none" to remove it' },
      limit_reset: { name: 'reset', value: 'PERIOD', help: 'daily, weekly, monthly, or "none"' },
      disabled: [
        { name: 'disable', help: 'disable the key (it stops working at once)' },
        { name: 'enable', help: 'enable it again' },
      ],
      include_byok_in_limit: [
        { name: 'include-byok', help: 'count bring-your-own-key usage in the limit' },
        { name: 'exclude-byok', help: 'stop counting it' },
      ],
    },
    async run(ctx) {
      const name = ctx.command.name;
      for (const [on, off] of [
        ['disable', 'enable'],
        ['include-byok', 'exclude-byok'],
      ] as const) {
        if (given(ctx, on) && given(ctx, off))
          throw new UsageError(`--${on} and --${off} cannot be used together`, name);
      }
      const choose = (on: string, off: string) =>
        given(ctx, on) ? true : given(ctx, off) ? false : undefined;
      const body: UpdateKeyInput = {
        name: text(ctx, 'name'),
        limit: parseLimit(text(ctx, 'limit'), name),
        limit_reset: parseReset(text(ctx, 'reset'), resets, name),
        disabled: choose('disable', 'enable'),
        include_byok_in_limit: choose('include-byok', 'exclude-byok'),
      };
      if (Object.values(body).every((v) => v === undefined)) {
        const flags = Object.values(ctx.command.flagOf).join(', ');
        throw new UsageError(`nothing to change: give at least one of ${flags}`, name);
      }
      const { hash } = await resolveKey(ctx);
      await show(ctx, (mg) => mg.apiKeys.update(hash, body));
    },
  },

  deleteKeys: {
    summary: 'delete a key (asks first on a terminal; --yes in scripts)',
    args: { hash: 'KEY' },
    notes: KEY_NOTE,
    fields: {},
    flags: [{ name: 'yes', short: 'y', help: 'do not ask for confirmation (required without a terminal)' }],
    async run(ctx) {
      const yes = given(ctx, 'yes');
      // Checked before anything is sent: a script without --yes gets nothing done.
      if (!yes && !ctx.interactive) {
        throw new UsageError(
          'refusing to delete without confirmation: stdin is not a terminal; pass --yes',
          ctx.command.name,
        );
      }
      const mg = await ctx.client();
      const { hash, name } = await resolveKey(ctx);
      if (!yes) {
        // The key is named in the question (fetched first when given by its hash: a typo fails here).
        const shown = name ?? (await mg.apiKeys.get(hash)).data.name;
        if (!(await ctx.confirm(`Delete key "${shown}" (${hash})? This cannot be undone. [y/N] `))) {
          ctx.out.err('Not deleted.');
          return 1;
        }
      }
      const { data, requestId } = await mg.apiKeys.delete(hash).withResponse();
      ctx.requestId(requestId);
      if (ctx.json) ctx.out.json(data);
      else ctx.out.out(`Deleted key ${hash}.`);
    },
  },
} satisfies { [K in CliOperationId]: CommandDef<K> };

const flagText = (f: Flag) => `${f.short ? `-${f.short}, ` : ''}--${f.name}${f.value ? ` ${f.value}` : ''}`;
const option = (f: Flag): Options[string] => ({
  type: f.value ? 'string' : 'boolean',
  ...(f.short ? { short: f.short } : {}),
});

/** What `fromOperation` reads of a definition, whichever operation it is for. */
interface AnyCommandDef {
  summary: string;
  args: Readonly<Record<string, string>>;
  fields: Readonly<Record<string, FieldFlags>>;
  flags?: readonly Flag[];
  notes?: string;
  run(ctx: Context): Promise<number | void>;
}

/** Each command's definition, by operationId (also read by the field-coverage test). */
export const definitionsById: Readonly<Record<string, AnyCommandDef | undefined>> = definitions;

/** A command from its operation's registry entry and its hand-written definition. */
function fromOperation(id: string, op: Ops[OperationId], cli: string, def: AnyCommandDef): Command {
  const requiredFields: readonly string[] = op.body?.requiredFields ?? [];
  const flags: [string, string][] = [];
  const options: Options = {};
  const flagOf: Record<string, string> = {};
  const required: Command['required'] = [];
  for (const [field, set] of Object.entries(def.fields)) {
    if ('omit' in set) continue;
    const list: readonly Flag[] = Array.isArray(set) ? set : [set];
    const isRequired = requiredFields.includes(field);
    for (const f of list) {
      options[f.name] = option(f);
      flags.push([flagText(f), `${f.help}${isRequired ? ' (required)' : ''}`]);
    }
    flagOf[field] = list.map((f) => `--${f.name}`).join('/');
    if (isRequired) required.push({ field, flags: list.map((f) => f.name) });
  }
  for (const f of def.flags ?? []) {
    options[f.name] = option(f);
    flags.push([flagText(f), f.help]);
  }
  const args = op.pathParams.map((p) => def.args[p] ?? p.toUpperCase());
  for (const [i, p] of op.pathParams.entries()) flagOf[p] = args[i]!;
  return {
    name: cli,
    operationId: id,
    summary: def.summary,
    args,
    options,
    flags,
    flagOf,
    required,
    notes: def.notes,
    run: (ctx) => def.run(ctx),
  };
}

/** `modelgates completion SHELL`: the CLI's own command, no operation behind it. */
const completion: Command = {
  name: 'completion',
  summary: 'print the shell completion script for bash, zsh or fish',
  args: ['SHELL'],
  options: {},
  flags: [],
  flagOf: {},
  required: [],
  notes: [
    'bash: source <(modelgates completion bash)   (in ~/.bashrc)',
    'zsh:  source <(modelgates completion zsh)    (in ~/.zshrc, after compinit)',
    'fish: modelgates completion fish > ~/.config/fish/completions/modelgates.fish',
  ].join('\n'),
  async run(ctx) {
    const shell = parseChoice('SHELL', ctx.args[0], SHELLS, ctx.command.name);
    ctx.out.out(completionScript(shell!));
  },
};

/** The commands, in the spec's order of their operations, then the CLI's own. */
export const commands: readonly Command[] = [
  ...Object.entries(operations).flatMap(([id, op]) => {
    const def = definitionsById[id];
    // `definitions` has every CLI operation (checked by type); `cliExclude` ones have no words.
    return op.cli !== null && def ? [fromOperation(id, op, op.cli, def)] : [];
  }),
  completion,
];

/** What completion offers after a flag that takes one of a few values. */
export const flagValues: Readonly<Record<string, readonly string[]>> = {
  reset: [...resets, 'none'],
  status: STATUSES,
  sort: SORTS,
};
