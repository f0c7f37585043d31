// This file is generated from spec/openapi.yaml by @hey-api/openapi-ts (pnpm generate).
// Do not edit it by hand: change the spec or scripts/generate.ts and regenerate.

import * as z from 'zod/mini';

/**
 * How often the spending limit resets. Resets happen automatically at midnight UTC, and weeks
 * run Monday through Sunday.
 *
 */
export const zLimitReset: z.ZodMiniEnum<{
  daily: 'daily';
  weekly: 'weekly';
  monthly: 'monthly';
}> = z.enum(['daily', 'weekly', 'monthly']);

export type LimitReset = z.infer<typeof zLimitReset>;

/**
 * An ISO 8601 timestamp in UTC, with seconds, ending in `Z` or `+00:00`
 * (e.g. `2027-12-31T23:59:59Z`). Other timezones are rejected.
 *
 */
export const zUtcDateTime: z.iso.ZodMiniISODateTime = z.iso
  .datetime({ offset: true })
  .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:[0-5]\d(?:\.\d+)?(?:Z|\+00:00)$/));

export type UtcDateTime = z.infer<typeof zUtcDateTime>;

/**
 * The new API key's settings. Only `name` is required.
 */
export const zCreateKeyRequest: z.ZodMiniObject<
  {
    name: z.ZodMiniString<string>;
    creator_user_id: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
    expires_at: z.ZodMiniOptional<z.ZodMiniNullable<z.iso.ZodMiniISODateTime>>;
    include_byok_in_limit: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    limit: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
    limit_reset: z.ZodMiniOptional<
      z.ZodMiniNullable<
        z.ZodMiniEnum<{
          daily: 'daily';
          weekly: 'weekly';
          monthly: 'monthly';
        }>
      >
    >;
    workspace_id: z.ZodMiniOptional<z.ZodMiniGUID>;
  },
  z.core.$strip
> = z.object({
  name: z.string().check(z.minLength(1), z.regex(/\S/)),
  creator_user_id: z.nullish(z.string().check(z.minLength(1))),
  expires_at: z.nullish(zUtcDateTime),
  include_byok_in_limit: z.optional(z.boolean()),
  limit: z.nullish(z.number()),
  limit_reset: z.nullish(zLimitReset),
  workspace_id: z.optional(z.guid()),
});

export type CreateKeyRequest = z.infer<typeof zCreateKeyRequest>;

/**
 * The fields of an API key to change. Every field is optional.
 */
export const zUpdateKeyRequest: z.ZodMiniObject<
  {
    name: z.ZodMiniOptional<z.ZodMiniString<string>>;
    disabled: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    include_byok_in_limit: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    limit: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
    limit_reset: z.ZodMiniOptional<
      z.ZodMiniNullable<
        z.ZodMiniEnum<{
          daily: 'daily';
          weekly: 'weekly';
          monthly: 'monthly';
        }>
      >
    >;
  },
  z.core.$strip
> = z.object({
  name: z.optional(z.string().check(z.regex(/\S/))),
  disabled: z.optional(z.boolean()),
  include_byok_in_limit: z.optional(z.boolean()),
  limit: z.nullish(z.number()),
  limit_reset: z.nullish(zLimitReset),
});

export type UpdateKeyRequest = z.infer<typeof zUpdateKeyRequest>;

/**
 * An API key. The plaintext key itself is never returned here, only its `label`.
 */
export const zApiKey: z.ZodMiniObject<
  {
    hash: z.ZodMiniString<string>;
    name: z.ZodMiniString<string>;
    label: z.ZodMiniString<string>;
    disabled: z.ZodMiniBoolean<boolean>;
    limit: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
    limit_remaining: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
    limit_reset: z.ZodMiniNullable<z.ZodMiniString<string>>;
    include_byok_in_limit: z.ZodMiniBoolean<boolean>;
    usage: z.ZodMiniNumber<number>;
    usage_daily: z.ZodMiniNumber<number>;
    usage_weekly: z.ZodMiniNumber<number>;
    usage_monthly: z.ZodMiniNumber<number>;
    byok_usage: z.ZodMiniNumber<number>;
    byok_usage_daily: z.ZodMiniNumber<number>;
    byok_usage_weekly: z.ZodMiniNumber<number>;
    byok_usage_monthly: z.ZodMiniNumber<number>;
    created_at: z.ZodMiniString<string>;
    updated_at: z.ZodMiniNullable<z.ZodMiniString<string>>;
    creator_user_id: z.ZodMiniNullable<z.ZodMiniString<string>>;
    workspace_id: z.ZodMiniString<string>;
    expires_at: z.ZodMiniOptional<z.ZodMiniNullable<z.iso.ZodMiniISODateTime>>;
  },
  z.core.$strip
> = z.object({
  hash: z.string(),
  name: z.string(),
  label: z.string(),
  disabled: z.boolean(),
  limit: z.nullable(z.number()),
  limit_remaining: z.nullable(z.number()),
  limit_reset: z.nullable(z.string()),
  include_byok_in_limit: z.boolean(),
  usage: z.number(),
  usage_daily: z.number(),
  usage_weekly: z.number(),
  usage_monthly: z.number(),
  byok_usage: z.number(),
  byok_usage_daily: z.number(),
  byok_usage_weekly: z.number(),
  byok_usage_monthly: z.number(),
  created_at: z.string(),
  updated_at: z.nullable(z.string()),
  creator_user_id: z.nullable(z.string()),
  workspace_id: z.string(),
  expires_at: z.nullish(z.iso.datetime({ offset: true })),
});

export type ApiKey = z.infer<typeof zApiKey>;

/**
 * Legacy rate limit information. Deprecated and safe to ignore.
 *
 * @deprecated
 */
export const zRateLimit: z.ZodMiniObject<
  {
    requests: z.ZodMiniInt;
    interval: z.ZodMiniString<string>;
    note: z.ZodMiniString<string>;
  },
  z.core.$strip
> = z.object({
  requests: z.int(),
  interval: z.string(),
  note: z.string(),
});

export type RateLimit = z.infer<typeof zRateLimit>;

/**
 * The API key used to authenticate the current request.
 */
export const zCurrentKey: z.ZodMiniObject<
  {
    label: z.ZodMiniString<string>;
    limit: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
    limit_remaining: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
    limit_reset: z.ZodMiniNullable<z.ZodMiniString<string>>;
    include_byok_in_limit: z.ZodMiniBoolean<boolean>;
    usage: z.ZodMiniNumber<number>;
    usage_daily: z.ZodMiniNumber<number>;
    usage_weekly: z.ZodMiniNumber<number>;
    usage_monthly: z.ZodMiniNumber<number>;
    byok_usage: z.ZodMiniNumber<number>;
    byok_usage_daily: z.ZodMiniNumber<number>;
    byok_usage_weekly: z.ZodMiniNumber<number>;
    byok_usage_monthly: z.ZodMiniNumber<number>;
    is_free_tier: z.ZodMiniBoolean<boolean>;
    is_management_key: z.ZodMiniBoolean<boolean>;
    is_provisioning_key: z.ZodMiniBoolean<boolean>;
    creator_user_id: z.ZodMiniNullable<z.ZodMiniString<string>>;
    rate_limit: z.ZodMiniObject<
      {
        requests: z.ZodMiniInt;
        interval: z.ZodMiniString<string>;
        note: z.ZodMiniString<string>;
      },
      z.core.$strip
    >;
    expires_at: z.ZodMiniOptional<z.ZodMiniNullable<z.iso.ZodMiniISODateTime>>;
  },
  z.core.$strip
> = z.object({
  label: z.string(),
  limit: z.nullable(z.number()),
  limit_remaining: z.nullable(z.number()),
  limit_reset: z.nullable(z.string()),
  include_byok_in_limit: z.boolean(),
  usage: z.number(),
  usage_daily: z.number(),
  usage_weekly: z.number(),
  usage_monthly: z.number(),
  byok_usage: z.number(),
  byok_usage_daily: z.number(),
  byok_usage_weekly: z.number(),
  byok_usage_monthly: z.number(),
  is_free_tier: z.boolean(),
  is_management_key: z.boolean(),
  is_provisioning_key: z.boolean(),
  creator_user_id: z.nullable(z.string()),
  rate_limit: zRateLimit,
  expires_at: z.nullish(z.iso.datetime({ offset: true })),
});

export type CurrentKey = z.infer<typeof zCurrentKey>;

/**
 * What went wrong.
 */
export const zErrorDetail: z.ZodMiniObject<
  {
    code: z.ZodMiniInt;
    message: z.ZodMiniString<string>;
    metadata: z.ZodMiniOptional<
      z.ZodMiniNullable<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>
    >;
  },
  z.core.$strip
> = z.object({
  code: z.int(),
  message: z.string(),
  metadata: z.nullish(z.record(z.string(), z.unknown())),
});

export type ErrorDetail = z.infer<typeof zErrorDetail>;

/**
 * The body of every error response.
 */
export const zErrorResponse: z.ZodMiniObject<
  {
    error: z.ZodMiniObject<
      {
        code: z.ZodMiniInt;
        message: z.ZodMiniString<string>;
        metadata: z.ZodMiniOptional<
          z.ZodMiniNullable<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>
        >;
      },
      z.core.$strip
    >;
    openrouter_metadata: z.ZodMiniOptional<
      z.ZodMiniNullable<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>
    >;
    user_id: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
  },
  z.core.$strip
> = z.object({
  error: zErrorDetail,
  openrouter_metadata: z.nullish(z.record(z.string(), z.unknown())),
  user_id: z.nullish(z.string()),
});

export type ErrorResponse = z.infer<typeof zErrorResponse>;

/**
 * Your app's URL.
 */
export const zHttpReferer: z.ZodMiniString<string> = z.string();

export type HttpReferer = z.infer<typeof zHttpReferer>;

/**
 * Your app's display name.
 */
export const zAppTitle: z.ZodMiniString<string> = z.string();

export type AppTitle = z.infer<typeof zAppTitle>;

/**
 * Comma-separated lowercase, hyphenated categories.
 */
export const zAppCategories: z.ZodMiniString<string> = z.string();

export type AppCategories = z.infer<typeof zAppCategories>;

/**
 * The hash identifier of the API key.
 */
export const zHash: z.ZodMiniString<string> = z.string().check(z.minLength(1));

export type Hash = z.infer<typeof zHash>;

export const zGetCurrentKeyHeaders: z.ZodMiniObject<
  {
    'HTTP-Referer': z.ZodMiniOptional<z.ZodMiniString<string>>;
    'X-OpenRouter-Title': z.ZodMiniOptional<z.ZodMiniString<string>>;
    'X-OpenRouter-Categories': z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strip
> = z.object({
  'HTTP-Referer': z.optional(z.string()),
  'X-OpenRouter-Title': z.optional(z.string()),
  'X-OpenRouter-Categories': z.optional(z.string()),
});

/**
 * Envelope holding the current key.
 */
export const zGetCurrentKeyResponse: z.ZodMiniObject<
  {
    data: z.ZodMiniObject<
      {
        label: z.ZodMiniString<string>;
        limit: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
        limit_remaining: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
        limit_reset: z.ZodMiniNullable<z.ZodMiniString<string>>;
        include_byok_in_limit: z.ZodMiniBoolean<boolean>;
        usage: z.ZodMiniNumber<number>;
        usage_daily: z.ZodMiniNumber<number>;
        usage_weekly: z.ZodMiniNumber<number>;
        usage_monthly: z.ZodMiniNumber<number>;
        byok_usage: z.ZodMiniNumber<number>;
        byok_usage_daily: z.ZodMiniNumber<number>;
        byok_usage_weekly: z.ZodMiniNumber<number>;
        byok_usage_monthly: z.ZodMiniNumber<number>;
        is_free_tier: z.ZodMiniBoolean<boolean>;
        is_management_key: z.ZodMiniBoolean<boolean>;
        is_provisioning_key: z.ZodMiniBoolean<boolean>;
        creator_user_id: z.ZodMiniNullable<z.ZodMiniString<string>>;
        rate_limit: z.ZodMiniObject<
          {
            requests: z.ZodMiniInt;
            interval: z.ZodMiniString<string>;
            note: z.ZodMiniString<string>;
          },
          z.core.$strip
        >;
        expires_at: z.ZodMiniOptional<z.ZodMiniNullable<z.iso.ZodMiniISODateTime>>;
      },
      z.core.$strip
    >;
  },
  z.core.$strip
> = z.object({
  data: zCurrentKey,
});

export type GetCurrentKeyResponse = z.infer<typeof zGetCurrentKeyResponse>;

export const zListHeaders: z.ZodMiniObject<
  {
    'HTTP-Referer': z.ZodMiniOptional<z.ZodMiniString<string>>;
    'X-OpenRouter-Title': z.ZodMiniOptional<z.ZodMiniString<string>>;
    'X-OpenRouter-Categories': z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strip
> = z.object({
  'HTTP-Referer': z.optional(z.string()),
  'X-OpenRouter-Title': z.optional(z.string()),
  'X-OpenRouter-Categories': z.optional(z.string()),
});

export const zListQuery: z.ZodMiniObject<
  {
    include_disabled: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    offset: z.ZodMiniOptional<z.ZodMiniInt>;
    workspace_id: z.ZodMiniOptional<z.ZodMiniGUID>;
  },
  z.core.$strip
> = z.object({
  include_disabled: z.optional(z.boolean()),
  offset: z.optional(z.int().check(z.gte(0))),
  workspace_id: z.optional(z.guid()),
});

/**
 * Envelope holding one page of API keys.
 */
export const zListResponse: z.ZodMiniObject<
  {
    data: z.ZodMiniArray<
      z.ZodMiniObject<
        {
          hash: z.ZodMiniString<string>;
          name: z.ZodMiniString<string>;
          label: z.ZodMiniString<string>;
          disabled: z.ZodMiniBoolean<boolean>;
          limit: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
          limit_remaining: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
          limit_reset: z.ZodMiniNullable<z.ZodMiniString<string>>;
          include_byok_in_limit: z.ZodMiniBoolean<boolean>;
          usage: z.ZodMiniNumber<number>;
          usage_daily: z.ZodMiniNumber<number>;
          usage_weekly: z.ZodMiniNumber<number>;
          usage_monthly: z.ZodMiniNumber<number>;
          byok_usage: z.ZodMiniNumber<number>;
          byok_usage_daily: z.ZodMiniNumber<number>;
          byok_usage_weekly: z.ZodMiniNumber<number>;
          byok_usage_monthly: z.ZodMiniNumber<number>;
          created_at: z.ZodMiniString<string>;
          updated_at: z.ZodMiniNullable<z.ZodMiniString<string>>;
          creator_user_id: z.ZodMiniNullable<z.ZodMiniString<string>>;
          workspace_id: z.ZodMiniString<string>;
          expires_at: z.ZodMiniOptional<z.ZodMiniNullable<z.iso.ZodMiniISODateTime>>;
        },
        z.core.$strip
      >
    >;
  },
  z.core.$strip
> = z.object({
  data: z.array(zApiKey),
});

export type ListResponse = z.infer<typeof zListResponse>;

/**
 * The new key's name and optional limits.
 */
export const zCreateKeysBody: z.ZodMiniObject<
  {
    name: z.ZodMiniString<string>;
    creator_user_id: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
    expires_at: z.ZodMiniOptional<z.ZodMiniNullable<z.iso.ZodMiniISODateTime>>;
    include_byok_in_limit: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    limit: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
    limit_reset: z.ZodMiniOptional<
      z.ZodMiniNullable<
        z.ZodMiniEnum<{
          daily: 'daily';
          weekly: 'weekly';
          monthly: 'monthly';
        }>
      >
    >;
    workspace_id: z.ZodMiniOptional<z.ZodMiniGUID>;
  },
  z.core.$strip
> = zCreateKeyRequest;

export const zCreateKeysHeaders: z.ZodMiniObject<
  {
    'HTTP-Referer': z.ZodMiniOptional<z.ZodMiniString<string>>;
    'X-OpenRouter-Title': z.ZodMiniOptional<z.ZodMiniString<string>>;
    'X-OpenRouter-Categories': z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strip
> = z.object({
  'HTTP-Referer': z.optional(z.string()),
  'X-OpenRouter-Title': z.optional(z.string()),
  'X-OpenRouter-Categories': z.optional(z.string()),
});

/**
 * The created key and its plaintext secret.
 */
export const zCreateKeysResponse: z.ZodMiniObject<
  {
    data: z.ZodMiniObject<
      {
        hash: z.ZodMiniString<string>;
        name: z.ZodMiniString<string>;
        label: z.ZodMiniString<string>;
        disabled: z.ZodMiniBoolean<boolean>;
        limit: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
        limit_remaining: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
        limit_reset: z.ZodMiniNullable<z.ZodMiniString<string>>;
        include_byok_in_limit: z.ZodMiniBoolean<boolean>;
        usage: z.ZodMiniNumber<number>;
        usage_daily: z.ZodMiniNumber<number>;
        usage_weekly: z.ZodMiniNumber<number>;
        usage_monthly: z.ZodMiniNumber<number>;
        byok_usage: z.ZodMiniNumber<number>;
        byok_usage_daily: z.ZodMiniNumber<number>;
        byok_usage_weekly: z.ZodMiniNumber<number>;
        byok_usage_monthly: z.ZodMiniNumber<number>;
        created_at: z.ZodMiniString<string>;
        updated_at: z.ZodMiniNullable<z.ZodMiniString<string>>;
        creator_user_id: z.ZodMiniNullable<z.ZodMiniString<string>>;
        workspace_id: z.ZodMiniString<string>;
        expires_at: z.ZodMiniOptional<z.ZodMiniNullable<z.iso.ZodMiniISODateTime>>;
      },
      z.core.$strip
    >;
    key: z.ZodMiniString<string>;
  },
  z.core.$strip
> = z.object({
  data: zApiKey,
  key: z.string(),
});

export type CreateKeysResponse = z.infer<typeof zCreateKeysResponse>;

export const zDeleteKeysHeaders: z.ZodMiniObject<
  {
    'HTTP-Referer': z.ZodMiniOptional<z.ZodMiniString<string>>;
    'X-OpenRouter-Title': z.ZodMiniOptional<z.ZodMiniString<string>>;
    'X-OpenRouter-Categories': z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strip
> = z.object({
  'HTTP-Referer': z.optional(z.string()),
  'X-OpenRouter-Title': z.optional(z.string()),
  'X-OpenRouter-Categories': z.optional(z.string()),
});

export const zDeleteKeysPath: z.ZodMiniObject<
  {
    hash: z.ZodMiniString<string>;
  },
  z.core.$strip
> = z.object({
  hash: z.string().check(z.minLength(1)),
});

/**
 * Confirmation of the deletion.
 */
export const zDeleteKeysResponse: z.ZodMiniObject<
  {
    deleted: z.ZodMiniLiteral<true>;
  },
  z.core.$strip
> = z.object({
  deleted: z.literal(true),
});

export type DeleteKeysResponse = z.infer<typeof zDeleteKeysResponse>;

export const zGetKeyHeaders: z.ZodMiniObject<
  {
    'HTTP-Referer': z.ZodMiniOptional<z.ZodMiniString<string>>;
    'X-OpenRouter-Title': z.ZodMiniOptional<z.ZodMiniString<string>>;
    'X-OpenRouter-Categories': z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strip
> = z.object({
  'HTTP-Referer': z.optional(z.string()),
  'X-OpenRouter-Title': z.optional(z.string()),
  'X-OpenRouter-Categories': z.optional(z.string()),
});

export const zGetKeyPath: z.ZodMiniObject<
  {
    hash: z.ZodMiniString<string>;
  },
  z.core.$strip
> = z.object({
  hash: z.string().check(z.minLength(1)),
});

/**
 * Envelope holding one API key.
 */
export const zGetKeyResponse: z.ZodMiniObject<
  {
    data: z.ZodMiniObject<
      {
        hash: z.ZodMiniString<string>;
        name: z.ZodMiniString<string>;
        label: z.ZodMiniString<string>;
        disabled: z.ZodMiniBoolean<boolean>;
        limit: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
        limit_remaining: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
        limit_reset: z.ZodMiniNullable<z.ZodMiniString<string>>;
        include_byok_in_limit: z.ZodMiniBoolean<boolean>;
        usage: z.ZodMiniNumber<number>;
        usage_daily: z.ZodMiniNumber<number>;
        usage_weekly: z.ZodMiniNumber<number>;
        usage_monthly: z.ZodMiniNumber<number>;
        byok_usage: z.ZodMiniNumber<number>;
        byok_usage_daily: z.ZodMiniNumber<number>;
        byok_usage_weekly: z.ZodMiniNumber<number>;
        byok_usage_monthly: z.ZodMiniNumber<number>;
        created_at: z.ZodMiniString<string>;
        updated_at: z.ZodMiniNullable<z.ZodMiniString<string>>;
        creator_user_id: z.ZodMiniNullable<z.ZodMiniString<string>>;
        workspace_id: z.ZodMiniString<string>;
        expires_at: z.ZodMiniOptional<z.ZodMiniNullable<z.iso.ZodMiniISODateTime>>;
      },
      z.core.$strip
    >;
  },
  z.core.$strip
> = z.object({
  data: zApiKey,
});

export type GetKeyResponse = z.infer<typeof zGetKeyResponse>;

/**
 * The fields to change.
 */
export const zUpdateKeysBody: z.ZodMiniObject<
  {
    name: z.ZodMiniOptional<z.ZodMiniString<string>>;
    disabled: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    include_byok_in_limit: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    limit: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
    limit_reset: z.ZodMiniOptional<
      z.ZodMiniNullable<
        z.ZodMiniEnum<{
          daily: 'daily';
          weekly: 'weekly';
          monthly: 'monthly';
        }>
      >
    >;
  },
  z.core.$strip
> = zUpdateKeyRequest;

export const zUpdateKeysHeaders: z.ZodMiniObject<
  {
    'HTTP-Referer': z.ZodMiniOptional<z.ZodMiniString<string>>;
    'X-OpenRouter-Title': z.ZodMiniOptional<z.ZodMiniString<string>>;
    'X-OpenRouter-Categories': z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strip
> = z.object({
  'HTTP-Referer': z.optional(z.string()),
  'X-OpenRouter-Title': z.optional(z.string()),
  'X-OpenRouter-Categories': z.optional(z.string()),
});

export const zUpdateKeysPath: z.ZodMiniObject<
  {
    hash: z.ZodMiniString<string>;
  },
  z.core.$strip
> = z.object({
  hash: z.string().check(z.minLength(1)),
});

/**
 * Envelope holding the updated API key.
 */
export const zUpdateKeysResponse: z.ZodMiniObject<
  {
    data: z.ZodMiniObject<
      {
        hash: z.ZodMiniString<string>;
        name: z.ZodMiniString<string>;
        label: z.ZodMiniString<string>;
        disabled: z.ZodMiniBoolean<boolean>;
        limit: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
        limit_remaining: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
        limit_reset: z.ZodMiniNullable<z.ZodMiniString<string>>;
        include_byok_in_limit: z.ZodMiniBoolean<boolean>;
        usage: z.ZodMiniNumber<number>;
        usage_daily: z.ZodMiniNumber<number>;
        usage_weekly: z.ZodMiniNumber<number>;
        usage_monthly: z.ZodMiniNumber<number>;
        byok_usage: z.ZodMiniNumber<number>;
        byok_usage_daily: z.ZodMiniNumber<number>;
        byok_usage_weekly: z.ZodMiniNumber<number>;
        byok_usage_monthly: z.ZodMiniNumber<number>;
        created_at: z.ZodMiniString<string>;
        updated_at: z.ZodMiniNullable<z.ZodMiniString<string>>;
        creator_user_id: z.ZodMiniNullable<z.ZodMiniString<string>>;
        workspace_id: z.ZodMiniString<string>;
        expires_at: z.ZodMiniOptional<z.ZodMiniNullable<z.iso.ZodMiniISODateTime>>;
      },
      z.core.$strip
    >;
  },
  z.core.$strip
> = z.object({
  data: zApiKey,
});

export type UpdateKeysResponse = z.infer<typeof zUpdateKeysResponse>;

export const zGetCurrentKeyData: z.ZodMiniObject<
  {
    body: z.ZodMiniOptional<z.ZodMiniNever>;
    headers: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          'HTTP-Referer': z.ZodMiniOptional<z.ZodMiniString<string>>;
          'X-OpenRouter-Title': z.ZodMiniOptional<z.ZodMiniString<string>>;
          'X-OpenRouter-Categories': z.ZodMiniOptional<z.ZodMiniString<string>>;
        },
        z.core.$strip
      >
    >;
    path: z.ZodMiniOptional<z.ZodMiniNever>;
    query: z.ZodMiniOptional<z.ZodMiniNever>;
  },
  z.core.$strip
> = z.object({
  body: z.optional(z.never()),
  headers: z.optional(zGetCurrentKeyHeaders),
  path: z.optional(z.never()),
  query: z.optional(z.never()),
});

export type GetCurrentKeyData = z.infer<typeof zGetCurrentKeyData>;

export const zListData: z.ZodMiniObject<
  {
    body: z.ZodMiniOptional<z.ZodMiniNever>;
    headers: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          'HTTP-Referer': z.ZodMiniOptional<z.ZodMiniString<string>>;
          'X-OpenRouter-Title': z.ZodMiniOptional<z.ZodMiniString<string>>;
          'X-OpenRouter-Categories': z.ZodMiniOptional<z.ZodMiniString<string>>;
        },
        z.core.$strip
      >
    >;
    path: z.ZodMiniOptional<z.ZodMiniNever>;
    query: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          include_disabled: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
          offset: z.ZodMiniOptional<z.ZodMiniInt>;
          workspace_id: z.ZodMiniOptional<z.ZodMiniGUID>;
        },
        z.core.$strip
      >
    >;
  },
  z.core.$strip
> = z.object({
  body: z.optional(z.never()),
  headers: z.optional(zListHeaders),
  path: z.optional(z.never()),
  query: z.optional(zListQuery),
});

export type ListData = z.infer<typeof zListData>;

export const zCreateKeysData: z.ZodMiniObject<
  {
    body: z.ZodMiniObject<
      {
        name: z.ZodMiniString<string>;
        creator_user_id: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
        expires_at: z.ZodMiniOptional<z.ZodMiniNullable<z.iso.ZodMiniISODateTime>>;
        include_byok_in_limit: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        limit: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
        limit_reset: z.ZodMiniOptional<
          z.ZodMiniNullable<
            z.ZodMiniEnum<{
              daily: 'daily';
              weekly: 'weekly';
              monthly: 'monthly';
            }>
          >
        >;
        workspace_id: z.ZodMiniOptional<z.ZodMiniGUID>;
      },
      z.core.$strip
    >;
    headers: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          'HTTP-Referer': z.ZodMiniOptional<z.ZodMiniString<string>>;
          'X-OpenRouter-Title': z.ZodMiniOptional<z.ZodMiniString<string>>;
          'X-OpenRouter-Categories': z.ZodMiniOptional<z.ZodMiniString<string>>;
        },
        z.core.$strip
      >
    >;
    path: z.ZodMiniOptional<z.ZodMiniNever>;
    query: z.ZodMiniOptional<z.ZodMiniNever>;
  },
  z.core.$strip
> = z.object({
  body: zCreateKeysBody,
  headers: z.optional(zCreateKeysHeaders),
  path: z.optional(z.never()),
  query: z.optional(z.never()),
});

export type CreateKeysData = z.infer<typeof zCreateKeysData>;

export const zDeleteKeysData: z.ZodMiniObject<
  {
    body: z.ZodMiniOptional<z.ZodMiniNever>;
    headers: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          'HTTP-Referer': z.ZodMiniOptional<z.ZodMiniString<string>>;
          'X-OpenRouter-Title': z.ZodMiniOptional<z.ZodMiniString<string>>;
          'X-OpenRouter-Categories': z.ZodMiniOptional<z.ZodMiniString<string>>;
        },
        z.core.$strip
      >
    >;
    path: z.ZodMiniObject<
      {
        hash: z.ZodMiniString<string>;
      },
      z.core.$strip
    >;
    query: z.ZodMiniOptional<z.ZodMiniNever>;
  },
  z.core.$strip
> = z.object({
  body: z.optional(z.never()),
  headers: z.optional(zDeleteKeysHeaders),
  path: zDeleteKeysPath,
  query: z.optional(z.never()),
});

export type DeleteKeysData = z.infer<typeof zDeleteKeysData>;

export const zGetKeyData: z.ZodMiniObject<
  {
    body: z.ZodMiniOptional<z.ZodMiniNever>;
    headers: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          'HTTP-Referer': z.ZodMiniOptional<z.ZodMiniString<string>>;
          'X-OpenRouter-Title': z.ZodMiniOptional<z.ZodMiniString<string>>;
          'X-OpenRouter-Categories': z.ZodMiniOptional<z.ZodMiniString<string>>;
        },
        z.core.$strip
      >
    >;
    path: z.ZodMiniObject<
      {
        hash: z.ZodMiniString<string>;
      },
      z.core.$strip
    >;
    query: z.ZodMiniOptional<z.ZodMiniNever>;
  },
  z.core.$strip
> = z.object({
  body: z.optional(z.never()),
  headers: z.optional(zGetKeyHeaders),
  path: zGetKeyPath,
  query: z.optional(z.never()),
});

export type GetKeyData = z.infer<typeof zGetKeyData>;

export const zUpdateKeysData: z.ZodMiniObject<
  {
    body: z.ZodMiniObject<
      {
        name: z.ZodMiniOptional<z.ZodMiniString<string>>;
        disabled: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        include_byok_in_limit: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        limit: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
        limit_reset: z.ZodMiniOptional<
          z.ZodMiniNullable<
            z.ZodMiniEnum<{
              daily: 'daily';
              weekly: 'weekly';
              monthly: 'monthly';
            }>
          >
        >;
      },
      z.core.$strip
    >;
    headers: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          'HTTP-Referer': z.ZodMiniOptional<z.ZodMiniString<string>>;
          'X-OpenRouter-Title': z.ZodMiniOptional<z.ZodMiniString<string>>;
          'X-OpenRouter-Categories': z.ZodMiniOptional<z.ZodMiniString<string>>;
        },
        z.core.$strip
      >
    >;
    path: z.ZodMiniObject<
      {
        hash: z.ZodMiniString<string>;
      },
      z.core.$strip
    >;
    query: z.ZodMiniOptional<z.ZodMiniNever>;
  },
  z.core.$strip
> = z.object({
  body: zUpdateKeysBody,
  headers: z.optional(zUpdateKeysHeaders),
  path: zUpdateKeysPath,
  query: z.optional(z.never()),
});

export type UpdateKeysData = z.infer<typeof zUpdateKeysData>;
