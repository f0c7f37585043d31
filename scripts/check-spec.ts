/**
 * The breaking-change gate: a spec change is a versioned event.
 *
 *   pnpm check:spec        compare spec/openapi.yaml with spec/released/openapi.yaml (the spec as last
 *                          released) and fail unless the pending changesets cover every change, with a
 *                          major bump when one of them is breaking. A step of `npm test`.
 *   pnpm spec:changeset    write .changeset/spec-changes.md: the smallest bump the changes need, for every
 *                          package of the fixed group, and the list of changes, which `changeset version`
 *                          copies into each package's CHANGELOG.
 *   --mark-released        copy the spec over the snapshot (`pnpm version-packages` does, after versioning).
 *   --dir <path>           work on another checkout (the tests' temporary copies); default: the cwd.
 *
 * The differ is api-smart-diff (udamir), pinned: it reads OpenAPI 3.1 (JSON Schema 2020-12 keywords such
 * as `type: [number, 'null']`), resolves $refs, and classifies every change as breaking, non-breaking,
 * deprecated, annotation or unclassified in the direction the operation uses the schema (a required
 * field added to a request body is breaking, a response field removed is breaking, an optional response
 * field or a new operation is not). Descriptions, summaries, examples and `x-` extensions are
 * "annotation": non-breaking, yet still a change that needs a changeset (a patch is enough).
 * Tried and not kept (Node 20, offline):
 *   - @useoptic/optic 1.0.9: crashes on start (two copies of ajv, ajv-errors compiled against the other);
 *     with an ajv override it gives the right verdicts, but it is ~500 packages / 200 MB and 5 s a run;
 *   - @pb33f/openapi-changes 0.0.67: its install script downloads a Go binary from GitHub (fails here);
 *   - openapi-diff 0.24.1 (Atlassian): "Unsupported OpenAPI version: 3.1.0" (swagger-parser, 3.0 only);
 *   - @azure/oad 0.12.4: Swagger 2.0 only ("expected 'swagger: 2.0'"), and autorest fetches its core;
 *   - oasdiff: not on npm (only a security placeholder package).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import readChangesets from '@changesets/read';
import { apiCompare, type Diff } from 'api-smart-diff';
import { parse } from 'yaml';

export const SPEC = 'spec/openapi.yaml';
export const RELEASED = 'spec/released/openapi.yaml';
export const SPEC_CHANGESET = '.changeset/spec-changes.md';

const bumps = ['none', 'patch', 'minor', 'major'] as const;
type Bump = (typeof bumps)[number];
type Kind = 'breaking' | 'non-breaking' | 'annotation';

export interface Change {
  kind: Kind;
  /** One changelog line (without the list marker), e.g. "`GET /keys`: [Added] property ...". */
  text: string;
}

/** The least semver bump a set of changes needs. */
const needed = (changes: Change[]): Bump =>
  changes.some((c) => c.kind === 'breaking')
    ? 'major'
    : changes.some((c) => c.kind === 'non-breaking')
      ? 'minor'
      : changes.length
        ? 'patch'
        : 'none';

const label: Record<Kind, string> = {
  breaking: 'breaking',
  'non-breaking': 'non-breaking',
  annotation: 'non-breaking (annotation)',
};

// "unclassified" is what the tool cannot decide: treated as breaking, so a person has to look.
const kindOf = (type: Diff['type']): Kind =>
  type === 'breaking' || type === 'unclassified'
    ? 'breaking'
    : type === 'annotation'
      ? 'annotation'
      : 'non-breaking';

/** `#/components/<kind>/<name>` of every component reached by $ref from outside `components`. */
function reachedComponents(doc: Record<string, unknown>): Set<string> {
  const seen = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) {
        const target = value.split('/').slice(0, 4).join('/');
        if (seen.has(target)) continue;
        seen.add(target);
        const [, , kind, name] = target.split('/');
        walk((doc.components as Record<string, Record<string, unknown>>)?.[kind!]?.[name!]);
      } else walk(value);
    }
  };
  walk(Object.fromEntries(Object.entries(doc).filter(([key]) => key !== 'components')));
  return seen;
}

const past: Record<Diff['action'], string> = {
  add: 'Added',
  remove: 'Removed',
  replace: 'Replaced',
  rename: 'Renamed',
};

function describe(diff: Diff): string {
  const [root, path, method] = diff.path.map(String);
  const where =
    root === 'paths' && method
      ? `\`${method.toUpperCase()} ${path}\``
      : `\`${diff.path.slice(0, 3).join('.')}\``;
  let text = diff.description?.trim() ?? '';
  // The tool leaves some entries without their text (where a $ref'd schema repeats, or a component):
  // say what changed where, e.g. "[Removed] `data/required/5` (`limit_remaining`)".
  if (!text.startsWith('[')) {
    const schema = diff.path.indexOf('schema');
    const at = diff.path
      .slice(schema >= 0 ? schema + 1 : 1)
      .filter((key, i, keys) => key !== 'properties' || keys[i - 1] === 'properties')
      .join('/');
    const value = diff.action === 'add' ? diff.after : diff.action === 'remove' ? diff.before : undefined;
    const shown = ['string', 'number', 'boolean'].includes(typeof value) ? ` (\`${String(value)}\`)` : '';
    text = `[${past[diff.action]}] \`${at}\`${shown}${text ? ` ${text}` : ''}`;
  }
  return `${where}: ${text}`;
}

/** Every change from `before` to `after`, as the diff tool classifies it. */
export function specChanges(before: Record<string, unknown>, after: Record<string, unknown>): Change[] {
  const { diffs } = apiCompare(before, after);
  // A component reached from an operation is compared (and classified, request or response side)
  // where the operation uses it; its own entry under `components` would repeat it without a side.
  const reached = new Set([...reachedComponents(before), ...reachedComponents(after)]);
  const changes = new Map<string, Change>();
  for (const diff of diffs) {
    if (diff.path[0] === 'components' && reached.has(`#/${diff.path.slice(0, 3).join('/')}`)) continue;
    // A specification extension (`x-…`, anywhere, a schema property's included) has no meaning on
    // the wire: an annotation, whatever the tool makes of an unknown keyword inside a schema.
    const extension = diff.path.some((key) => String(key).startsWith('x-'));
    const change: Change = { kind: extension ? 'annotation' : kindOf(diff.type), text: describe(diff) };
    const key = `${change.kind} ${change.text}`;
    if (!changes.has(key)) changes.set(key, change);
  }
  const order: Kind[] = ['breaking', 'non-breaking', 'annotation'];
  return [...changes.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

const entry = (c: Change) => `**${label[c.kind]}** ${c.text}`;
// Matching an entry in a changeset survives Prettier's escapes and line breaks.
const normalize = (text: string) => text.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ');

/** The packages whose version the spec drives: the changesets fixed group(s). */
function fixedPackages(dir: string): string[] {
  const config = JSON.parse(readFileSync(join(dir, '.changeset/config.json'), 'utf8')) as {
    fixed?: string[][];
  };
  const names = (config.fixed ?? []).flat();
  if (!names.length)
    throw new Error('.changeset/config.json has no "fixed" group: which packages does the spec drive?');
  return names;
}

interface Pending {
  bump: Bump;
  files: string[];
  summaries: string;
}

async function pendingChangesets(dir: string, packages: string[]): Promise<Pending> {
  const pending: Pending = { bump: 'none', files: [], summaries: '' };
  for (const changeset of await readChangesets(dir)) {
    const ours = changeset.releases.filter((r) => packages.includes(r.name));
    if (!ours.length) continue;
    for (const { type } of ours) if (bumps.indexOf(type) > bumps.indexOf(pending.bump)) pending.bump = type;
    pending.files.push(`.changeset/${changeset.id}.md`);
    pending.summaries += `\n${changeset.summary}`;
  }
  return pending;
}

async function changesetText(changes: Change[], bump: Bump, packages: string[]): Promise<string> {
  const text = [
    '---',
    ...packages.map((name) => `'${name}': ${bump}`),
    '---',
    '',
    `API changes in \`${SPEC}\` since the last release:`,
    '',
    ...changes.map((c) => `- ${entry(c)}`),
    '',
  ].join('\n');
  // Prettier-formatted as `pnpm format:check` wants it; loaded only here, as it is slow to load.
  const { format } = await import('prettier');
  return format(text, { parser: 'markdown', singleQuote: true, printWidth: 110 });
}

const load = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

export interface Result {
  ok: boolean;
  output: string;
}

export async function check(dir: string, write = false): Promise<Result> {
  if (!existsSync(join(dir, RELEASED)))
    return {
      ok: false,
      output: `${RELEASED} is missing: it holds the spec as last released (\`pnpm version-packages\` writes it).`,
    };
  const changes = specChanges(load(join(dir, RELEASED)), load(join(dir, SPEC)));
  if (!changes.length) return { ok: true, output: `ok: ${SPEC} is the spec as last released (${RELEASED}).` };

  const packages = fixedPackages(dir);
  const need = needed(changes);
  if (write) {
    const file = join(dir, SPEC_CHANGESET);
    // Keep a bump raised by hand (a minor for additions someone wants to call major, say).
    const old = existsSync(file)
      ? (/^'[^']+': (major|minor|patch)$/m.exec(readFileSync(file, 'utf8'))?.[1] as Bump)
      : undefined;
    const bump = old && bumps.indexOf(old) > bumps.indexOf(need) ? old : need;
    writeFileSync(file, await changesetText(changes, bump, packages));
    console.log(`wrote ${SPEC_CHANGESET} (${bump})`);
  }

  const breaking = changes.filter((c) => c.kind === 'breaking').length;
  const lines = [
    `${SPEC} differs from ${RELEASED} (the spec as last released): ${changes.length} change${changes.length === 1 ? '' : 's'}, ${breaking} breaking.`,
    ...changes.map((c) => `  ${label[c.kind].padEnd(25)} ${c.text}`),
    '',
  ];
  const pending = await pendingChangesets(dir, packages);
  const covered = normalize(pending.summaries);
  const missing = changes.filter((c) => !covered.includes(normalize(entry(c))));
  const problems: string[] = [];
  if (need === 'major' && pending.bump !== 'major')
    problems.push(
      `A breaking change needs a major changeset; the pending changesets bump ${pending.bump === 'none' ? 'nothing' : `at most "${pending.bump}"`}.`,
    );
  else if (pending.bump === 'none') problems.push('No pending changeset bumps the packages the spec drives.');
  if (missing.length && pending.bump !== 'none')
    problems.push(
      `The pending changesets do not list ${missing.length} of these changes, so the CHANGELOG would not either.`,
    );
  if (!problems.length) {
    lines.push(`ok: covered by a pending ${pending.bump} changeset (${pending.files.join(', ')}).`);
    return { ok: true, output: lines.join('\n') };
  }
  lines.push(
    `FAIL: ${problems.join(' ')}`,
    `To fix: run \`pnpm spec:changeset\`. It writes ${SPEC_CHANGESET}: a ${need} bump for the fixed group`,
    `(${packages.join(', ')}) and the list above, which \`pnpm version-packages\` copies into every CHANGELOG.`,
    'Reword around the list if you like, keep its lines, and commit the file.',
    ...(need === 'major' ? [`If the break is not meant, change ${SPEC} back instead.`] : []),
  );
  return { ok: false, output: lines.join('\n') };
}

// Run as a command (also through a symlinked scripts/ folder), not when imported.
if (import.meta.url === pathToFileURL(realpathSync(process.argv[1]!)).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--dir');
  const dir = resolve(at >= 0 ? args[at + 1]! : process.cwd());
  if (args.includes('--mark-released')) {
    mkdirSync(dirname(join(dir, RELEASED)), { recursive: true });
    copyFileSync(join(dir, SPEC), join(dir, RELEASED));
    console.log(`${RELEASED} is now the released spec (a copy of ${SPEC}).`);
  } else {
    const { ok, output } = await check(dir, args.includes('--write'));
    console.log(output);
    process.exitCode = ok ? 0 : 1;
  }
}
