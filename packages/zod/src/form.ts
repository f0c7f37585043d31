/**
 * A create-key schema for HTML forms: it takes what `<input>`s, `<select>`s and checkboxes produce
 * and turns it into a `CreateKeyRequest` body, with error messages written for people.
 *
 * Every field is checked by the generated field schema (`zCreateKeyRequest.shape.*`), so the form
 * can never accept a value the API rejects; this module only converts form values first and replaces
 * zod's terse issues with one readable message per field.
 *
 * The messages live here, not in a zod locale: `zod/mini` loads no locale, and registering one
 * (`z.config(en())`) is a global setting, reaching every schema in the app and the sdk's bundle, and
 * its generic texts ("Invalid input: expected string") are no better for a form. The sdk never
 * imports this module, and the package is `sideEffects: false`, so it costs nothing to anyone who
 * does not use it.
 */
import * as z from 'zod/mini';
import { zCreateKeyRequest } from './gen/zod.gen.js';

/** The message shown for each field when its value cannot be sent. */
export const createKeyFormMessages = {
  name: 'Enter a name for the key.',
  creator_user_id: 'Enter the user ID of the key’s creator, or leave it empty.',
  expires_at: 'Enter a valid expiry date and time, or leave it empty for a key that never expires.',
  include_byok_in_limit: 'Choose whether BYOK usage counts toward the limit.',
  limit:
    'Enter a spending limit of 0 or more US dollars, such as 25 or 12.50, or leave it empty for no limit.',
  limit_reset: 'Choose daily, weekly or monthly, or leave it empty for a limit that never resets.',
  workspace_id:
    'Enter a workspace ID, such as 0df9e665-d932-5740-b2c7-b52af166bc11, or leave it empty for the default workspace.',
} as const;

const m = createKeyFormMessages;
const shape = zCreateKeyRequest.shape;
/** What the generated schema of a `CreateKeyRequest` field outputs. */
type Wire<K extends keyof typeof shape> = z.output<(typeof shape)[K]>;

/** Returned by a conversion for a value the form refuses even though the wire schema would take it. */
const refused = Symbol('refused');

/** A form field's schema: what the input holds (`I`), converted and checked into the wire value (`O`). */
type Field<I, O> = z.ZodMiniPipe<z.ZodMiniType<I, I>, z.ZodMiniTransform<Awaited<O>, I>>;

/**
 * Converts a form value, then validates the result with the generated schema for the field,
 * reporting `message` (and only `message`) when either step fails.
 */
function field<I, O>(
  input: z.ZodMiniType<I, I>,
  convert: (value: I) => unknown,
  generated: z.ZodMiniType<O, unknown>,
  message: string,
): Field<I, O> {
  return z.pipe(
    input,
    z.transform((value: I, ctx): O => {
      const converted = convert(value);
      const parsed = converted === refused ? undefined : generated.safeParse(converted);
      if (parsed?.success) return parsed.data;
      ctx.issues.push({ code: 'custom', message, input: value });
      return z.NEVER;
    }),
  );
}

/** An empty (or blank) text input means "not set": the field is left out of the request. */
const blankToUndefined = (value: string): string | undefined => value.trim() || undefined;

const datetimeLocal = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * `<input type="datetime-local">` yields a wall-clock time without offset (and without seconds unless
 * `step` asks for them). The person picked it in their own time zone, so it is read as local time and
 * sent in UTC. A value that already carries an offset is passed on for the UTC check to judge.
 */
function expiryToUtc(value: string): unknown {
  const text = value.trim();
  if (text === '') return undefined;
  const match = datetimeLocal.exec(text);
  if (!match) return text;
  const at = (i: number) => Number(match[i] ?? 0);
  const [year, month, day, hour, minute, second] = [at(1), at(2), at(3), at(4), at(5), at(6)];
  const millis = Number((match[7] ?? '').padEnd(3, '0'));
  // Date rolls 2027-02-30 over to March 2; a round trip through UTC (no DST there) catches it.
  const calendar = new Date(0);
  calendar.setUTCFullYear(year, month - 1, day);
  const validDate = calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
  if (!validDate || hour > 23 || minute > 59 || second > 59) return refused;
  // Built field by field because `new Date(y, ...)` maps years below 100 to 19xx. A time skipped by
  // a daylight-saving change (e.g. 02:30 on the spring-forward night) moves forward, as in browsers.
  const local = new Date(0);
  local.setFullYear(year, month - 1, day);
  local.setHours(hour, minute, second, millis);
  return local.toISOString();
}

/**
 * A limit typed into a text input ("25", " 12.50 "), or a number from `valueAsNumber` (where an empty
 * input is `NaN`). Negative limits are refused: the API does not forbid them, but they mean nothing.
 */
function limitToNumber(value: string | number): unknown {
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value >= 0 ? value : refused;
  const text = value.trim();
  if (text === '') return undefined;
  return /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(text) ? Number(text) : refused;
}

const stringOrNumber = z.custom<string | number>((v) => typeof v === 'string' || typeof v === 'number', {
  error: m.limit,
});

/**
 * The create-key form. Input: the values of the form's fields (strings, and a boolean for the
 * checkbox; optional fields may be empty strings or missing). Output: a `CreateKeyRequest` ready for
 * `mg.apiKeys.create()`. Unknown fields are dropped.
 *
 * - `name` is trimmed and must not be blank.
 * - `creator_user_id`, `workspace_id`, `limit_reset`: blank means "not set" (left out of the request).
 * - `expires_at`: a `datetime-local` value (`2027-12-31T23:59`, seconds optional) is read in the
 *   browser's time zone and sent as UTC (`2027-12-31T22:59:00.000Z` in Berlin); a UTC timestamp
 *   (`Z` or `+00:00`) is kept as is; any other offset is refused. Blank means "never expires".
 * - `limit`: a text value in US dollars (`25`, `12.50`, `.5`) or a number; blank or `NaN` means
 *   "no limit"; negative numbers, exponents, thousands separators and currency signs are refused.
 * - `include_byok_in_limit`: the checkbox's boolean.
 *
 * @example
 * const form = useForm({ resolver: zodResolver(createKeyFormSchema) });
 * // createKey: your server-side action calling mg.apiKeys.create(body) with a management key
 * const onSubmit = form.handleSubmit((body) => createKey(body));
 */
export const createKeyFormSchema: z.ZodMiniObject<
  {
    name: Field<string, Wire<'name'>>;
    creator_user_id: z.ZodMiniOptional<Field<string, Wire<'creator_user_id'>>>;
    expires_at: z.ZodMiniOptional<Field<string, Wire<'expires_at'>>>;
    include_byok_in_limit: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    limit: z.ZodMiniOptional<Field<string | number, Wire<'limit'>>>;
    limit_reset: z.ZodMiniOptional<Field<string, Wire<'limit_reset'>>>;
    workspace_id: z.ZodMiniOptional<Field<string, Wire<'workspace_id'>>>;
  },
  z.core.$strip
> = z.object({
  name: field(z.string({ error: m.name }), (v) => v.trim(), shape.name, m.name),
  creator_user_id: z.optional(
    field(z.string({ error: m.creator_user_id }), blankToUndefined, shape.creator_user_id, m.creator_user_id),
  ),
  expires_at: z.optional(
    field(z.string({ error: m.expires_at }), expiryToUtc, shape.expires_at, m.expires_at),
  ),
  include_byok_in_limit: z.optional(z.boolean({ error: m.include_byok_in_limit })),
  limit: z.optional(field(stringOrNumber, limitToNumber, shape.limit, m.limit)),
  limit_reset: z.optional(
    field(z.string({ error: m.limit_reset }), blankToUndefined, shape.limit_reset, m.limit_reset),
  ),
  workspace_id: z.optional(
    field(z.string({ error: m.workspace_id }), blankToUndefined, shape.workspace_id, m.workspace_id),
  ),
});

/** What the form's fields hold (the resolver's input). */
export type CreateKeyFormValues = z.input<typeof createKeyFormSchema>;
/** What a valid form submits: a `CreateKeyRequest` body. */
export type CreateKeyFormOutput = z.output<typeof createKeyFormSchema>;
