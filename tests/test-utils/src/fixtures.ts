import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { specPath } from './prism.js';

/** The spec, parsed once: tests compare what they get with the examples it declares. */
export const spec = parse(readFileSync(specPath, 'utf8')) as {
  paths: Record<string, Record<string, any>>;
  components: Record<string, Record<string, any>>;
};

const resolveRef = (node: any): any => {
  if (node && typeof node.$ref === 'string') {
    const [, , section, name] = node.$ref.split('/');
    return resolveRef(spec.components[section]![name!]);
  }
  return node;
};

/** The `example` the spec declares for a response of an operation. */
export function responseExample(path: string, method: string, status: number | string): unknown {
  const res = resolveRef(spec.paths[path]![method]!.responses[String(status)]);
  return res.content['application/json'].example;
}

/** The `example` the spec declares for the request body of an operation. */
export function requestExample(path: string, method: string): unknown {
  return spec.paths[path]![method]!.requestBody.content['application/json'].example;
}

export const exampleHash = 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943';
export const exampleWorkspace = '0df9e665-d932-5740-b2c7-b52af166bc11';
/** A placeholder bearer token for Prism (which only checks that one is present). */
export const testApiKey = 'sk-or-v1-test-0000000000000000000000000000000000000000000000000000000000000000';

/** The API calls of create → list → update → get → delete → get 404, as `@modelgates/mock`
 * records them (`operation status`): the lifecycle the CLI and MCP tests both run. */
export const LIFECYCLE_CALLS = [
  'createKeys 201',
  'list 200',
  'updateKeys 200',
  'getKey 200',
  'deleteKeys 200',
  'getKey 404',
];
