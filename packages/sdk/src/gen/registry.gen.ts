// This file is generated from spec/openapi.yaml by scripts/generate-registry.ts (pnpm generate).
// Do not edit it by hand: change the spec or the generator and regenerate.

import type { HttpMethod } from '../runtime/types.js';

/** A field of an object schema, as the spec states it. */
export interface FieldInfo {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'unknown';
  nullable: boolean;
  required: boolean;
  format?: string;
  enum?: readonly string[];
  /** The component an object (or an array's items) refers to. */
  ref?: string;
  description?: string;
  deprecated?: boolean;
  /** Marked `x-modelgates-secret`: shown only in the result that creates it. */
  secret?: boolean;
}

/** What the client, the hooks, the mock, the CLI and the MCP server know of one operation. */
export interface OperationMeta {
  method: HttpMethod;
  /** The path template, relative to the base URL. */
  path: string;
  /** The `ModelGates` resource (`mg.apiKeys`) and method (`mg.apiKeys.get`). */
  resource: string;
  name: string;
  pathParams: readonly string[];
  queryParams: readonly string[];
  body: {
    required: boolean;
    /** The component the body is, when it is one. */
    schema: string | null;
    fields: readonly string[];
    requiredFields: readonly string[];
    /** `date-time` fields: the sdk also takes a `Date` for them and sends it as UTC. */
    dateFields: readonly string[];
  } | null;
  responseStatus: number | null;
  /** Response fields marked `x-modelgates-secret`: the operation creates a secret. */
  secrets: readonly string[];
  /** Safe to send twice (retried after it may have reached the server). */
  idempotent: boolean;
  readOnly: boolean;
  destructive: boolean;
  /** Offset paging: the query parameter, the response's item array and the page size. */
  paginated: { offset: string; items: string; pageSize: number } | null;
  /** The React hook (and the other adapters' function) name. */
  hook: string;
  /** The CLI command words, or null when the operation is deliberately not a command (see `operationDocs`). */
  cli: string | null;
}

/** Texts of an operation: for tool descriptions, help and docs. Kept apart from `operations` so a
 * bundle that only calls the API does not carry them. */
export interface OperationDocs {
  summary: string;
  description: string;
  /** Descriptions of the path, query and body fields. */
  fields: Readonly<Record<string, string>>;
  /** Why the operation has no CLI command. */
  cliExclude?: string;
  responseSchema: string | null;
  responseFields: Readonly<Record<string, FieldInfo>>;
}

/** Every operation of the spec, by operationId, in the spec's order. */
export const operations = {
  getCurrentKey: {
    method: 'GET',
    path: '/key',
    resource: 'apiKeys',
    name: 'getCurrentKeyMetadata',
    pathParams: [],
    queryParams: [],
    body: null,
    responseStatus: 200,
    secrets: [],
    idempotent: true,
    readOnly: true,
    destructive: false,
    paginated: null,
    hook: 'useCurrentKey',
    cli: 'key',
  },
  list: {
    method: 'GET',
    path: '/keys',
    resource: 'apiKeys',
    name: 'list',
    pathParams: [],
    queryParams: ['include_disabled', 'offset', 'workspace_id'],
    body: null,
    responseStatus: 200,
    secrets: [],
    idempotent: true,
    readOnly: true,
    destructive: false,
    paginated: {
      offset: 'offset',
      items: 'data',
      pageSize: 100,
    },
    hook: 'useApiKeys',
    cli: 'keys list',
  },
  createKeys: {
    method: 'POST',
    path: '/keys',
    resource: 'apiKeys',
    name: 'create',
    pathParams: [],
    queryParams: [],
    body: {
      required: true,
      schema: 'CreateKeyRequest',
      fields: [
        'name',
        'creator_user_id',
        'expires_at',
        'include_byok_in_limit',
        'limit',
        'limit_reset',
        'workspace_id',
      ],
      requiredFields: ['name'],
      dateFields: ['expires_at'],
    },
    responseStatus: 201,
    secrets: ['key'],
    idempotent: false,
    readOnly: false,
    destructive: false,
    paginated: null,
    hook: 'useCreateApiKey',
    cli: 'keys create',
  },
  getKey: {
    method: 'GET',
    path: '/keys/{hash}',
    resource: 'apiKeys',
    name: 'get',
    pathParams: ['hash'],
    queryParams: [],
    body: null,
    responseStatus: 200,
    secrets: [],
    idempotent: true,
    readOnly: true,
    destructive: false,
    paginated: null,
    hook: 'useApiKey',
    cli: 'keys get',
  },
  updateKeys: {
    method: 'PATCH',
    path: '/keys/{hash}',
    resource: 'apiKeys',
    name: 'update',
    pathParams: ['hash'],
    queryParams: [],
    body: {
      required: true,
      schema: 'UpdateKeyRequest',
      fields: ['name', 'disabled', 'include_byok_in_limit', 'limit', 'limit_reset'],
      requiredFields: [],
      dateFields: [],
    },
    responseStatus: 200,
    secrets: [],
    idempotent: true,
    readOnly: false,
    destructive: false,
    paginated: null,
    hook: 'useUpdateApiKey',
    cli: 'keys update',
  },
  deleteKeys: {
    method: 'DELETE',
    path: '/keys/{hash}',
    resource: 'apiKeys',
    name: 'delete',
    pathParams: ['hash'],
    queryParams: [],
    body: null,
    responseStatus: 200,
    secrets: [],
    idempotent: true,
    readOnly: false,
    destructive: true,
    paginated: null,
    hook: 'useDeleteApiKey',
    cli: 'keys delete',
  },
} as const satisfies Record<string, OperationMeta>;

/** What the client needs at run time of each operation, and nothing more (bundles that call the
 * API carry this, not `operations`' names and lists). Derived from `operations`. */
export const operationRoutes = {
  getCurrentKey: {
    method: 'GET',
    path: '/key',
    idempotent: true,
    dateFields: [],
    paginated: null,
  },
  list: {
    method: 'GET',
    path: '/keys',
    idempotent: true,
    dateFields: [],
    paginated: {
      offset: 'offset',
      items: 'data',
      pageSize: 100,
    },
  },
  createKeys: {
    method: 'POST',
    path: '/keys',
    idempotent: false,
    dateFields: ['expires_at'],
    paginated: null,
  },
  getKey: {
    method: 'GET',
    path: '/keys/{hash}',
    idempotent: true,
    dateFields: [],
    paginated: null,
  },
  updateKeys: {
    method: 'PATCH',
    path: '/keys/{hash}',
    idempotent: true,
    dateFields: [],
    paginated: null,
  },
  deleteKeys: {
    method: 'DELETE',
    path: '/keys/{hash}',
    idempotent: true,
    dateFields: [],
    paginated: null,
  },
} as const satisfies Record<
  OperationId,
  Pick<OperationMeta, 'method' | 'path' | 'idempotent' | 'paginated'> & { dateFields: readonly string[] }
>;

/** An operation of the spec: its operationId. */
export type OperationId = keyof typeof operations;
/** The operations that only read. */
export type ReadOperationId = {
  [K in OperationId]: (typeof operations)[K]['readOnly'] extends true ? K : never;
}[OperationId];
/** The operations that change something. */
export type WriteOperationId = Exclude<OperationId, ReadOperationId>;
/** The operations that are CLI commands. */
export type CliOperationId = {
  [K in OperationId]: (typeof operations)[K]['cli'] extends string ? K : never;
}[OperationId];
/** The hook names, one per operation. */
export type HookName = (typeof operations)[OperationId]['hook'];

export const operationDocs = {
  getCurrentKey: {
    summary: 'Get current API key',
    description:
      'Get information on the API key associated with the current authentication session. Works with any key.',
    fields: {},
    responseSchema: null,
    responseFields: {
      data: {
        type: 'object',
        nullable: false,
        required: true,
        ref: 'CurrentKey',
        description: 'The API key used to authenticate the current request.',
      },
    },
  },
  list: {
    summary: 'List API keys',
    description:
      'List the API keys of the authenticated user, up to 100 per page; use `offset` to page. Management key required.',
    fields: {
      include_disabled: 'Whether to include disabled API keys in the response.',
      offset: 'Number of API keys to skip for pagination. Pages hold up to 100 keys.',
      workspace_id:
        'Filter API keys by workspace ID. By default, keys in the default workspace are returned.',
    },
    responseSchema: null,
    responseFields: {
      data: {
        type: 'array',
        nullable: false,
        required: true,
        ref: 'ApiKey',
        description: 'The API keys on this page (at most 100).',
      },
    },
  },
  createKeys: {
    summary: 'Create a new API key',
    description:
      'Create a new API key for the authenticated user. Management key required. The plaintext `key` in the response is shown only once: store it securely.',
    fields: {
      name: 'Name for the new API key.',
      creator_user_id:
        'Optional user ID of the key creator. Only meaningful for organization-owned keys where a specific member is creating the key.',
      expires_at:
        'Optional ISO 8601 UTC timestamp when the API key should expire. Must be UTC; other timezones are rejected.',
      include_byok_in_limit: 'Whether to include BYOK usage in the limit.',
      limit: 'Optional spending limit for the API key in USD.',
      limit_reset:
        'Type of limit reset for the API key (daily, weekly, monthly, or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.',
      workspace_id:
        'The workspace to create the API key in. Defaults to the default workspace if not provided.',
    },
    responseSchema: null,
    responseFields: {
      data: {
        type: 'object',
        nullable: false,
        required: true,
        ref: 'ApiKey',
        description: 'An API key. The plaintext key itself is never returned here, only its `label`.',
      },
      key: {
        type: 'string',
        nullable: false,
        required: true,
        description: 'The plaintext API key. Shown only once; it is a secret.',
        secret: true,
      },
    },
  },
  getKey: {
    summary: 'Get a single API key',
    description: 'Get a single API key by hash. Management key required.',
    fields: {
      hash: 'The hash identifier of the API key (64 hex characters in practice).',
    },
    responseSchema: null,
    responseFields: {
      data: {
        type: 'object',
        nullable: false,
        required: true,
        ref: 'ApiKey',
        description: 'An API key. The plaintext key itself is never returned here, only its `label`.',
      },
    },
  },
  updateKeys: {
    summary: 'Update an API key',
    description:
      'Update an existing API key. Every field is optional; only the fields sent change. Management key required.',
    fields: {
      hash: 'The hash identifier of the API key (64 hex characters in practice).',
      name: 'New name for the API key.',
      disabled: 'Whether to disable the API key.',
      include_byok_in_limit: 'Whether to include BYOK usage in the limit.',
      limit: 'New spending limit for the API key in USD, or null for no limit.',
      limit_reset:
        'New limit reset type for the API key (daily, weekly, monthly, or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.',
    },
    responseSchema: null,
    responseFields: {
      data: {
        type: 'object',
        nullable: false,
        required: true,
        ref: 'ApiKey',
        description: 'An API key. The plaintext key itself is never returned here, only its `label`.',
      },
    },
  },
  deleteKeys: {
    summary: 'Delete an API key',
    description: 'Delete an existing API key. Management key required.',
    fields: {
      hash: 'The hash identifier of the API key (64 hex characters in practice).',
    },
    responseSchema: null,
    responseFields: {
      deleted: {
        type: 'boolean',
        nullable: false,
        required: true,
        description: 'Always `true`.',
      },
    },
  },
} as const satisfies Record<OperationId, OperationDocs>;

/** Every field of every object schema of the spec. */
export const schemaFields = {
  CreateKeyRequest: {
    name: {
      type: 'string',
      nullable: false,
      required: true,
      description: 'Name for the new API key.',
    },
    creator_user_id: {
      type: 'string',
      nullable: true,
      required: false,
      description:
        'Optional user ID of the key creator. Only meaningful for organization-owned keys where a specific member is creating the key.',
    },
    expires_at: {
      type: 'string',
      nullable: true,
      required: false,
      format: 'date-time',
      description:
        'Optional ISO 8601 UTC timestamp when the API key should expire. Must be UTC; other timezones are rejected.',
    },
    include_byok_in_limit: {
      type: 'boolean',
      nullable: false,
      required: false,
      description: 'Whether to include BYOK usage in the limit.',
    },
    limit: {
      type: 'number',
      nullable: true,
      required: false,
      description: 'Optional spending limit for the API key in USD.',
    },
    limit_reset: {
      type: 'string',
      nullable: true,
      required: false,
      enum: ['daily', 'weekly', 'monthly'],
      description:
        'Type of limit reset for the API key (daily, weekly, monthly, or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.',
    },
    workspace_id: {
      type: 'string',
      nullable: false,
      required: false,
      format: 'uuid',
      description:
        'The workspace to create the API key in. Defaults to the default workspace if not provided.',
    },
  },
  UpdateKeyRequest: {
    name: {
      type: 'string',
      nullable: false,
      required: false,
      description: 'New name for the API key.',
    },
    disabled: {
      type: 'boolean',
      nullable: false,
      required: false,
      description: 'Whether to disable the API key.',
    },
    include_byok_in_limit: {
      type: 'boolean',
      nullable: false,
      required: false,
      description: 'Whether to include BYOK usage in the limit.',
    },
    limit: {
      type: 'number',
      nullable: true,
      required: false,
      description: 'New spending limit for the API key in USD, or null for no limit.',
    },
    limit_reset: {
      type: 'string',
      nullable: true,
      required: false,
      enum: ['daily', 'weekly', 'monthly'],
      description:
        'New limit reset type for the API key (daily, weekly, monthly, or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.',
    },
  },
  ApiKey: {
    hash: {
      type: 'string',
      nullable: false,
      required: true,
      description: 'Unique hash identifier for the API key.',
    },
    name: {
      type: 'string',
      nullable: false,
      required: true,
      description: 'Name of the API key.',
    },
    label: {
      type: 'string',
      nullable: false,
      required: true,
      description: 'Human-readable label for the API key (a masked form of the key).',
    },
    disabled: {
      type: 'boolean',
      nullable: false,
      required: true,
      description: 'Whether the API key is disabled.',
    },
    limit: {
      type: 'number',
      nullable: true,
      required: true,
      description: 'Spending limit for the API key in USD, or null for no limit.',
    },
    limit_remaining: {
      type: 'number',
      nullable: true,
      required: true,
      description: 'Remaining spending limit in USD, or null when there is no limit.',
    },
    limit_reset: {
      type: 'string',
      nullable: true,
      required: true,
      description: 'Type of limit reset for the API key, or null for no reset.',
    },
    include_byok_in_limit: {
      type: 'boolean',
      nullable: false,
      required: true,
      description: 'Whether to include external BYOK usage in the credit limit.',
    },
    usage: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'Total usage of the API key in USD.',
    },
    usage_daily: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'Usage for the current UTC day in USD.',
    },
    usage_weekly: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'Usage for the current UTC week (Monday to Sunday) in USD.',
    },
    usage_monthly: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'Usage for the current UTC month in USD.',
    },
    byok_usage: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'Total external BYOK usage in USD.',
    },
    byok_usage_daily: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'External BYOK usage for the current UTC day in USD.',
    },
    byok_usage_weekly: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'External BYOK usage for the current UTC week in USD.',
    },
    byok_usage_monthly: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'External BYOK usage for the current UTC month in USD.',
    },
    created_at: {
      type: 'string',
      nullable: false,
      required: true,
      description: 'ISO 8601 timestamp of when the key was created.',
    },
    updated_at: {
      type: 'string',
      nullable: true,
      required: true,
      description: 'ISO 8601 timestamp of the last update, or null if never updated.',
    },
    creator_user_id: {
      type: 'string',
      nullable: true,
      required: true,
      description: 'ID of the user who created the key, or null.',
    },
    workspace_id: {
      type: 'string',
      nullable: false,
      required: true,
      description: 'ID of the workspace the key belongs to.',
    },
    expires_at: {
      type: 'string',
      nullable: true,
      required: false,
      format: 'date-time',
      description: 'ISO 8601 UTC timestamp when the key expires, or null if it never expires.',
    },
  },
  RateLimit: {
    requests: {
      type: 'integer',
      nullable: false,
      required: true,
      description: 'Number of requests allowed per interval.',
    },
    interval: {
      type: 'string',
      nullable: false,
      required: true,
      description: 'Rate limit interval.',
    },
    note: {
      type: 'string',
      nullable: false,
      required: true,
      description: 'Note about the rate limit.',
    },
  },
  CurrentKey: {
    label: {
      type: 'string',
      nullable: false,
      required: true,
      description: 'Human-readable label for the API key (a masked form of the key).',
    },
    limit: {
      type: 'number',
      nullable: true,
      required: true,
      description: 'Spending limit for the API key in USD, or null for no limit.',
    },
    limit_remaining: {
      type: 'number',
      nullable: true,
      required: true,
      description: 'Remaining spending limit in USD, or null when there is no limit.',
    },
    limit_reset: {
      type: 'string',
      nullable: true,
      required: true,
      description: 'Type of limit reset for the API key, or null for no reset.',
    },
    include_byok_in_limit: {
      type: 'boolean',
      nullable: false,
      required: true,
      description: 'Whether to include external BYOK usage in the credit limit.',
    },
    usage: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'Total usage of the API key in USD.',
    },
    usage_daily: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'Usage for the current UTC day in USD.',
    },
    usage_weekly: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'Usage for the current UTC week (Monday to Sunday) in USD.',
    },
    usage_monthly: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'Usage for the current UTC month in USD.',
    },
    byok_usage: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'Total external BYOK usage in USD.',
    },
    byok_usage_daily: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'External BYOK usage for the current UTC day in USD.',
    },
    byok_usage_weekly: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'External BYOK usage for the current UTC week in USD.',
    },
    byok_usage_monthly: {
      type: 'number',
      nullable: false,
      required: true,
      description: 'External BYOK usage for the current UTC month in USD.',
    },
    is_free_tier: {
      type: 'boolean',
      nullable: false,
      required: true,
      description: 'Whether this is a free tier API key.',
    },
    is_management_key: {
      type: 'boolean',
      nullable: false,
      required: true,
      description: 'Whether this is a management key.',
    },
    is_provisioning_key: {
      type: 'boolean',
      nullable: false,
      required: true,
      description: 'Deprecated; same meaning as `is_management_key`.',
      deprecated: true,
    },
    creator_user_id: {
      type: 'string',
      nullable: true,
      required: true,
      description: 'ID of the user who created the key, or null.',
    },
    rate_limit: {
      type: 'object',
      nullable: false,
      required: true,
      ref: 'RateLimit',
      description: 'Legacy rate limit information. Deprecated and safe to ignore.',
      deprecated: true,
    },
    expires_at: {
      type: 'string',
      nullable: true,
      required: false,
      format: 'date-time',
      description: 'ISO 8601 UTC timestamp when the key expires, or null if it never expires.',
    },
  },
  ErrorDetail: {
    code: {
      type: 'integer',
      nullable: false,
      required: true,
      description: 'Error code; equals the HTTP status.',
    },
    message: {
      type: 'string',
      nullable: false,
      required: true,
      description: 'Error message.',
    },
    metadata: {
      type: 'object',
      nullable: true,
      required: false,
      description: 'Additional error details, if any.',
    },
  },
  ErrorResponse: {
    error: {
      type: 'object',
      nullable: false,
      required: true,
      ref: 'ErrorDetail',
      description: 'What went wrong.',
    },
    openrouter_metadata: {
      type: 'object',
      nullable: true,
      required: false,
      description: 'Provider routing metadata, if any.',
    },
    user_id: {
      type: 'string',
      nullable: true,
      required: false,
      description: 'ID of the user the request was made for, if known.',
    },
  },
} as const satisfies Record<string, Record<string, FieldInfo>>;

export type SchemaName = keyof typeof schemaFields;
