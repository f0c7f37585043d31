// This file is generated from spec/openapi.yaml by scripts/generate-mock.ts (pnpm generate).
// Do not edit it by hand: change the spec (its examples) or the generator and regenerate.

import type { ApiKey, CurrentKey, ErrorResponse } from '@modelgates/zod';

/** The seed: the keys of the spec's list example. */
export const exampleKeys: readonly ApiKey[] = [
  {
    hash: 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943',
    name: 'Production Key',
    label: 'sk-or-v1-0e6...1c96',
    disabled: false,
    limit: 100,
    limit_remaining: 74.5,
    limit_reset: 'monthly',
    include_byok_in_limit: false,
    usage: 25.5,
    usage_daily: 25.5,
    usage_weekly: 25.5,
    usage_monthly: 25.5,
    byok_usage: 17.38,
    byok_usage_daily: 17.38,
    byok_usage_weekly: 17.38,
    byok_usage_monthly: 17.38,
    created_at: '2025-02-19T20:52:27.363244+00:00',
    updated_at: '2025-08-24T10:30:00Z',
    creator_user_id: 'user_2dHFtVWx2n56w6HkM0000000000',
    workspace_id: '0df9e665-d932-5740-b2c7-b52af166bc11',
    expires_at: '2027-12-31T23:59:59Z',
  },
  {
    hash: '9a3c1e0f5b7d2468ace13579bdf02468ace13579bdf02468ace13579bdf02468',
    name: 'Staging Key',
    label: 'sk-or-v1-7b2...4d0e',
    disabled: false,
    limit: null,
    limit_remaining: null,
    limit_reset: null,
    include_byok_in_limit: true,
    usage: 3.25,
    usage_daily: 0.5,
    usage_weekly: 1.75,
    usage_monthly: 3.25,
    byok_usage: 0,
    byok_usage_daily: 0,
    byok_usage_weekly: 0,
    byok_usage_monthly: 0,
    created_at: '2025-06-02T08:15:00.000000+00:00',
    updated_at: null,
    creator_user_id: null,
    workspace_id: '0df9e665-d932-5740-b2c7-b52af166bc11',
  },
  {
    hash: '2b4d6f8091a3c5e7f9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5',
    name: 'Old CI Key',
    label: 'sk-or-v1-c41...9e2a',
    disabled: true,
    limit: 10,
    limit_remaining: 0,
    limit_reset: 'daily',
    include_byok_in_limit: false,
    usage: 10,
    usage_daily: 10,
    usage_weekly: 10,
    usage_monthly: 10,
    byok_usage: 0,
    byok_usage_daily: 0,
    byok_usage_weekly: 0,
    byok_usage_monthly: 0,
    created_at: '2024-11-05T17:42:11.120000+00:00',
    updated_at: '2025-01-10T09:00:00Z',
    creator_user_id: 'user_2dHFtVWx2n56w6HkM0000000000',
    workspace_id: '0df9e665-d932-5740-b2c7-b52af166bc11',
    expires_at: null,
  },
];

/** The spec's `GET /key` example: what a key the mock does not hold (a management key) is described as. */
export const exampleCurrentKey: CurrentKey = {
  label: 'sk-or-v1-au7...890',
  limit: 100,
  limit_remaining: 74.5,
  limit_reset: 'monthly',
  include_byok_in_limit: false,
  usage: 25.5,
  usage_daily: 25.5,
  usage_weekly: 25.5,
  usage_monthly: 25.5,
  byok_usage: 17.38,
  byok_usage_daily: 17.38,
  byok_usage_weekly: 17.38,
  byok_usage_monthly: 17.38,
  is_free_tier: false,
  is_management_key: false,
  is_provisioning_key: false,
  creator_user_id: 'user_2dHFtVWx2n56w6HkM0000000000',
  rate_limit: {
    requests: 1000,
    interval: '1h',
    note: 'This field is deprecated and safe to ignore.',
  },
  expires_at: '2027-12-31T23:59:59Z',
};

/** The default workspace: the spec's `ApiKey.workspace_id` example. */
export const exampleWorkspaceId = '0df9e665-d932-5740-b2c7-b52af166bc11';

/** The spec's error body for each status it declares. */
export const errorExamples: Readonly<Record<number, ErrorResponse>> = {
  '400': {
    error: {
      code: 400,
      message: 'Invalid request parameters',
    },
  },
  '401': {
    error: {
      code: 401,
      message: 'Missing Authentication header',
    },
  },
  '403': {
    error: {
      code: 403,
      message: 'Only management keys can perform this operation',
    },
  },
  '404': {
    error: {
      code: 404,
      message: 'Resource not found',
    },
  },
  '429': {
    error: {
      code: 429,
      message: 'Rate limit exceeded',
    },
  },
  '500': {
    error: {
      code: 500,
      message: 'Internal Server Error',
    },
  },
};
