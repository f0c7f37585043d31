/** The human-readable views: a summary for one key, a table for many. Plain text, colour optional. */
import type { ApiKey, CurrentKey } from '@modelgates/sdk';
import type { Paint } from './output.js';

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

function usageText(k: Pick<ApiKey, 'usage' | 'usage_daily' | 'usage_weekly' | 'usage_monthly'>): string {
  return `${usd(k.usage)} (today ${usd(k.usage_daily)}, this week ${usd(k.usage_weekly)}, this month ${usd(k.usage_monthly)})`;
}

function byokText(k: Pick<ApiKey, 'byok_usage' | 'include_byok_in_limit'>): string {
  return `${usd(k.byok_usage)}${k.include_byok_in_limit ? ', counted in the limit' : ''}`;
}

/** Aligned `label  value` lines. */
export function summary(rows: [string, string][], paint: Paint): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${paint('bold', label.padEnd(width))}  ${value}`).join('\n');
}

export function currentKeyView(k: CurrentKey, paint: Paint): string {
  return summary(
    [
      ['label', k.label],
      ['usage', usageText(k)],
      ['limit', limitText(k.limit, k.limit_reset)],
      ['remaining', k.limit === null ? 'no limit' : usd(k.limit_remaining)],
      ['byok usage', byokText(k)],
      ['management key', k.is_management_key ? 'yes' : 'no'],
      ['free tier', k.is_free_tier ? 'yes' : 'no'],
      ['expires', when(k.expires_at)],
    ],
    paint,
  );
}

export function keyView(k: ApiKey, paint: Paint): string {
  return summary(
    [
      ['name', k.name],
      ['hash', k.hash],
      ['label', k.label],
      ['status', painted(paint, status(k))],
      ['usage', usageText(k)],
      ['limit', limitText(k.limit, k.limit_reset)],
      ['remaining', k.limit === null ? 'no limit' : usd(k.limit_remaining)],
      ['byok usage', byokText(k)],
      ['expires', when(k.expires_at)],
      ['created', when(k.created_at)],
      ['updated', when(k.updated_at)],
      ['workspace', k.workspace_id],
    ],
    paint,
  );
}

/** One row per key; the hash last and in full, since `keys get/update/delete` take it. */
export function keysTable(keys: readonly ApiKey[], paint: Paint): string {
  const header = ['NAME', 'LABEL', 'STATUS', 'USAGE', 'LIMIT', 'RESET', 'EXPIRES', 'HASH'];
  const rows = keys.map((k) => [
    k.name,
    k.label,
    status(k),
    usd(k.usage),
    usd(k.limit),
    k.limit_reset ?? '-',
    k.expires_at ? when(k.expires_at).slice(0, 10) : 'never',
    k.hash,
  ]);
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
