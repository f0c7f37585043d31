/** Turns zod issues into `field: problem` pairs, with plain-English problems (zod/mini has no locale loaded). */
export interface FieldIssue {
  field: string;
  problem: string;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message?: string;
  expected?: unknown;
  format?: string;
  minimum?: unknown;
  values?: unknown[];
  origin?: string;
}

function at(input: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );
}

function describe(issue: ZodIssueLike, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return at(input, issue.path) === undefined ? 'is required' : `must be ${String(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `must be at least ${String(issue.minimum)} character(s) long`
        : `must be >= ${String(issue.minimum)}`;
    case 'invalid_format':
      return issue.format === 'regex'
        ? 'must be an ISO 8601 UTC date-time with seconds, ending in Z or +00:00'
        : `must be a valid ${issue.format === 'guid' ? 'UUID' : String(issue.format)}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message ?? issue.code;
  }
}

/**
 * `input` is what was parsed (to tell a missing field from a wrong one); `skip` drops leading path
 * segments (`body`, `query`) that the caller's field names leave out.
 */
export function fieldIssues(
  issues: readonly ZodIssueLike[],
  input: unknown,
  prefix = '',
  skip = 0,
): FieldIssue[] {
  return issues.map((issue) => {
    const path = issue.path.slice(skip).map(String);
    const field = path.reduce(
      (acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p),
      prefix,
    );
    return { field: field || prefix || 'body', problem: describe(issue, input) };
  });
}
