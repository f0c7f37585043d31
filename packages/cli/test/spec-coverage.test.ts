/**
 * The CLI against the registry generated from the spec: a command for every operation (or the
 * spec's reason for none), a flag for every body and query field (or a stated reason), help that
 * marks what the spec requires, and views that show every field of their schema (hand-presented,
 * shown generically, or hidden with a reason). The type checker already refuses a new operation or a
 * new request field in commands.ts; these tests also name the field and the file, and cover what
 * types cannot see: a new response field, and a presentation that claims a field it does not show.
 */
import { responseExample } from '@modelgates/test-utils';
import { describe, expect, it } from 'vitest';
import { commands, definitionsById } from '../src/internal/commands.js';
import {
  currentKeyFields,
  currentKeyView,
  genericFields,
  keyFields,
  keysTable,
  keyView,
  tableFields,
} from '../src/internal/format.js';
import type { Paint } from '../src/internal/output.js';
import { type FieldInfo, operationDocs, operations, schemaFields } from '@modelgates/sdk/registry';

const COMMANDS_FILE = 'packages/cli/src/internal/commands.ts';
const FORMAT_FILE = 'packages/cli/src/internal/format.ts';
const plain: Paint = (_, text) => text;

describe('a command for every operation of the registry', () => {
  it.each(Object.entries(operations))('%s', (id, op) => {
    const command = commands.find((c) => c.operationId === id);
    if (op.cli === null) {
      const docs = operationDocs[id as keyof typeof operationDocs];
      const reason = 'cliExclude' in docs ? String(docs.cliExclude) : undefined;
      expect(reason, `${id} has neither x-modelgates.cli nor cliExclude in the spec`).toMatch(/\S/);
      expect(command, `${id} is excluded from the CLI (cliExclude) but has a command`).toBeUndefined();
      return;
    }
    expect(command?.name, `${id} ("${op.cli}") has no command in ${COMMANDS_FILE}`).toBe(op.cli);
  });
});

describe('a flag for every body and query field, or a reason for none', () => {
  const cases = commands.filter((c) => c.operationId).map((c) => [c.name, c] as const);
  it.each(cases)('%s', (_, command) => {
    const id = command.operationId!;
    const op = operations[id as keyof typeof operations];
    const table = definitionsById[id]!.fields;
    const inputs: [string, string][] = [
      ...(op.body?.fields ?? []).map((f): [string, string] => ['body', f]),
      ...op.queryParams.map((f): [string, string] => ['query', f]),
    ];
    const problems: string[] = [];
    for (const [where, field] of inputs) {
      const set = table[field];
      if (!set) problems.push(`${where} field "${field}" of ${id} has no flag in ${COMMANDS_FILE}`);
      else if ('omit' in set && !/\S/.test(set.omit))
        problems.push(`${where} field "${field}" of ${id} is omitted without a reason in ${COMMANDS_FILE}`);
      else if (!('omit' in set) && !command.flagOf[field])
        problems.push(`${where} field "${field}" of ${id}: its flag is not registered`);
    }
    for (const field of Object.keys(table)) {
      if (!inputs.some(([, f]) => f === field))
        problems.push(`"${field}" in ${COMMANDS_FILE} is not a field of ${id} (stale?)`);
    }
    for (const param of op.pathParams) {
      if (!command.flagOf[param]) problems.push(`path parameter "${param}" of ${id} has no argument`);
    }
    expect(problems).toEqual([]);
  });

  it('help marks exactly the body fields the spec requires as required', () => {
    for (const command of commands) {
      const op = command.operationId ? operations[command.operationId as keyof typeof operations] : undefined;
      const requiredFields: readonly string[] = op?.body?.requiredFields ?? [];
      for (const [field, flags] of Object.entries(command.flagOf)) {
        const lines = command.flags.filter(([flag]) =>
          flags.split('/').some((f) => flag.split(/[ ,]+/).includes(f)),
        );
        if (op?.pathParams.includes(field as never)) continue;
        expect(lines.length, `${command.name}: no help line for ${flags}`).toBeGreaterThan(0);
        for (const [flag, help] of lines) {
          expect(help.endsWith('(required)'), `${command.name} ${flag} (${field})`).toBe(
            requiredFields.includes(field),
          );
        }
      }
    }
  });
});

/** Another valid value for a field: what changes in the output if the field is shown. */
function changed(value: unknown, info: FieldInfo): unknown {
  if (value === null || value === undefined) return sample(info);
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value + 7.25;
  if (typeof value === 'string') {
    if (info.enum) return info.enum.find((e) => e !== value);
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? `${value}-changed` : new Date(ms + 3 * 86_400_000).toISOString();
  }
  return { ...value, changed: true };
}

function sample(info: FieldInfo): unknown {
  if (info.enum) return info.enum[0];
  if (info.format === 'date-time') return '2031-05-06T07:08:09Z';
  return { string: 'sample', number: 3.5, integer: 3, boolean: true, object: {}, array: [] }[
    info.type as string
  ];
}

/** The spec's example of a schema, with every field of the schema present (and a limit set). */
function fixture(schema: 'ApiKey' | 'CurrentKey', example: unknown): Record<string, unknown> {
  const fields: Readonly<Record<string, FieldInfo>> = schemaFields[schema];
  const item: Record<string, unknown> = { ...(example as object), limit: 100 };
  for (const [name, info] of Object.entries(fields)) if (item[name] === undefined) item[name] = sample(info);
  return item;
}

const views = [
  [
    'keyView',
    keyFields,
    (k: Record<string, unknown>) => keyView(k as never, plain),
    fixture('ApiKey', (responseExample('/keys/{hash}', 'get', 200) as { data: unknown }).data),
  ],
  [
    'currentKeyView',
    currentKeyFields,
    (k: Record<string, unknown>) => currentKeyView(k as never, plain),
    fixture('CurrentKey', (responseExample('/key', 'get', 200) as { data: unknown }).data),
  ],
  [
    'keysTable',
    tableFields,
    (k: Record<string, unknown>) => keysTable([k as never], plain),
    fixture('ApiKey', (responseExample('/keys/{hash}', 'get', 200) as { data: unknown }).data),
  ],
] as const;

describe('every field of the schema is presented, shown generically, or hidden with a reason', () => {
  it.each(views)('%s', (viewName, view, render, item) => {
    const fields: Readonly<Record<string, FieldInfo>> = schemaFields[view.schema];
    const hidden: Readonly<Record<string, string | undefined>> = view.hidden;
    const before = render(item);
    const problems: string[] = [];
    for (const [field, info] of Object.entries(fields)) {
      if (info.secret) continue;
      if (field in hidden) {
        if (!/\S/.test(hidden[field] ?? '')) problems.push(`${field}: hidden without a reason`);
        continue;
      }
      if (render({ ...item, [field]: changed(item[field], info) }) === before)
        problems.push(
          `${view.schema}.${field} is neither presented nor shown by ${viewName} (${FORMAT_FILE})`,
        );
    }
    for (const field of Object.keys(hidden)) {
      if (!(field in fields)) problems.push(`${field} is hidden by ${viewName} but not in ${view.schema}`);
    }
    expect(problems).toEqual([]);
  });

  it('a field no row presents is shown generically, labelled by its name', () => {
    // ApiKey.creator_user_id has no hand-chosen row: it is what a new response field looks like.
    expect(genericFields(keyFields)).toContain('creator_user_id');
    const item = fixture('ApiKey', (responseExample('/keys/{hash}', 'get', 200) as { data: unknown }).data);
    const text = keyView({ ...item, creator_user_id: 'user_42' } as never, plain);
    expect(text).toMatch(/^creator user id {2,}user_42$/m);
    expect(keyView({ ...item, creator_user_id: null } as never, plain)).toMatch(/^creator user id {2,}-$/m);
  });
});
