/**
 * Writes the runtime table of the last run into the root README, between its markers, and nowhere
 * else: the table is generated, never edited by hand.
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

/** Replaces the block's content; returns false (and leaves the file alone) when the markers are missing. */
export function writeRuntimeTable(readmePath: string, rows: LegSummary[]): boolean {
  const text = readFileSync(readmePath, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) return false;
  const next = `${text.slice(0, start + START.length)}\n${renderTable(rows)}\n${text.slice(end)}`;
  if (next !== text) writeFileSync(readmePath, next);
  return true;
}
