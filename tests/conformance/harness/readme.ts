/**
 * The runtime table in the root README, between its markers: generated from a full run, never
 * edited by hand. Written only when asked (`--write-readme`), so a test run leaves the checkout as
 * it found it; otherwise a run only says whether the table still matches.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface LegSummary {
  label: string;
  version: string;
  passed: number;
  failed: number;
  ms: number;
}

const START = '<!-- runtimes:start -->';
const END = '<!-- runtimes:end -->';

export function renderTable(rows: LegSummary[]): string {
  // No timings here: they change on every run and would make the README churn; the run prints them.
  const lines = ['| runtime | version | result |', '|---|---|---|'];
  for (const r of rows) {
    const result =
      r.failed === 0
        ? `✅ ${r.passed}/${r.passed} passed`
        : `❌ ${r.failed} of ${r.passed + r.failed} failed`;
    lines.push(`| ${r.label} | ${r.version} | ${result} |`);
  }
  return lines.join('\n');
}

/** The README with the block's content replaced by `rows`; undefined when the markers are missing. */
function withRuntimeTable(text: string, rows: LegSummary[]): string | undefined {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) return undefined;
  return `${text.slice(0, start + START.length)}\n${renderTable(rows)}\n${text.slice(end)}`;
}

/**
 * Compares the README's table with `rows`: 'current' (it already shows them), 'stale' (it shows
 * something else; with `write` it is rewritten instead, 'written') or 'missing' (no markers).
 */
export function syncRuntimeTable(
  readmePath: string,
  rows: LegSummary[],
  write: boolean,
): 'current' | 'stale' | 'written' | 'missing' {
  const text = readFileSync(readmePath, 'utf8');
  const next = withRuntimeTable(text, rows);
  if (next === undefined) return 'missing';
  if (next === text) return 'current';
  if (!write) return 'stale';
  writeFileSync(readmePath, next);
  return 'written';
}
