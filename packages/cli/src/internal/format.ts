/** The human-readable views: a summary for one key, a table for many. Plain text, colour optional. */
import type { ApiKey, CurrentKey } from '@modelgates/sdk';
import type { Paint } from './output.js';
import { type FieldInfo, type SchemaName, schemaFields } from '@modelgates/sdk/registry';

/** USD: cents when the value has no finer part, up to 6 decimals when it does. */
export function usd(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'none';
  const digits = Math.round(value * 100) === value * 100 ? 2 : Math.min(6, Math.max(2, decimals(value)));
  return `${value < 0 ? '-' : ''}$${Math.abs(value).toFixed(digits)}`;
}

function decimals(value: number): number {
  const text = String(value);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]);
  return text.split('.')[1]?.length ?? 0;
}

/** An ISO date-time as `2027-12-31 23:59:59 UTC`; what the server sent if it does not parse. */
export function when(value: string | null | undefined): string {
  if (!value) return 'never';
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
}

export function status(
  key: Pick<ApiKey, 'disabled' | 'expires_at'>,
  now = Date.now(),
): 'disabled' | 'expired' | 'active' {
  if (key.disabled) return 'disabled';
  if (key.expires_at && Date.parse(key.expires_at) <= now) return 'expired';
  return 'active';
}

const painted = (paint: Paint, s: ReturnType<typeof status>) =>
  paint(s === 'active' ? 'green' : s === 'disabled' ? 'red' : 'yellow', s);

function limitText(limit: number | null, reset: string | null | undefined): string {
  if (limit === null) return 'none';
  return reset ? `${usd(limit)}, resets ${reset}` : usd(limit);
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

const remainingText = (k: Pick<ApiKey, 'limit' | 'limit_remaining'>) =>
  k.limit === null ? 'no limit' : usd(k.limit_remaining);

function usageText(k: Pick<ApiKey, 'usage' | 'usage_daily' | 'usage_weekly' | 'usage_monthly'>): string {
  return `${usd(k.usage)} (today ${usd(k.usage_daily)}, this week ${usd(k.usage_weekly)}, this month ${usd(k.usage_monthly)})`;
}

const byokFields = [
  'byok_usage',
  'byok_usage_daily',
  'byok_usage_weekly',
  'byok_usage_monthly',
  'include_byok_in_limit',
] as const;

function byokText(k: Pick<ApiKey, (typeof byokFields)[number]>): string {
  return `${usd(k.byok_usage)} (today ${usd(k.byok_usage_daily)}, this week ${usd(k.byok_usage_weekly)}, this month ${usd(k.byok_usage_monthly)})${k.include_byok_in_limit ? ', counted in the limit' : ''}`;
}

/** Aligned `label  value` lines. */
export function summary(rows: [string, string][], paint: Paint): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${paint('bold', label.padEnd(width))}  ${value}`).join('\n');
}

/** A field of a response object, by name (a field the types may not know yet). */
const fieldOf = (item: object, name: string): unknown => (item as Record<string, unknown>)[name];

/** `last_used_at` → `last used at`. */
const labelOf = (field: string) => field.replaceAll('_', ' ');

/** A field shown without hand-chosen presentation, formatted from what the schema says of it. */
export function generic(value: unknown, info: FieldInfo | undefined): string {
  if (value === null || value === undefined) return info?.format === 'date-time' ? 'never' : '-';
  if (info?.format === 'date-time' && typeof value === 'string') return when(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * A view of one schema's objects: hand-chosen rows (or columns) for the fields they name, a stated
 * reason for each field deliberately left out, and every other field of the schema (from the
 * registry's `schemaFields`) shown generically, so a field added to the spec appears with no edit here.
 */
interface Presented<T> {
  label: string;
  fields: readonly (keyof T & string)[];
  value: (item: T, paint: Paint) => string;
}

interface View<T> {
  schema: SchemaName;
  presented: readonly Presented<T>[];
  /** Fields not shown, and why (`--json` always has them). */
  hidden: Partial<Record<keyof T & string, string>>;
}

/** The fields a view shows generically: in the schema, neither presented, hidden nor secret. */
export function genericFields<T>(view: View<T>): string[] {
  const fields: Readonly<Record<string, FieldInfo>> = schemaFields[view.schema];
  const taken = new Set<string>([...view.presented.flatMap((p) => p.fields), ...Object.keys(view.hidden)]);
  return Object.entries(fields)
    .filter(([name, info]) => !taken.has(name) && !info.secret)
    .map(([name]) => name);
}

function rowsOf<T extends object>(view: View<T>, item: T, paint: Paint): [string, string][] {
  const fields: Readonly<Record<string, FieldInfo>> = schemaFields[view.schema];
  return [
    ...view.presented.map((p): [string, string] => [p.label, p.value(item, paint)]),
    ...genericFields(view).map((f): [string, string] => [labelOf(f), generic(fieldOf(item, f), fields[f])]),
  ];
}

/** The rows both kinds of key have: usage, limit, remaining, BYOK usage. */
type Spending = Pick<ApiKey, keyof ApiKey & keyof CurrentKey>;
const spending: readonly Presented<Spending>[] = [
  { label: 'usage', fields: ['usage', 'usage_daily', 'usage_weekly', 'usage_monthly'], value: usageText },
  { label: 'limit', fields: ['limit', 'limit_reset'], value: (k) => limitText(k.limit, k.limit_reset) },
  { label: 'remaining', fields: ['limit_remaining'], value: remainingText },
  { label: 'byok usage', fields: byokFields, value: byokText },
];

export const currentKeyFields: View<CurrentKey> = {
  schema: 'CurrentKey',
  presented: [
    { label: 'label', fields: ['label'], value: (k) => k.label },
    ...spending,
    { label: 'management key', fields: ['is_management_key'], value: (k) => yesNo(k.is_management_key) },
    { label: 'free tier', fields: ['is_free_tier'], value: (k) => yesNo(k.is_free_tier) },
    { label: 'expires', fields: ['expires_at'], value: (k) => when(k.expires_at) },
  ],
  hidden: {
    is_provisioning_key: 'deprecated: the same as is_management_key',
    rate_limit: 'deprecated legacy information, safe to ignore (the spec says)',
  },
};

export const keyFields: View<ApiKey> = {
  schema: 'ApiKey',
  presented: [
    { label: 'name', fields: ['name'], value: (k) => k.name },
    { label: 'hash', fields: ['hash'], value: (k) => k.hash },
    { label: 'label', fields: ['label'], value: (k) => k.label },
    { label: 'status', fields: ['disabled'], value: (k, paint) => painted(paint, status(k)) },
    ...spending,
    // `expires_at` also makes the status.
    { label: 'expires', fields: ['expires_at'], value: (k) => when(k.expires_at) },
    { label: 'created', fields: ['created_at'], value: (k) => when(k.created_at) },
    { label: 'updated', fields: ['updated_at'], value: (k) => when(k.updated_at) },
    { label: 'workspace', fields: ['workspace_id'], value: (k) => k.workspace_id },
  ],
  hidden: {},
};

export function currentKeyView(k: CurrentKey, paint: Paint): string {
  return summary(rowsOf(currentKeyFields, k, paint), paint);
}

export function keyView(k: ApiKey, paint: Paint): string {
  return summary(rowsOf(keyFields, k, paint), paint);
}

/** The columns of `keys list`: the hash last and in full, since `keys get/update/delete` take it.
 * A field of the schema that is neither a column nor left out below gets a column of its own. */
export const tableFields: View<ApiKey> = {
  schema: 'ApiKey',
  presented: [
    { label: 'NAME', fields: ['name'], value: (k) => k.name },
    { label: 'LABEL', fields: ['label'], value: (k) => k.label },
    { label: 'STATUS', fields: ['disabled'], value: (k) => status(k) },
    { label: 'USAGE', fields: ['usage'], value: (k) => usd(k.usage) },
    { label: 'LIMIT', fields: ['limit'], value: (k) => usd(k.limit) },
    { label: 'RESET', fields: ['limit_reset'], value: (k) => k.limit_reset ?? '-' },
    {
      label: 'EXPIRES',
      fields: ['expires_at'],
      value: (k) => (k.expires_at ? when(k.expires_at).slice(0, 10) : 'never'),
    },
    { label: 'HASH', fields: ['hash'], value: (k) => k.hash },
  ],
  hidden: Object.fromEntries(
    (
      [
        'limit_remaining',
        'include_byok_in_limit',
        'usage_daily',
        'usage_weekly',
        'usage_monthly',
        ...byokFields,
        'created_at',
        'updated_at',
        'creator_user_id',
        'workspace_id',
      ] as const satisfies readonly (keyof ApiKey)[]
    ).map((f) => [f, 'a detail: in `keys get`, not in a one-line-per-key table']),
  ),
};

export function keysTable(keys: readonly ApiKey[], paint: Paint): string {
  const extra = genericFields(tableFields);
  // The hash stays the last column: generic columns go before it.
  const hashColumn = tableFields.presented.length - 1;
  const header = [
    ...tableFields.presented.slice(0, hashColumn).map((p) => p.label),
    ...extra.map((f) => labelOf(f).toUpperCase()),
    tableFields.presented[hashColumn]!.label,
  ];
  const fields: Readonly<Record<string, FieldInfo>> = schemaFields[tableFields.schema];
  const plain: Paint = (_, text) => text;
  const rows = keys.map((k) => {
    const cells = tableFields.presented.map((p) => p.value(k, plain));
    const hash = cells.pop()!;
    return [...cells, ...extra.map((f) => generic(fieldOf(k, f), fields[f])), hash];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[], style?: (cell: string, i: number) => string) =>
    cells
      .map((cell, i) => {
        const padded = i === cells.length - 1 ? cell : cell.padEnd(widths[i]!);
        return style ? style(padded, i) : padded;
      })
      .join('  ');
  const statusCol = header.indexOf('STATUS');
  return [
    line(header, (cell) => paint('bold', cell)),
    ...rows.map((r) =>
      line(r, (cell, i) =>
        i === statusCol ? cell.replace(r[i]!, painted(paint, r[i] as ReturnType<typeof status>)) : cell,
      ),
    ),
  ].join('\n');
}
