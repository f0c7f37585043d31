// This file is generated from spec/openapi.yaml by scripts/generate-registry.ts (pnpm generate).
// Do not edit it by hand: change the spec or the generator and regenerate.

import {
  zGetCurrentKeyData,
  zGetCurrentKeyResponse,
  zListData,
  zListResponse,
  zCreateKeysData,
  zCreateKeysResponse,
  zGetKeyData,
  zGetKeyResponse,
  zUpdateKeysData,
  zUpdateKeysResponse,
  zDeleteKeysData,
  zDeleteKeysResponse,
} from './zod.gen.js';

/** Each operation's request (`path`, `query`, `body`) and success-response schemas, by operationId. */
export const operationSchemas = {
  getCurrentKey: { request: zGetCurrentKeyData, response: zGetCurrentKeyResponse },
  list: { request: zListData, response: zListResponse },
  createKeys: { request: zCreateKeysData, response: zCreateKeysResponse },
  getKey: { request: zGetKeyData, response: zGetKeyResponse },
  updateKeys: { request: zUpdateKeysData, response: zUpdateKeysResponse },
  deleteKeys: { request: zDeleteKeysData, response: zDeleteKeysResponse },
} as const;
