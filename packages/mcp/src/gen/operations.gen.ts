// This file is generated from spec/openapi.yaml by scripts/generate-mcp.ts (pnpm generate).
// Do not edit it by hand: change the spec or scripts/generate-mcp.ts and regenerate.

/** Each operation's method, path, summary, description and field descriptions, keyed by operationId. */
export const operations = {
  getCurrentKey: {
    method: 'GET',
    path: '/key',
    summary: 'Get current API key',
    description:
      'Get information on the API key associated with the current authentication session. Works with any key.',
    fields: {},
  },
  list: {
    method: 'GET',
    path: '/keys',
    summary: 'List API keys',
    description:
      'List the API keys of the authenticated user, up to 100 per page; use `offset` to page. Management key required.',
    fields: {
      include_disabled: 'Whether to include disabled API keys in the response.',
      offset: 'Number of API keys to skip for pagination. Pages hold up to 100 keys.',
      workspace_id:
        'Filter API keys by workspace ID. By default, keys in the default workspace are returned.',
    },
  },
  createKeys: {
    method: 'POST',
    path: '/keys',
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
  },
  getKey: {
    method: 'GET',
    path: '/keys/{hash}',
    summary: 'Get a single API key',
    description: 'Get a single API key by hash. Management key required.',
    fields: {
      hash: 'The hash identifier of the API key (64 hex characters in practice).',
    },
  },
  updateKeys: {
    method: 'PATCH',
    path: '/keys/{hash}',
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
  },
  deleteKeys: {
    method: 'DELETE',
    path: '/keys/{hash}',
    summary: 'Delete an API key',
    description: 'Delete an existing API key. Management key required.',
    fields: {
      hash: 'The hash identifier of the API key (64 hex characters in practice).',
    },
  },
} as const;

export type OperationId = keyof typeof operations;
