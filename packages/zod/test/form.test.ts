/**
 * The create-key form schema: what real form fields produce goes in, a valid CreateKeyRequest (or
 * one readable message per bad field) comes out, including through react-hook-form's zodResolver.
 */
// A zone with a half-hour offset and DST, so "read as local time" cannot pass by accident in UTC.
process.env.TZ = 'America/St_Johns';

import { zodResolver } from '@hookform/resolvers/zod';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CreateKeyFormValues,
  createKeyFormMessages as messages,
  createKeyFormSchema,
  zCreateKeyRequest,
} from '../src/index.js';

type Field = keyof typeof messages;

const parse = (values: Record<string, unknown>) => createKeyFormSchema.safeParse(values);
/** The fields that failed, each with its message. */
const errors = (values: Record<string, unknown>) =>
  Object.fromEntries((parse(values).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
const data = (values: Record<string, unknown>) => {
  const result = parse(values);
  expect(result.error).toBeUndefined();
  return result.data!;
};

/** What a freshly rendered form holds: every text input empty, the checkbox unticked. */
const emptyForm = {
  name: '',
  creator_user_id: '',
  expires_at: '',
  include_byok_in_limit: false,
  limit: '',
  limit_reset: '',
  workspace_id: '',
} satisfies CreateKeyFormValues;

describe('createKeyFormSchema', () => {
  it('runs in the zone the test set', () => {
    expect(new Date(2027, 0, 1).getTimezoneOffset()).toBe(210);
  });

  it('turns a filled-in form into a request body', () => {
    expect(
      data({
        name: '  Production key ',
        creator_user_id: 'user_2dHFtVWx2n56w6HkM0000000000',
        expires_at: '2027-12-31T23:59',
        include_byok_in_limit: true,
        limit: '12.50',
        limit_reset: 'monthly',
        workspace_id: '0df9e665-d932-5740-b2c7-b52af166bc11',
      }),
    ).toEqual({
      name: 'Production key',
      creator_user_id: 'user_2dHFtVWx2n56w6HkM0000000000',
      expires_at: '2028-01-01T03:29:00.000Z', // 23:59 at UTC-03:30
      include_byok_in_limit: true,
      limit: 12.5,
      limit_reset: 'monthly',
      workspace_id: '0df9e665-d932-5740-b2c7-b52af166bc11',
    });
  });

  it('leaves empty optional fields out of the request', () => {
    const body = data({ ...emptyForm, name: 'k' });
    expect(JSON.parse(JSON.stringify(body))).toEqual({ name: 'k', include_byok_in_limit: false });
    expect(data({ name: 'k', creator_user_id: '   ', limit: '  ', workspace_id: ' ' })).toEqual({
      name: 'k',
    });
    expect(data({ name: 'k' })).toEqual({ name: 'k' });
  });

  it('requires a name that is not blank, and trims it', () => {
    expect(errors(emptyForm)).toEqual({ name: messages.name });
    expect(errors({ name: '   ' })).toEqual({ name: messages.name });
    expect(errors({})).toEqual({ name: messages.name });
    expect(data({ name: '\tk\n' }).name).toBe('k');
  });

  describe('limit, typed as text or read with valueAsNumber', () => {
    it.each([
      ['25', 25],
      [' 12.50 ', 12.5],
      ['0', 0],
      ['.5', 0.5],
      ['10.', 10],
      [7, 7],
      [0.25, 0.25],
    ])('%j → %j', (limit, expected) => {
      expect(data({ name: 'k', limit }).limit).toBe(expected);
    });

    it.each(['', NaN])('%j means no limit', (limit) => {
      expect(data({ name: 'k', limit })).toEqual({ name: 'k' });
    });

    it.each(['-1', '1e3', '1,000', '$5', 'abc', '12.5.1', '0x10', 'Infinity', -1, Infinity, true])(
      'refuses %j',
      (limit) => {
        expect(errors({ name: 'k', limit })).toEqual({ limit: messages.limit });
      },
    );
  });

  describe('expires_at from <input type="datetime-local">', () => {
    it.each([
      ['2027-12-31T23:59', '2028-01-01T03:29:00.000Z'],
      ['2027-12-31T23:59:30', '2028-01-01T03:29:30.000Z'],
      ['2027-12-31T23:59:30.25', '2028-01-01T03:29:30.250Z'],
      ['2027-07-01T12:00', '2027-07-01T14:30:00.000Z'], // summer time, UTC-02:30
      ['2024-02-29T00:00', '2024-02-29T03:30:00.000Z'],
    ])('reads %s as local time: %s', (expires_at, utc) => {
      expect(data({ name: 'k', expires_at }).expires_at).toBe(utc);
    });

    it.each(['2027-12-31T23:59:59Z', '2027-12-31T23:59:59+00:00', '2025-02-19T20:52:27.363244+00:00'])(
      'keeps the UTC timestamp %s as it is',
      (expires_at) => {
        expect(data({ name: 'k', expires_at }).expires_at).toBe(expires_at);
      },
    );

    it.each([
      '2027-12-31T23:59:59+02:00',
      '2027-12-31T23:59Z',
      '2027-02-30T10:00',
      '2027-12-31T24:00',
      '2027-12-31',
      '31/12/2027 23:59',
      'tomorrow',
    ])('refuses %s', (expires_at) => {
      expect(errors({ name: 'k', expires_at })).toEqual({ expires_at: messages.expires_at });
    });

    it('means "never expires" when empty', () => {
      expect(data({ name: 'k', expires_at: '' })).toEqual({ name: 'k' });
    });
  });

  it('takes the reset period from a <select> whose first option is empty', () => {
    expect(data({ name: 'k', limit_reset: '' })).toEqual({ name: 'k' });
    for (const period of ['daily', 'weekly', 'monthly'] as const) {
      expect(data({ name: 'k', limit_reset: period }).limit_reset).toBe(period);
    }
    expect(errors({ name: 'k', limit_reset: 'yearly' })).toEqual({ limit_reset: messages.limit_reset });
    expect(errors({ name: 'k', limit_reset: 'Daily' })).toEqual({ limit_reset: messages.limit_reset });
  });

  it('checks the workspace ID with the generated schema', () => {
    expect(errors({ name: 'k', workspace_id: 'default' })).toEqual({ workspace_id: messages.workspace_id });
    expect(data({ name: 'k', workspace_id: ' 0df9e665-d932-5740-b2c7-b52af166bc11 ' }).workspace_id).toBe(
      '0df9e665-d932-5740-b2c7-b52af166bc11',
    );
  });

  it('reports every bad field at once, each with its own message', () => {
    expect(
      errors({
        name: '',
        creator_user_id: 42,
        expires_at: '2027-12-31T23:59:59+02:00',
        include_byok_in_limit: 'on',
        limit: '-5',
        limit_reset: 'yearly',
        workspace_id: 'nope',
      }),
    ).toEqual(messages);
  });

  it('drops fields it does not know', () => {
    expect(data({ name: 'k', confirm: true })).toEqual({ name: 'k' });
  });
});

describe('createKeyFormSchema, by property', () => {
  const text = fc.oneof(
    fc.constant(''),
    fc.constant('  '),
    fc.string(),
    fc.stringMatching(/^\d{1,4}(\.\d{1,2})?$/),
    fc.constantFrom('daily', 'weekly', 'monthly', 'yearly'),
    fc.uuid(),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16)),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  );
  const anyForm = fc.record(
    {
      name: text,
      creator_user_id: text,
      expires_at: text,
      include_byok_in_limit: fc.boolean(),
      limit: fc.oneof(text, fc.double()),
      limit_reset: text,
      workspace_id: text,
    },
    { requiredKeys: [] },
  );

  it('either produces a body the API accepts, or only readable messages on the fields at fault', () => {
    fc.assert(
      fc.property(anyForm, (values) => {
        const result = parse(values);
        if (result.success) {
          expect(zCreateKeyRequest.safeParse(result.data).error).toBeUndefined();
          return;
        }
        for (const issue of result.error.issues) {
          expect(issue.path).toHaveLength(1);
          expect(issue.message).toBe(messages[issue.path[0] as Field]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives back any valid request typed into the form as text', () => {
    const request = fc.record(
      {
        name: fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
        creator_user_id: fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
        expires_at: fc
          .date({
            min: new Date('2000-01-01T00:00:00Z'),
            max: new Date('2999-12-31T23:59:59Z'),
            noInvalidDate: true,
          })
          .chain((d) => fc.constantFrom(d.toISOString(), d.toISOString().replace(/\.\d+Z$/, '+00:00'))),
        include_byok_in_limit: fc.boolean(),
        limit: fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100),
        limit_reset: fc.constantFrom('daily', 'weekly', 'monthly' as const),
        workspace_id: fc.uuid(),
      },
      { requiredKeys: ['name'] },
    );
    fc.assert(
      fc.property(request, (body) => {
        expect(zCreateKeyRequest.safeParse(body).success).toBe(true);
        const typed = { ...body, ...(body.limit === undefined ? {} : { limit: String(body.limit) }) };
        expect(data(typed)).toEqual(body);
      }),
      { numRuns: 300 },
    );
  });
});

describe('with react-hook-form’s zodResolver', () => {
  const resolve = (values: CreateKeyFormValues) =>
    zodResolver(createKeyFormSchema)(values, undefined, { fields: {}, shouldUseNativeValidation: false });

  it('hands the converted request body to the submit handler', async () => {
    const result = await resolve({ ...emptyForm, name: 'k', limit: '5', limit_reset: 'daily' });
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      name: 'k',
      include_byok_in_limit: false,
      limit: 5,
      limit_reset: 'daily',
      creator_user_id: undefined,
      expires_at: undefined,
      workspace_id: undefined,
    });
  });

  it('puts each message on its field', async () => {
    const result = await resolve({ ...emptyForm, limit: 'ten', expires_at: '2027-12-31T23:59+02:00' });
    expect(result.values).toEqual({});
    expect(Object.fromEntries(Object.entries(result.errors).map(([k, e]) => [k, e?.message]))).toEqual({
      name: messages.name,
      limit: messages.limit,
      expires_at: messages.expires_at,
    });
  });
});
