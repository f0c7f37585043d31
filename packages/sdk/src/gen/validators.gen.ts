// This file is generated from spec/openapi.yaml by scripts/generate-validators.ts (pnpm generate).
// Do not edit it by hand: change the spec or the generator and regenerate.

import type { Issue } from '../errors.js';
import type { OperationId } from './registry.gen.js';

/** A generated validator: `undefined` when the value is valid, else every issue found. */
export type Validator = (value: unknown) => Issue[] | undefined;

const typeName = (x: unknown) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x);
const isObject = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
const isPlainObject = (x: unknown) => {
  if (!isObject(x)) return false;
  const p = Object.getPrototypeOf(x);
  return p === null || p === Object.prototype;
};
const issue = (message: string): Issue[] => [{ path: [], message }];
const REQUIRED = () => issue('is required');
/** Adds `r` (issues found under `key`) to `e`, prefixing their paths. */
const at = (e: Issue[] | undefined, key: string | number, r: Issue[]): Issue[] => {
  for (const i of r) i.path.unshift(key);
  return e ? e.concat(r) : r;
};
const r0 =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|(?:[+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
const r1 = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const r2 = /\S/;
const r3 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:[0-5]\d(?:\.\d+)?(?:Z|\+00:00)$/;

function vGetCurrentKeyData(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['body'];
  if (v !== undefined && (r = v1(v))) e = at(e, 'body', r);
  v = x['path'];
  if (v !== undefined && (r = v1(v))) e = at(e, 'path', r);
  v = x['query'];
  if (v !== undefined && (r = v1(v))) e = at(e, 'query', r);
  v = x['headers'];
  if (v !== undefined && (r = v2(v))) e = at(e, 'headers', r);
  return e;
}
function v1(x: any): Issue[] | undefined {
  return x === undefined ? undefined : issue('must not be set');
}
function v2(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['HTTP-Referer'];
  if (v !== undefined && (r = v3(v))) e = at(e, 'HTTP-Referer', r);
  v = x['X-OpenRouter-Title'];
  if (v !== undefined && (r = v3(v))) e = at(e, 'X-OpenRouter-Title', r);
  v = x['X-OpenRouter-Categories'];
  if (v !== undefined && (r = v3(v))) e = at(e, 'X-OpenRouter-Categories', r);
  return e;
}
function v3(x: any): Issue[] | undefined {
  if (!(typeof x === 'string')) return issue(`must be a string, not ${typeName(x)}`);
  return undefined;
}
function vGetCurrentKeyResponse(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['data'];
  if (v === undefined) e = at(e, 'data', REQUIRED());
  else if ((r = vCurrentKey(v))) e = at(e, 'data', r);
  return e;
}
function vCurrentKey(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['label'];
  if (v === undefined) e = at(e, 'label', REQUIRED());
  else if ((r = v3(v))) e = at(e, 'label', r);
  v = x['limit'];
  if (v === undefined) e = at(e, 'limit', REQUIRED());
  else if ((r = v6(v))) e = at(e, 'limit', r);
  v = x['limit_remaining'];
  if (v === undefined) e = at(e, 'limit_remaining', REQUIRED());
  else if ((r = v6(v))) e = at(e, 'limit_remaining', r);
  v = x['limit_reset'];
  if (v === undefined) e = at(e, 'limit_reset', REQUIRED());
  else if ((r = v7(v))) e = at(e, 'limit_reset', r);
  v = x['include_byok_in_limit'];
  if (v === undefined) e = at(e, 'include_byok_in_limit', REQUIRED());
  else if ((r = v8(v))) e = at(e, 'include_byok_in_limit', r);
  v = x['usage'];
  if (v === undefined) e = at(e, 'usage', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'usage', r);
  v = x['usage_daily'];
  if (v === undefined) e = at(e, 'usage_daily', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'usage_daily', r);
  v = x['usage_weekly'];
  if (v === undefined) e = at(e, 'usage_weekly', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'usage_weekly', r);
  v = x['usage_monthly'];
  if (v === undefined) e = at(e, 'usage_monthly', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'usage_monthly', r);
  v = x['byok_usage'];
  if (v === undefined) e = at(e, 'byok_usage', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'byok_usage', r);
  v = x['byok_usage_daily'];
  if (v === undefined) e = at(e, 'byok_usage_daily', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'byok_usage_daily', r);
  v = x['byok_usage_weekly'];
  if (v === undefined) e = at(e, 'byok_usage_weekly', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'byok_usage_weekly', r);
  v = x['byok_usage_monthly'];
  if (v === undefined) e = at(e, 'byok_usage_monthly', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'byok_usage_monthly', r);
  v = x['is_free_tier'];
  if (v === undefined) e = at(e, 'is_free_tier', REQUIRED());
  else if ((r = v8(v))) e = at(e, 'is_free_tier', r);
  v = x['is_management_key'];
  if (v === undefined) e = at(e, 'is_management_key', REQUIRED());
  else if ((r = v8(v))) e = at(e, 'is_management_key', r);
  v = x['is_provisioning_key'];
  if (v === undefined) e = at(e, 'is_provisioning_key', REQUIRED());
  else if ((r = v8(v))) e = at(e, 'is_provisioning_key', r);
  v = x['creator_user_id'];
  if (v === undefined) e = at(e, 'creator_user_id', REQUIRED());
  else if ((r = v7(v))) e = at(e, 'creator_user_id', r);
  v = x['rate_limit'];
  if (v === undefined) e = at(e, 'rate_limit', REQUIRED());
  else if ((r = vRateLimit(v))) e = at(e, 'rate_limit', r);
  v = x['expires_at'];
  if (v !== undefined && (r = v12(v))) e = at(e, 'expires_at', r);
  return e;
}
function v6(x: any): Issue[] | undefined {
  if (x === null) return undefined;
  if (!(typeof x === 'number' && Number.isFinite(x))) return issue(`must be a number, not ${typeName(x)}`);
  return undefined;
}
function v7(x: any): Issue[] | undefined {
  if (x === null) return undefined;
  if (!(typeof x === 'string')) return issue(`must be a string, not ${typeName(x)}`);
  return undefined;
}
function v8(x: any): Issue[] | undefined {
  if (!(typeof x === 'boolean')) return issue(`must be a boolean, not ${typeName(x)}`);
  return undefined;
}
function v9(x: any): Issue[] | undefined {
  if (!(typeof x === 'number' && Number.isFinite(x))) return issue(`must be a number, not ${typeName(x)}`);
  return undefined;
}
function vRateLimit(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['requests'];
  if (v === undefined) e = at(e, 'requests', REQUIRED());
  else if ((r = v11(v))) e = at(e, 'requests', r);
  v = x['interval'];
  if (v === undefined) e = at(e, 'interval', REQUIRED());
  else if ((r = v3(v))) e = at(e, 'interval', r);
  v = x['note'];
  if (v === undefined) e = at(e, 'note', REQUIRED());
  else if ((r = v3(v))) e = at(e, 'note', r);
  return e;
}
function v11(x: any): Issue[] | undefined {
  if (!Number.isInteger(x)) return issue(`must be an integer, not ${typeName(x)}`);
  if (x > 9007199254740991) return issue('must be at most 9007199254740991');
  if (x < -9007199254740991) return issue('must be at least -9007199254740991');
  return undefined;
}
function v12(x: any): Issue[] | undefined {
  if (x === null) return undefined;
  if (!(typeof x === 'string')) return issue(`must be a string, not ${typeName(x)}`);
  if (!r0.test(x))
    return issue(
      'must be an ISO 8601 UTC date-time with seconds, ending in Z or +00:00 (e.g. 2027-12-31T23:59:59Z)',
    );
  return undefined;
}
function vListData(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['body'];
  if (v !== undefined && (r = v1(v))) e = at(e, 'body', r);
  v = x['path'];
  if (v !== undefined && (r = v1(v))) e = at(e, 'path', r);
  v = x['query'];
  if (v !== undefined && (r = v14(v))) e = at(e, 'query', r);
  v = x['headers'];
  if (v !== undefined && (r = v2(v))) e = at(e, 'headers', r);
  return e;
}
function v14(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['include_disabled'];
  if (v !== undefined && (r = v8(v))) e = at(e, 'include_disabled', r);
  v = x['offset'];
  if (v !== undefined && (r = v15(v))) e = at(e, 'offset', r);
  v = x['workspace_id'];
  if (v !== undefined && (r = v16(v))) e = at(e, 'workspace_id', r);
  return e;
}
function v15(x: any): Issue[] | undefined {
  if (!Number.isInteger(x)) return issue(`must be an integer, not ${typeName(x)}`);
  if (x > 9007199254740991) return issue('must be at most 9007199254740991');
  if (x < -9007199254740991) return issue('must be at least -9007199254740991');
  if (x < 0) return issue('must be at least 0');
  return undefined;
}
function v16(x: any): Issue[] | undefined {
  if (!(typeof x === 'string')) return issue(`must be a string, not ${typeName(x)}`);
  if (!r1.test(x)) return issue('must be a UUID (e.g. 0df9e665-d932-5740-b2c7-b52af166bc11)');
  return undefined;
}
function vListResponse(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['data'];
  if (v === undefined) e = at(e, 'data', REQUIRED());
  else if ((r = v18(v))) e = at(e, 'data', r);
  return e;
}
function v18(x: any): Issue[] | undefined {
  if (!Array.isArray(x)) return issue(`must be an array, not ${typeName(x)}`);
  let e: Issue[] | undefined;
  for (let i = 0; i < x.length; i++) {
    const r = vApiKey(x[i]);
    if (r) e = at(e, i, r);
  }
  return e;
}
function vApiKey(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['hash'];
  if (v === undefined) e = at(e, 'hash', REQUIRED());
  else if ((r = v3(v))) e = at(e, 'hash', r);
  v = x['name'];
  if (v === undefined) e = at(e, 'name', REQUIRED());
  else if ((r = v3(v))) e = at(e, 'name', r);
  v = x['label'];
  if (v === undefined) e = at(e, 'label', REQUIRED());
  else if ((r = v3(v))) e = at(e, 'label', r);
  v = x['disabled'];
  if (v === undefined) e = at(e, 'disabled', REQUIRED());
  else if ((r = v8(v))) e = at(e, 'disabled', r);
  v = x['limit'];
  if (v === undefined) e = at(e, 'limit', REQUIRED());
  else if ((r = v6(v))) e = at(e, 'limit', r);
  v = x['limit_remaining'];
  if (v === undefined) e = at(e, 'limit_remaining', REQUIRED());
  else if ((r = v6(v))) e = at(e, 'limit_remaining', r);
  v = x['limit_reset'];
  if (v === undefined) e = at(e, 'limit_reset', REQUIRED());
  else if ((r = v7(v))) e = at(e, 'limit_reset', r);
  v = x['include_byok_in_limit'];
  if (v === undefined) e = at(e, 'include_byok_in_limit', REQUIRED());
  else if ((r = v8(v))) e = at(e, 'include_byok_in_limit', r);
  v = x['usage'];
  if (v === undefined) e = at(e, 'usage', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'usage', r);
  v = x['usage_daily'];
  if (v === undefined) e = at(e, 'usage_daily', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'usage_daily', r);
  v = x['usage_weekly'];
  if (v === undefined) e = at(e, 'usage_weekly', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'usage_weekly', r);
  v = x['usage_monthly'];
  if (v === undefined) e = at(e, 'usage_monthly', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'usage_monthly', r);
  v = x['byok_usage'];
  if (v === undefined) e = at(e, 'byok_usage', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'byok_usage', r);
  v = x['byok_usage_daily'];
  if (v === undefined) e = at(e, 'byok_usage_daily', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'byok_usage_daily', r);
  v = x['byok_usage_weekly'];
  if (v === undefined) e = at(e, 'byok_usage_weekly', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'byok_usage_weekly', r);
  v = x['byok_usage_monthly'];
  if (v === undefined) e = at(e, 'byok_usage_monthly', REQUIRED());
  else if ((r = v9(v))) e = at(e, 'byok_usage_monthly', r);
  v = x['created_at'];
  if (v === undefined) e = at(e, 'created_at', REQUIRED());
  else if ((r = v3(v))) e = at(e, 'created_at', r);
  v = x['updated_at'];
  if (v === undefined) e = at(e, 'updated_at', REQUIRED());
  else if ((r = v7(v))) e = at(e, 'updated_at', r);
  v = x['creator_user_id'];
  if (v === undefined) e = at(e, 'creator_user_id', REQUIRED());
  else if ((r = v7(v))) e = at(e, 'creator_user_id', r);
  v = x['workspace_id'];
  if (v === undefined) e = at(e, 'workspace_id', REQUIRED());
  else if ((r = v3(v))) e = at(e, 'workspace_id', r);
  v = x['expires_at'];
  if (v !== undefined && (r = v12(v))) e = at(e, 'expires_at', r);
  return e;
}
function vCreateKeysData(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['body'];
  if (v === undefined) e = at(e, 'body', REQUIRED());
  else if ((r = vCreateKeyRequest(v))) e = at(e, 'body', r);
  v = x['path'];
  if (v !== undefined && (r = v1(v))) e = at(e, 'path', r);
  v = x['query'];
  if (v !== undefined && (r = v1(v))) e = at(e, 'query', r);
  v = x['headers'];
  if (v !== undefined && (r = v2(v))) e = at(e, 'headers', r);
  return e;
}
function vCreateKeyRequest(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['name'];
  if (v === undefined) e = at(e, 'name', REQUIRED());
  else if ((r = v22(v))) e = at(e, 'name', r);
  v = x['creator_user_id'];
  if (v !== undefined && (r = v23(v))) e = at(e, 'creator_user_id', r);
  v = x['expires_at'];
  if (v !== undefined && (r = v24(v))) e = at(e, 'expires_at', r);
  v = x['include_byok_in_limit'];
  if (v !== undefined && (r = v8(v))) e = at(e, 'include_byok_in_limit', r);
  v = x['limit'];
  if (v !== undefined && (r = v6(v))) e = at(e, 'limit', r);
  v = x['limit_reset'];
  if (v !== undefined && (r = v26(v))) e = at(e, 'limit_reset', r);
  v = x['workspace_id'];
  if (v !== undefined && (r = v16(v))) e = at(e, 'workspace_id', r);
  return e;
}
function v22(x: any): Issue[] | undefined {
  if (!(typeof x === 'string')) return issue(`must be a string, not ${typeName(x)}`);
  if (x.length < 1) return issue('must not be empty');
  if (!r2.test(x)) return issue('must not be blank');
  return undefined;
}
function v23(x: any): Issue[] | undefined {
  if (x === null) return undefined;
  if (!(typeof x === 'string')) return issue(`must be a string, not ${typeName(x)}`);
  if (x.length < 1) return issue('must not be empty');
  return undefined;
}
function v24(x: any): Issue[] | undefined {
  return x === null ? undefined : vUtcDateTime(x);
}
function vUtcDateTime(x: any): Issue[] | undefined {
  if (!(typeof x === 'string')) return issue(`must be a string, not ${typeName(x)}`);
  if (!r0.test(x))
    return issue(
      'must be an ISO 8601 UTC date-time with seconds, ending in Z or +00:00 (e.g. 2027-12-31T23:59:59Z)',
    );
  if (!r3.test(x))
    return issue(
      'must be an ISO 8601 UTC date-time with seconds, ending in Z or +00:00 (e.g. 2027-12-31T23:59:59Z)',
    );
  return undefined;
}
function v26(x: any): Issue[] | undefined {
  return x === null ? undefined : vLimitReset(x);
}
function vLimitReset(x: any): Issue[] | undefined {
  if (x !== 'daily' && x !== 'weekly' && x !== 'monthly')
    return issue('must be one of "daily", "weekly", "monthly"');
  return undefined;
}
function vCreateKeysResponse(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['data'];
  if (v === undefined) e = at(e, 'data', REQUIRED());
  else if ((r = vApiKey(v))) e = at(e, 'data', r);
  v = x['key'];
  if (v === undefined) e = at(e, 'key', REQUIRED());
  else if ((r = v3(v))) e = at(e, 'key', r);
  return e;
}
function vGetKeyData(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['body'];
  if (v !== undefined && (r = v1(v))) e = at(e, 'body', r);
  v = x['path'];
  if (v === undefined) e = at(e, 'path', REQUIRED());
  else if ((r = v30(v))) e = at(e, 'path', r);
  v = x['query'];
  if (v !== undefined && (r = v1(v))) e = at(e, 'query', r);
  v = x['headers'];
  if (v !== undefined && (r = v2(v))) e = at(e, 'headers', r);
  return e;
}
function v30(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['hash'];
  if (v === undefined) e = at(e, 'hash', REQUIRED());
  else if ((r = v31(v))) e = at(e, 'hash', r);
  return e;
}
function v31(x: any): Issue[] | undefined {
  if (!(typeof x === 'string')) return issue(`must be a string, not ${typeName(x)}`);
  if (x.length < 1) return issue('must not be empty');
  return undefined;
}
function vGetKeyResponse(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['data'];
  if (v === undefined) e = at(e, 'data', REQUIRED());
  else if ((r = vApiKey(v))) e = at(e, 'data', r);
  return e;
}
function vUpdateKeysData(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['body'];
  if (v === undefined) e = at(e, 'body', REQUIRED());
  else if ((r = vUpdateKeyRequest(v))) e = at(e, 'body', r);
  v = x['path'];
  if (v === undefined) e = at(e, 'path', REQUIRED());
  else if ((r = v30(v))) e = at(e, 'path', r);
  v = x['query'];
  if (v !== undefined && (r = v1(v))) e = at(e, 'query', r);
  v = x['headers'];
  if (v !== undefined && (r = v2(v))) e = at(e, 'headers', r);
  return e;
}
function vUpdateKeyRequest(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['name'];
  if (v !== undefined && (r = v35(v))) e = at(e, 'name', r);
  v = x['disabled'];
  if (v !== undefined && (r = v8(v))) e = at(e, 'disabled', r);
  v = x['include_byok_in_limit'];
  if (v !== undefined && (r = v8(v))) e = at(e, 'include_byok_in_limit', r);
  v = x['limit'];
  if (v !== undefined && (r = v6(v))) e = at(e, 'limit', r);
  v = x['limit_reset'];
  if (v !== undefined && (r = v26(v))) e = at(e, 'limit_reset', r);
  return e;
}
function v35(x: any): Issue[] | undefined {
  if (!(typeof x === 'string')) return issue(`must be a string, not ${typeName(x)}`);
  if (!r2.test(x)) return issue('must not be blank');
  return undefined;
}
function vDeleteKeysResponse(x: any): Issue[] | undefined {
  if (!isObject(x)) return issue(`must be an object, not ${typeName(x)}`);
  let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;
  v = x['deleted'];
  if (v === undefined) e = at(e, 'deleted', REQUIRED());
  else if ((r = v37(v))) e = at(e, 'deleted', r);
  return e;
}
function v37(x: any): Issue[] | undefined {
  if (x !== true) return issue('must be one of true');
  return undefined;
}
export {
  vGetCurrentKeyData,
  vGetCurrentKeyResponse,
  vListData,
  vListResponse,
  vCreateKeysData,
  vCreateKeysResponse,
  vGetKeyData,
  vGetKeyResponse,
  vUpdateKeysData,
  vDeleteKeysResponse,
};
export const vUpdateKeysResponse = vGetKeyResponse;
export const vDeleteKeysData = vGetKeyData;

/** Each operation's request (`{ path, query, body }`) and success-response validators, by operationId. */
export const validators = {
  getCurrentKey: { request: vGetCurrentKeyData, response: vGetCurrentKeyResponse },
  list: { request: vListData, response: vListResponse },
  createKeys: { request: vCreateKeysData, response: vCreateKeysResponse },
  getKey: { request: vGetKeyData, response: vGetKeyResponse },
  updateKeys: { request: vUpdateKeysData, response: vUpdateKeysResponse },
  deleteKeys: { request: vDeleteKeysData, response: vDeleteKeysResponse },
} as const satisfies Record<OperationId, { request: Validator; response: Validator }>;
