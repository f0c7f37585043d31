// This file is generated from spec/openapi.yaml by @hey-api/openapi-ts (pnpm generate).
// Do not edit it by hand: change the spec or scripts/generate.ts and regenerate.

export type ClientOptions = {
  baseUrl: 'https://modelgates.ai/api/v1' | (string & {});
};

/**
 * How often the spending limit resets. Resets happen automatically at midnight UTC, and weeks
 * run Monday through Sunday.
 *
 */
export type LimitReset = 'daily' | 'weekly' | 'monthly';

/**
 * An ISO 8601 timestamp in UTC, with seconds, ending in `Z` or `+00:00`
 * (e.g. `2027-12-31T23:59:59Z`). Other timezones are rejected.
 *
 */
export type UtcDateTime = string;

/**
 * The new API key's settings. Only `name` is required.
 */
export type CreateKeyRequest = {
  /**
   * Name for the new API key.
   */
  name: string;
  /**
   * Optional user ID of the key creator. Only meaningful for organization-owned keys where a
   * specific member is creating the key.
   *
   */
  creator_user_id?: string | null;
  /**
   * Optional ISO 8601 UTC timestamp when the API key should expire. Must be UTC; other
   * timezones are rejected.
   *
   */
  expires_at?: UtcDateTime | null;
  /**
   * Whether to include BYOK usage in the limit.
   */
  include_byok_in_limit?: boolean;
  /**
   * Optional spending limit for the API key in USD.
   */
  limit?: number | null;
  /**
   * Type of limit reset for the API key (daily, weekly, monthly, or null for no reset).
   * Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.
   *
   */
  limit_reset?: LimitReset | null;
  /**
   * The workspace to create the API key in. Defaults to the default workspace if not provided.
   */
  workspace_id?: string;
};

/**
 * The fields of an API key to change. Every field is optional.
 */
export type UpdateKeyRequest = {
  /**
   * New name for the API key.
   */
  name?: string;
  /**
   * Whether to disable the API key.
   */
  disabled?: boolean;
  /**
   * Whether to include BYOK usage in the limit.
   */
  include_byok_in_limit?: boolean;
  /**
   * New spending limit for the API key in USD, or null for no limit.
   */
  limit?: number | null;
  /**
   * New limit reset type for the API key (daily, weekly, monthly, or null for no reset).
   * Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.
   *
   */
  limit_reset?: LimitReset | null;
};

/**
 * An API key. The plaintext key itself is never returned here, only its `label`.
 */
export type ApiKey = {
  /**
   * Unique hash identifier for the API key.
   */
  hash: string;
  /**
   * Name of the API key.
   */
  name: string;
  /**
   * Human-readable label for the API key (a masked form of the key).
   */
  label: string;
  /**
   * Whether the API key is disabled.
   */
  disabled: boolean;
  /**
   * Spending limit for the API key in USD, or null for no limit.
   */
  limit: number | null;
  /**
   * Remaining spending limit in USD, or null when there is no limit.
   */
  limit_remaining: number | null;
  /**
   * Type of limit reset for the API key, or null for no reset.
   */
  limit_reset: string | null;
  /**
   * Whether to include external BYOK usage in the credit limit.
   */
  include_byok_in_limit: boolean;
  /**
   * Total usage of the API key in USD.
   */
  usage: number;
  /**
   * Usage for the current UTC day in USD.
   */
  usage_daily: number;
  /**
   * Usage for the current UTC week (Monday to Sunday) in USD.
   */
  usage_weekly: number;
  /**
   * Usage for the current UTC month in USD.
   */
  usage_monthly: number;
  /**
   * Total external BYOK usage in USD.
   */
  byok_usage: number;
  /**
   * External BYOK usage for the current UTC day in USD.
   */
  byok_usage_daily: number;
  /**
   * External BYOK usage for the current UTC week in USD.
   */
  byok_usage_weekly: number;
  /**
   * External BYOK usage for the current UTC month in USD.
   */
  byok_usage_monthly: number;
  /**
   * ISO 8601 timestamp of when the key was created.
   */
  created_at: string;
  /**
   * ISO 8601 timestamp of the last update, or null if never updated.
   */
  updated_at: string | null;
  /**
   * ID of the user who created the key, or null.
   */
  creator_user_id: string | null;
  /**
   * ID of the workspace the key belongs to.
   */
  workspace_id: string;
  /**
   * ISO 8601 UTC timestamp when the key expires, or null if it never expires.
   */
  expires_at?: string | null;
};

/**
 * Legacy rate limit information. Deprecated and safe to ignore.
 *
 * @deprecated
 */
export type RateLimit = {
  /**
   * Number of requests allowed per interval.
   */
  requests: number;
  /**
   * Rate limit interval.
   */
  interval: string;
  /**
   * Note about the rate limit.
   */
  note: string;
};

/**
 * The API key used to authenticate the current request.
 */
export type CurrentKey = {
  /**
   * Human-readable label for the API key (a masked form of the key).
   */
  label: string;
  /**
   * Spending limit for the API key in USD, or null for no limit.
   */
  limit: number | null;
  /**
   * Remaining spending limit in USD, or null when there is no limit.
   */
  limit_remaining: number | null;
  /**
   * Type of limit reset for the API key, or null for no reset.
   */
  limit_reset: string | null;
  /**
   * Whether to include external BYOK usage in the credit limit.
   */
  include_byok_in_limit: boolean;
  /**
   * Total usage of the API key in USD.
   */
  usage: number;
  /**
   * Usage for the current UTC day in USD.
   */
  usage_daily: number;
  /**
   * Usage for the current UTC week (Monday to Sunday) in USD.
   */
  usage_weekly: number;
  /**
   * Usage for the current UTC month in USD.
   */
  usage_monthly: number;
  /**
   * Total external BYOK usage in USD.
   */
  byok_usage: number;
  /**
   * External BYOK usage for the current UTC day in USD.
   */
  byok_usage_daily: number;
  /**
   * External BYOK usage for the current UTC week in USD.
   */
  byok_usage_weekly: number;
  /**
   * External BYOK usage for the current UTC month in USD.
   */
  byok_usage_monthly: number;
  /**
   * Whether this is a free tier API key.
   */
  is_free_tier: boolean;
  /**
   * Whether this is a management key.
   */
  is_management_key: boolean;
  /**
   * Deprecated; same meaning as `is_management_key`.
   *
   * @deprecated
   */
  is_provisioning_key: boolean;
  /**
   * ID of the user who created the key, or null.
   */
  creator_user_id: string | null;
  rate_limit: RateLimit;
  /**
   * ISO 8601 UTC timestamp when the key expires, or null if it never expires.
   */
  expires_at?: string | null;
};

/**
 * What went wrong.
 */
export type ErrorDetail = {
  /**
   * Error code; equals the HTTP status.
   */
  code: number;
  /**
   * Error message.
   */
  message: string;
  /**
   * Additional error details, if any.
   */
  metadata?: {
    [key: string]: unknown;
  } | null;
};

/**
 * The body of every error response.
 */
export type ErrorResponse = {
  error: ErrorDetail;
  /**
   * Provider routing metadata, if any.
   */
  openrouter_metadata?: {
    [key: string]: unknown;
  } | null;
  /**
   * ID of the user the request was made for, if known.
   */
  user_id?: string | null;
};

/**
 * Your app's URL.
 */
export type HttpReferer = string;

/**
 * Your app's display name.
 */
export type AppTitle = string;

/**
 * Comma-separated lowercase, hyphenated categories.
 */
export type AppCategories = string;

/**
 * The hash identifier of the API key.
 */
export type Hash = string;

export type GetCurrentKeyData = {
  body?: never;
  headers?: {
    /**
     * Your app's URL.
     */
    'HTTP-Referer'?: string;
    /**
     * Your app's display name.
     */
    'X-OpenRouter-Title'?: string;
    /**
     * Comma-separated lowercase, hyphenated categories.
     */
    'X-OpenRouter-Categories'?: string;
  };
  path?: never;
  query?: never;
  url: '/key';
};

export type GetCurrentKeyErrors = {
  /**
   * Unauthorized. The API key is missing or invalid.
   */
  401: ErrorResponse;
  /**
   * Internal server error.
   */
  500: ErrorResponse;
};

export type GetCurrentKeyError = GetCurrentKeyErrors[keyof GetCurrentKeyErrors];

export type GetCurrentKeyResponses = {
  /**
   * Envelope holding the current key.
   */
  200: {
    data: CurrentKey;
  };
};

export type GetCurrentKeyResponse = GetCurrentKeyResponses[keyof GetCurrentKeyResponses];

export type ListData = {
  body?: never;
  headers?: {
    /**
     * Your app's URL.
     */
    'HTTP-Referer'?: string;
    /**
     * Your app's display name.
     */
    'X-OpenRouter-Title'?: string;
    /**
     * Comma-separated lowercase, hyphenated categories.
     */
    'X-OpenRouter-Categories'?: string;
  };
  path?: never;
  query?: {
    /**
     * Whether to include disabled API keys in the response.
     */
    include_disabled?: boolean;
    /**
     * Number of API keys to skip for pagination.
     */
    offset?: number;
    /**
     * Workspace ID (uuid).
     */
    workspace_id?: string;
  };
  url: '/keys';
};

export type ListErrors = {
  /**
   * Bad request. The request parameters are invalid.
   */
  400: ErrorResponse;
  /**
   * Unauthorized. The API key is missing or invalid.
   */
  401: ErrorResponse;
  /**
   * Too many requests. Wait for the time given by `Retry-After`, if sent.
   */
  429: ErrorResponse;
  /**
   * Internal server error.
   */
  500: ErrorResponse;
};

export type ListError = ListErrors[keyof ListErrors];

export type ListResponses = {
  /**
   * Envelope holding one page of API keys.
   */
  200: {
    /**
     * The API keys on this page (at most 100).
     */
    data: Array<ApiKey>;
  };
};

export type ListResponse = ListResponses[keyof ListResponses];

export type CreateKeysData = {
  /**
   * The new key's name and optional limits.
   */
  body: CreateKeyRequest;
  headers?: {
    /**
     * Your app's URL.
     */
    'HTTP-Referer'?: string;
    /**
     * Your app's display name.
     */
    'X-OpenRouter-Title'?: string;
    /**
     * Comma-separated lowercase, hyphenated categories.
     */
    'X-OpenRouter-Categories'?: string;
  };
  path?: never;
  query?: never;
  url: '/keys';
};

export type CreateKeysErrors = {
  /**
   * Bad request. The request parameters are invalid.
   */
  400: ErrorResponse;
  /**
   * Unauthorized. The API key is missing or invalid.
   */
  401: ErrorResponse;
  /**
   * Forbidden. This operation needs a management key.
   */
  403: ErrorResponse;
  /**
   * Too many requests. Wait for the time given by `Retry-After`, if sent.
   */
  429: ErrorResponse;
  /**
   * Internal server error.
   */
  500: ErrorResponse;
};

export type CreateKeysError = CreateKeysErrors[keyof CreateKeysErrors];

export type CreateKeysResponses = {
  /**
   * The created key and its plaintext secret.
   */
  201: {
    data: ApiKey;
    /**
     * The plaintext API key. Shown only once; it is a secret.
     */
    key: string;
  };
};

export type CreateKeysResponse = CreateKeysResponses[keyof CreateKeysResponses];

export type DeleteKeysData = {
  body?: never;
  headers?: {
    /**
     * Your app's URL.
     */
    'HTTP-Referer'?: string;
    /**
     * Your app's display name.
     */
    'X-OpenRouter-Title'?: string;
    /**
     * Comma-separated lowercase, hyphenated categories.
     */
    'X-OpenRouter-Categories'?: string;
  };
  path: {
    /**
     * The hash identifier of the API key.
     */
    hash: string;
  };
  query?: never;
  url: '/keys/{hash}';
};

export type DeleteKeysErrors = {
  /**
   * Unauthorized. The API key is missing or invalid.
   */
  401: ErrorResponse;
  /**
   * Not found. No API key has this hash.
   */
  404: ErrorResponse;
  /**
   * Too many requests. Wait for the time given by `Retry-After`, if sent.
   */
  429: ErrorResponse;
  /**
   * Internal server error.
   */
  500: ErrorResponse;
};

export type DeleteKeysError = DeleteKeysErrors[keyof DeleteKeysErrors];

export type DeleteKeysResponses = {
  /**
   * Confirmation of the deletion.
   */
  200: {
    /**
     * Always `true`.
     */
    deleted: true;
  };
};

export type DeleteKeysResponse = DeleteKeysResponses[keyof DeleteKeysResponses];

export type GetKeyData = {
  body?: never;
  headers?: {
    /**
     * Your app's URL.
     */
    'HTTP-Referer'?: string;
    /**
     * Your app's display name.
     */
    'X-OpenRouter-Title'?: string;
    /**
     * Comma-separated lowercase, hyphenated categories.
     */
    'X-OpenRouter-Categories'?: string;
  };
  path: {
    /**
     * The hash identifier of the API key.
     */
    hash: string;
  };
  query?: never;
  url: '/keys/{hash}';
};

export type GetKeyErrors = {
  /**
   * Unauthorized. The API key is missing or invalid.
   */
  401: ErrorResponse;
  /**
   * Not found. No API key has this hash.
   */
  404: ErrorResponse;
  /**
   * Too many requests. Wait for the time given by `Retry-After`, if sent.
   */
  429: ErrorResponse;
  /**
   * Internal server error.
   */
  500: ErrorResponse;
};

export type GetKeyError = GetKeyErrors[keyof GetKeyErrors];

export type GetKeyResponses = {
  /**
   * Envelope holding one API key.
   */
  200: {
    data: ApiKey;
  };
};

export type GetKeyResponse = GetKeyResponses[keyof GetKeyResponses];

export type UpdateKeysData = {
  /**
   * The fields to change.
   */
  body: UpdateKeyRequest;
  headers?: {
    /**
     * Your app's URL.
     */
    'HTTP-Referer'?: string;
    /**
     * Your app's display name.
     */
    'X-OpenRouter-Title'?: string;
    /**
     * Comma-separated lowercase, hyphenated categories.
     */
    'X-OpenRouter-Categories'?: string;
  };
  path: {
    /**
     * The hash identifier of the API key.
     */
    hash: string;
  };
  query?: never;
  url: '/keys/{hash}';
};

export type UpdateKeysErrors = {
  /**
   * Bad request. The request parameters are invalid.
   */
  400: ErrorResponse;
  /**
   * Unauthorized. The API key is missing or invalid.
   */
  401: ErrorResponse;
  /**
   * Not found. No API key has this hash.
   */
  404: ErrorResponse;
  /**
   * Too many requests. Wait for the time given by `Retry-After`, if sent.
   */
  429: ErrorResponse;
  /**
   * Internal server error.
   */
  500: ErrorResponse;
};

export type UpdateKeysError = UpdateKeysErrors[keyof UpdateKeysErrors];

export type UpdateKeysResponses = {
  /**
   * Envelope holding the updated API key.
   */
  200: {
    data: ApiKey;
  };
};

export type UpdateKeysResponse = UpdateKeysResponses[keyof UpdateKeysResponses];
