/**
 * The breaking-change gate (`pnpm check:spec`, scripts/check-spec.ts) on the drills of issue 20, each in
 * a temporary copy of what the gate reads: the spec, the released spec and the changesets config. The
 * spec is the repository's own; every drill is a YAML edit of it, and the gate runs as a process.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type Document, parseDocument, YAMLMap, YAMLSeq } from 'yaml';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const script = join(root, 'scripts/check-spec.ts');
const spec = readFileSync(join(root, 'spec/openapi.yaml'), 'utf8');
const config = JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8')) as {
  fixed: string[][];
  ignore: string[];
};
const fixed = config.fixed.flat();

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Edit = (doc: Document) => void;

/** A temporary checkout as the gate sees it: released spec = today's spec, current spec = edited. */
function checkout(...edits: Edit[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'spec-gate-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'spec/released'), { recursive: true });
  mkdirSync(join(dir, '.changeset'));
  writeFileSync(join(dir, 'spec/released/openapi.yaml'), spec);
  cpSync(join(root, '.changeset/config.json'), join(dir, '.changeset/config.json'));
  editSpec(dir, ...edits);
  return dir;
}

/** Applies `edits` to the current spec (at first a copy of the released one). */
function editSpec(dir: string, ...edits: Edit[]): void {
  const current = join(dir, 'spec/openapi.yaml');
  const doc = parseDocument(
    readFileSync(existsSync(current) ? current : join(dir, 'spec/released/openapi.yaml'), 'utf8'),
  );
  edits.forEach((edit) => edit(doc));
  writeFileSync(current, doc.toString());
}

function gate(dir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [tsx, script, '--dir', dir, ...args], { encoding: 'utf8' });
  if (run.error) throw run.error;
  return { code: run.status, out: run.stdout + run.stderr };
}

const changesetFile = (dir: string) => join(dir, '.changeset/spec-changes.md');
const setBump = (dir: string, bump: string) =>
  writeFileSync(
    changesetFile(dir),
    readFileSync(changesetFile(dir), 'utf8').replace(/: (major|minor|patch)$/gm, `: ${bump}`),
  );

// The drills of issue 20.
const lastUsedAt: Edit = (doc) =>
  doc.setIn(
    ['components', 'schemas', 'ApiKey', 'properties', 'last_used_at'],
    doc.createNode({
      type: ['string', 'null'],
      format: 'date-time',
      description: 'When the key was last used, or null.',
    }),
  );
const rotate: Edit = (doc) =>
  doc.setIn(
    ['paths', '/keys/{hash}/rotate'],
    doc.createNode({
      parameters: [{ $ref: '#/components/parameters/Hash' }],
      post: {
        operationId: 'rotateKey',
        tags: ['API Keys'],
        summary: 'Rotate an API key',
        description: 'Replace the secret of a key; the old secret stops working.',
        responses: {
          '200': {
            description: 'The rotated key and its new plaintext secret.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['data', 'key'],
                  properties: {
                    data: { $ref: '#/components/schemas/ApiKey' },
                    key: { type: 'string', description: 'The new plaintext key.' },
                  },
                },
              },
            },
          },
        },
      },
    }),
  );
const renameLimitRemaining: Edit = (doc) => {
  const apiKey = doc.getIn(['components', 'schemas', 'ApiKey']) as YAMLMap;
  const properties = apiKey.get('properties') as YAMLMap;
  const pair = properties.items.find((p) => String(p.key) === 'limit_remaining')!;
  pair.key = doc.createNode('remaining_limit');
  const required = apiKey.get('required') as YAMLSeq;
  required.items = required.items.map((n) =>
    String(n) === 'limit_remaining' ? doc.createNode('remaining_limit') : n,
  );
};
const requireLimit: Edit = (doc) =>
  (doc.getIn(['components', 'schemas', 'CreateKeyRequest', 'required']) as YAMLSeq).add('limit');
const annotationsOnly: Edit = (doc) => {
  doc.setIn(['paths', '/keys', 'post', 'x-internal-owner'], doc.createNode({ team: 'keys' }));
  // An extension on a response schema's property (as `x-modelgates-secret` is): still an annotation.
  doc.setIn(['components', 'schemas', 'ApiKey', 'properties', 'label', 'x-internal-masked'], true);
  doc.setIn(['components', 'schemas', 'ApiKey', 'description'], 'An API key (its secret is never returned).');
  doc.setIn(['paths', '/key', 'get', 'summary'], 'Get the current API key');
};

const drills = [
  {
    name: 'a new optional response field (ApiKey.last_used_at)',
    edit: lastUsedAt,
    bump: 'minor',
    breaking: 0,
    lines: [
      'non-breaking              `GET /keys`: [Added] property `last_used_at` to `data[]` in Response 200 content (application/json)',
      'non-breaking              `GET /keys/{hash}`: [Added] property `last_used_at` to `data` in Response 200 content (application/json)',
    ],
  },
  {
    name: 'a new operation (POST /keys/{hash}/rotate)',
    edit: rotate,
    bump: 'minor',
    breaking: 0,
    lines: [
      'non-breaking              `POST /keys/{hash}/rotate`: [Added] operation POST /keys/{hash}/rotate',
    ],
  },
  {
    name: 'a response field renamed (limit_remaining)',
    edit: renameLimitRemaining,
    bump: 'major',
    breaking: 8,
    lines: [
      'breaking                  `GET /keys`: [Removed] property `limit_remaining` from `data[]` in Response 200 content (application/json)',
      'breaking                  `PATCH /keys/{hash}`: [Removed] property `limit_remaining` from `data` in Response 200 content (application/json)',
      'non-breaking              `GET /keys`: [Added] property `remaining_limit` to `data[]` in Response 200 content (application/json)',
    ],
  },
  {
    name: 'a request field made required (limit on create)',
    edit: requireLimit,
    bump: 'major',
    breaking: 1,
    lines: [
      'breaking                  `POST /keys`: [Added] required status to `limit` in Request Body content (application/json)',
    ],
  },
  {
    name: 'an x- extension, a description and a summary (annotations only)',
    edit: annotationsOnly,
    bump: 'patch',
    breaking: 0,
    lines: [
      'non-breaking (annotation) `POST /keys`: [Added] annotation (x-internal-owner)',
      'non-breaking (annotation) `GET /key`: [Replaced] annotation (summary)',
      'non-breaking (annotation) `GET /keys`: [Replaced] annotation (description) of `data[]` in Response 200 content (application/json)',
    ],
  },
];

describe('pnpm check:spec', () => {
  it('passes when the spec is the released one', () => {
    const { code, out } = gate(checkout());
    expect(out).toContain('ok: spec/openapi.yaml is the spec as last released');
    expect(code).toBe(0);
  });

  describe.each(drills)('$name', ({ edit, bump, breaking, lines }) => {
    const dir = checkout(edit);

    it(`fails without a changeset, listing the changes (${breaking} breaking)`, () => {
      const { code, out } = gate(dir);
      expect(code).toBe(1);
      expect(out).toMatch(new RegExp(`\\d+ changes?, ${breaking} breaking\\.`));
      for (const line of lines) expect(out).toContain(`  ${line}`);
      if (!breaking) expect(out).not.toMatch(/^ {2}breaking /m);
      expect(out).toContain(
        breaking
          ? 'FAIL: A breaking change needs a major changeset; the pending changesets bump nothing.'
          : 'FAIL: No pending changeset bumps the packages the spec drives.',
      );
      expect(out).toContain(
        `To fix: run \`pnpm spec:changeset\`. It writes .changeset/spec-changes.md: a ${bump} bump`,
      );
    });

    it(`spec:changeset writes a ${bump} changeset for the fixed group that lists every change, and then passes`, () => {
      const { code, out } = gate(dir, '--write');
      expect(out).toContain(`wrote .changeset/spec-changes.md (${bump})`);
      expect(out).toContain(`ok: covered by a pending ${bump} changeset (.changeset/spec-changes.md).`);
      expect(code).toBe(0);
      const text = readFileSync(changesetFile(dir), 'utf8');
      expect(text.split('---')[1]!.trim().split('\n')).toEqual(fixed.map((name) => `'${name}': ${bump}`));
      for (const line of lines) {
        const [kind, change] = [line.slice(0, 26).trim(), line.slice(26)];
        expect(text).toContain(`- **${kind}** ${change}\n`);
      }
    });

    if (breaking)
      it('still fails when that changeset is only minor', () => {
        setBump(dir, 'minor');
        const { code, out } = gate(dir);
        expect(out).toContain(
          'FAIL: A breaking change needs a major changeset; the pending changesets bump at most "minor".',
        );
        expect(code).toBe(1);
      });
    else
      it('passes with any bump, a patch included', () => {
        setBump(dir, 'patch');
        const { code, out } = gate(dir);
        expect(out).toContain('ok: covered by a pending patch changeset');
        expect(code).toBe(0);
      });
  });

  it('a changeset that does not list the spec changes is not enough', () => {
    const dir = checkout(lastUsedAt);
    writeFileSync(join(dir, '.changeset/other.md'), `---\n'${fixed[0]}': minor\n---\n\nSomething else.\n`);
    const { code, out } = gate(dir);
    expect(out).toContain(
      'FAIL: The pending changesets do not list 4 of these changes, so the CHANGELOG would not either.',
    );
    expect(code).toBe(1);
  });

  it('a later spec change fails until the changeset is written again, which keeps a bump raised by hand', () => {
    const dir = checkout(lastUsedAt);
    expect(gate(dir, '--write').code).toBe(0);
    setBump(dir, 'major');
    editSpec(dir, rotate);
    const { code, out } = gate(dir);
    expect(out).toContain('FAIL: The pending changesets do not list 1 of these changes');
    expect(code).toBe(1);
    const again = gate(dir, '--write');
    expect(again.out).toContain('wrote .changeset/spec-changes.md (major)');
    expect(again.code).toBe(0);
    expect(readFileSync(changesetFile(dir), 'utf8')).toContain('[Added] operation POST /keys/{hash}/rotate');
  });
});

describe('pnpm version-packages', () => {
  it('puts the spec changes into every CHANGELOG and makes the spec the released one', () => {
    // The root package.json's own command, run in a workspace of the fixed group's packages.
    const dir = checkout(rotate, lastUsedAt);
    symlinkSync(join(root, 'scripts'), join(dir, 'scripts'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'spec-gate-fixture', private: true }));
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
    for (const name of [...fixed, ...config.ignore]) {
      mkdirSync(join(dir, 'packages', name.replace('/', '-')), { recursive: true });
      writeFileSync(
        join(dir, 'packages', name.replace('/', '-'), 'package.json'),
        JSON.stringify({ name, version: '1.0.0' }),
      );
    }
    const command = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts['version-packages']!;
    const env = { ...process.env, PATH: [join(root, 'node_modules/.bin'), process.env.PATH].join(delimiter) };
    const run = (cmd: string) => spawnSync(cmd, { cwd: dir, env, shell: true, encoding: 'utf8' });

    const refused = run(command);
    expect(refused.stdout).toContain('FAIL: No pending changeset');
    expect(refused.status).not.toBe(0);
    expect(
      readdirSync(join(dir, 'packages')).some((p) => existsSync(join(dir, 'packages', p, 'CHANGELOG.md'))),
    ).toBe(false);

    expect(gate(dir, '--write').code).toBe(0);
    const versioned = run(command);
    expect(versioned.stdout + versioned.stderr).toContain(
      'spec/released/openapi.yaml is now the released spec',
    );
    expect(versioned.status).toBe(0);
    for (const name of fixed) {
      const pkg = join(dir, 'packages', name.replace('/', '-'));
      expect(JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'))).toMatchObject({ version: '1.1.0' });
      const changelog = readFileSync(join(pkg, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain('## 1.1.0');
      expect(changelog).toContain(
        '**non-breaking** `POST /keys/{hash}/rotate`: [Added] operation POST /keys/{hash}/rotate',
      );
      expect(changelog).toContain(
        '**non-breaking** `GET /keys`: [Added] property `last_used_at` to `data[]` in Response 200 content (application/json)',
      );
    }
    expect(existsSync(changesetFile(dir))).toBe(false);
    expect(readFileSync(join(dir, 'spec/released/openapi.yaml'), 'utf8')).toBe(
      readFileSync(join(dir, 'spec/openapi.yaml'), 'utf8'),
    );
    expect(gate(dir).out).toContain('ok: spec/openapi.yaml is the spec as last released');
  });
});
