/**
 * tools/list through the official MCP client against the built bin: names, titles, descriptions
 * and schemas as the spec and @modelgates/zod define them, annotations, read-only by default,
 * --allow-write, --tools.
 */
import { spawnSync } from 'node:child_process';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { spec, testApiKey } from '@modelgates/test-utils';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { binPath, pkg, type Running, startServer } from './helpers.js';

const methods = ['get', 'post', 'put', 'patch', 'delete'];
/** The spec's operation with this operationId, its path-level parameters merged in. */
function specOperation(operationId: string) {
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of methods) {
      if (item[method]?.operationId === operationId) return { path, method, item, op: item[method] };
    }
  }
  throw new Error(`no operation ${operationId} in the spec`);
}
const deref = (node: any): any => {
  if (typeof node?.$ref !== 'string') return node;
  const [, , section, name] = node.$ref.split('/');
  return deref(spec.components[section]![name]);
};
const oneLine = (text: string) => text.trim().replace(/\s*\n\s*/g, ' ');

/** Every path, query and body field the spec declares for an operation, with its description. */
function specFields(operationId: string): Record<string, string> {
  const { item, op } = specOperation(operationId);
  const fields: Record<string, string> = {};
  for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref)) {
    if (p.in !== 'header') fields[p.name] = oneLine(p.description);
  }
  const body = op.requestBody ? deref(op.requestBody.content['application/json'].schema) : { properties: {} };
  for (const [name, schema] of Object.entries<any>(body.properties))
    fields[name] = oneLine(schema.description);
  return fields;
}

const allOperationIds = Object.values(spec.paths).flatMap((item) =>
  methods.filter((m) => item[m]).map((m) => item[m].operationId),
);
const env = () => ({ MODELGATES_API_KEY: testApiKey, MODELGATES_BASE_URL: inject('prismUrl') });
const names = (tools: Tool[]) => tools.map((t) => t.name);

describe('with --allow-write', () => {
  let server: Running;
  let tools: Tool[];
  beforeAll(async () => {
    server = await startServer({ args: ['--allow-write'], env: env() });
    tools = (await server.client.listTools()).tools;
  });
  afterAll(() => server.close());

  test('lists one tool per operation, named after its operationId, in the spec order', () => {
    expect(allOperationIds).toHaveLength(6);
    expect(names(tools)).toEqual([
      'getCurrentKey',
      'list',
      'createKeys',
      'getKey',
      'updateKeys',
      'deleteKeys',
    ]);
    expect(new Set(names(tools))).toEqual(new Set(allOperationIds));
  });

  test.each(['getCurrentKey', 'list', 'createKeys', 'getKey', 'updateKeys', 'deleteKeys'])(
    '%s: title, description and every input field with its description come from the spec',
    (name) => {
      const tool = tools.find((t) => t.name === name)!;
      const { op } = specOperation(name);
      expect(tool.title).toBe(op.summary);
      expect(tool.annotations?.title).toBe(op.summary);
      expect(tool.description).toBe(oneLine(op.description));
      const fields = specFields(name);
      const properties = tool.inputSchema.properties as Record<string, { description?: string }>;
      expect(Object.keys(properties).sort()).toEqual(Object.keys(fields).sort());
      for (const [field, description] of Object.entries(fields))
        expect(properties[field]!.description).toBe(description);
      expect(tool.inputSchema.additionalProperties).toBe(false);
      expect(tool.outputSchema?.type).toBe('object');
    },
  );

  test("input schemas carry the zod schemas' rules", () => {
    const input = (name: string) => tools.find((t) => t.name === name)!.inputSchema as any;
    const create = input('createKeys');
    expect(create.required).toEqual(['name']);
    expect(create.properties.name).toMatchObject({ type: 'string', minLength: 1 });
    // Nullable as one-type anyOf branches (portable; the Inspector's --strict flags `type` arrays).
    expect(create.properties.limit.anyOf).toEqual([{ type: 'number' }, { type: 'null' }]);
    expect(create.properties.limit_reset.anyOf).toContainEqual({
      type: 'string',
      enum: ['daily', 'weekly', 'monthly'],
    });
    expect(create.properties.limit_reset.anyOf).toContainEqual({ type: 'null' });
    expect(create.properties.workspace_id).toMatchObject({ type: 'string', format: 'uuid' });
    // The UTC rule of the spec's UtcDateTime, as a pattern.
    expect(JSON.stringify(create.properties.expires_at)).toContain('(?:Z|\\\\+00:00)$');

    const list = input('list');
    expect(list.required).toBeUndefined();
    expect(list.properties.offset).toMatchObject({ type: 'integer', minimum: 0 });
    expect(list.properties.include_disabled).toMatchObject({ type: 'boolean' });

    for (const name of ['getKey', 'updateKeys', 'deleteKeys']) {
      expect(input(name).required).toEqual(['hash']);
      expect(input(name).properties.hash).toMatchObject({ type: 'string', minLength: 1 });
    }
    expect(Object.keys(input('updateKeys').properties)).toEqual([
      'hash',
      'name',
      'disabled',
      'include_byok_in_limit',
      'limit',
      'limit_reset',
    ]);
    expect(input('getCurrentKey').properties).toEqual({});
  });

  test('output schemas are the response schemas', () => {
    const output = (name: string) => tools.find((t) => t.name === name)!.outputSchema as any;
    expect(output('createKeys').required).toEqual(['data', 'key']);
    expect(output('list').properties.data.type).toBe('array');
    expect(output('deleteKeys').properties.deleted).toMatchObject({ const: true });
    expect(output('getCurrentKey').properties.data.required).toContain('is_management_key');
    // The API adds fields over time: results must not be rejected for them.
    expect(output('getKey').properties.data.additionalProperties).toBeUndefined();
  });

  test('annotations: read-only for the current key, list and get; destructive for delete; idempotent where it holds', () => {
    const annotations = Object.fromEntries(tools.map((t) => [t.name, t.annotations]));
    const hints = (readOnlyHint: boolean, destructiveHint: boolean, idempotentHint: boolean) =>
      expect.objectContaining({ readOnlyHint, destructiveHint, idempotentHint, openWorldHint: false });
    expect(annotations).toEqual({
      getCurrentKey: hints(true, false, true),
      list: hints(true, false, true),
      getKey: hints(true, false, true),
      createKeys: hints(false, false, false),
      updateKeys: hints(false, false, true),
      deleteKeys: hints(false, true, true),
    });
  });
});

describe('which tools are listed', () => {
  test('read-only by default: create, update and delete are not listed', async () => {
    const server = await startServer({ env: env() });
    try {
      expect(names((await server.client.listTools()).tools)).toEqual(['getCurrentKey', 'list', 'getKey']);
      expect(server.client.getInstructions()).toContain('read-only');
    } finally {
      await server.close();
    }
  });

  test('MODELGATES_MCP_ALLOW_WRITE=1 allows writes like --allow-write', async () => {
    const server = await startServer({ env: { ...env(), MODELGATES_MCP_ALLOW_WRITE: '1' } });
    try {
      expect(names((await server.client.listTools()).tools)).toHaveLength(6);
    } finally {
      await server.close();
    }
  });

  test('--tools picks a subset (flag or MODELGATES_MCP_TOOLS)', async () => {
    const a = await startServer({ args: ['--allow-write', '--tools', 'deleteKeys,getKey'], env: env() });
    const b = await startServer({ env: { ...env(), MODELGATES_MCP_TOOLS: 'list' } });
    try {
      expect(names((await a.client.listTools()).tools)).toEqual(['getKey', 'deleteKeys']);
      expect(names((await b.client.listTools()).tools)).toEqual(['list']);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test.each([
    [['--tools', 'createKeys'], 'createKeys writes: allow writes (--allow-write)'],
    [['--tools', 'getKey,nope'], 'unknown tool "nope"'],
    [['--read-write'], "Unknown option '--read-write'"],
  ])('%j does not start: exit code 2 and the reason on stderr', (args, reason) => {
    const run = spawnSync(process.execPath, [binPath, ...args], {
      encoding: 'utf8',
      input: '',
      env: { PATH: process.env['PATH'] },
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(reason);
  });

  test('--version prints the package version; --help the options', () => {
    const version = spawnSync(process.execPath, [binPath, '--version'], { encoding: 'utf8' });
    expect(version.stdout).toBe(`${pkg.version}\n`);
    const help = spawnSync(process.execPath, [binPath, '--help'], { encoding: 'utf8' });
    for (const word of [
      '--allow-write',
      '--tools',
      'MODELGATES_API_KEY',
      'MODELGATES_BASE_URL',
      'MODELGATES_APP_TITLE',
    ]) {
      expect(help.stdout).toContain(word);
    }
  });
});
