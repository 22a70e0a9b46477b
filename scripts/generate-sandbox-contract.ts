/**
 * `npm run generate:sandbox`: rebuilds lib/sandbox/contract/ from sipgate's OpenAPI contract
 * (after the overlay that corrects its documented defects):
 *  - operations.generated.ts: one row per operation (route, auth, success status, the parameters'
 *    declared types, the example answer sampled from the contract's examples);
 *  - validators.generated.ts: Ajv's standalone code validating each operation's request
 *    (`{ params, body }`), so the sandbox validates without a validator installed at run time.
 * `--check` compares instead of writing and exits 1 when a checked-in file is stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { sample } from 'openapi-sampler';
import { minify } from 'terser';
import { applyOverlay, operationsOf, readSpec, type Json } from './contract-overlay';

const ROOT = resolve(__dirname, '..');
export const OPERATIONS_FILE = resolve(ROOT, 'lib/sandbox/contract/operations.generated.ts');
export const VALIDATORS_FILE = resolve(ROOT, 'lib/sandbox/contract/validators.generated.ts');

const HEADER = (what: string): string => `/**
 * GENERATED FILE: do not edit. \`npm run generate:sandbox\` rebuilds it from sipgate's OpenAPI
 * contract (contract/sipgate-openapi.yaml) after the overlay in scripts/contract-overlay.ts.
 * ${what}
 */
`;

/** Follows a local `$ref` (`#/components/...`). */
function deref(spec: Json, node: unknown): Json | undefined {
  let current = node as Json | undefined;
  for (let depth = 0; current && typeof current.$ref === 'string' && depth < 10; depth += 1) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (at as Json | undefined)?.[key], spec) as Json | undefined;
  }
  return current;
}

/** What the sandbox needs to know of a parameter to turn query strings into typed values. */
type ParamKind = 'string' | 'integer' | 'number' | 'boolean';

function paramKind(schema: Json | undefined): ParamKind {
  const type = schema?.type;
  return type === 'integer' || type === 'number' || type === 'boolean' ? type : 'string';
}

/** Rewrites `#/components/schemas/X` references for Ajv, where the components live under the id `spec`. */
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'example' || key === 'examples' || key === 'description' || key === 'xml') continue;
    out[key] = key === '$ref' && typeof value === 'string' ? `spec${value}` : rebase(value);
  }
  return out;
}

/** Example answers: the contract's examples, with the defects a client would be blamed for mended. */
function exampleFor(spec: Json, schema: unknown): unknown {
  if (!schema) return undefined;
  const value = sample(schema, { skipWriteOnly: true }, spec);
  return mendExample(value);
}

/** Corrections #5: examples that contradict their schema (`whitelist: "[w0]"` for a string array). */
function mendExample(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(mendExample);
  if (!value || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, inner] of Object.entries(value as Json)) {
    out[key] =
      key === 'whitelist' && typeof inner === 'string' && /^\[.*\]$/.test(inner)
        ? inner
            .slice(1, -1)
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean)
        : mendExample(inner);
  }
  return out;
}

export interface GeneratedSandboxContract {
  operations: string;
  validators: string;
}

export async function generate(): Promise<GeneratedSandboxContract> {
  const spec = applyOverlay(readSpec());
  const schemas = ((spec.components as Json).schemas ?? {}) as Json;
  // messages: false, since the sandbox words violations itself (validate-request.ts).
  const ajv = new Ajv({
    code: { source: true, esm: true, lines: false },
    strict: false,
    allErrors: false,
    validateFormats: false,
    inlineRefs: false,
    messages: false,
  });
  ajv.addKeyword({ keyword: 'example' });
  ajv.addSchema({ $id: 'spec', components: { schemas: rebase(schemas) } });
  const rows: string[] = [];
  const exportsByName: Record<string, string> = {};
  for (const [index, { method, path, operation }] of operationsOf(spec).entries()) {
    const parameters = ((operation.parameters ?? []) as unknown[]).map((p) => deref(spec, p) as Json);
    const responses = operation.responses as Record<string, Json>;
    const success = Number(
      Object.keys(responses)
        .filter((s) => /^2/.test(s))
        .sort()[0] ?? 204,
    );
    const response = deref(spec, responses[String(success)]);
    const content = (response?.content ?? {}) as Record<string, Json>;
    const media = Object.keys(content)[0];
    const requestBody = deref(spec, operation.requestBody);
    const bodySchema = ((requestBody?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
    const params = parameters.filter((p) => p.in === 'query' || p.in === 'path');
    const paramSchema: Json = {
      type: 'object',
      properties: Object.fromEntries(params.map((p) => [p.name, rebase(p.schema ?? {})])),
      required: params.filter((p) => p.required || p.in === 'path').map((p) => p.name),
    };
    const validator: Json = { type: 'object', properties: { params: paramSchema } };
    if (bodySchema) {
      (validator.properties as Json).body = rebase(bodySchema);
      if (requestBody?.required) validator.required = ['body'];
    }
    const name = `op${index}`;
    ajv.addSchema(validator, name);
    exportsByName[name] = name;
    const example =
      media === 'application/json'
        ? exampleFor(spec, content[media].schema ?? content[media].example)
        : media === 'text/csv'
          ? (content[media].example as string)
          : undefined;
    const row = {
      method: method.toUpperCase(),
      path,
      operationId: operation.operationId,
      auth: Boolean(operation.security) || path === '/authorization/userinfo',
      success,
      media: media ?? null,
      query: params
        .filter((p) => p.in === 'query')
        .map((p) => {
          const schema = deref(spec, p.schema);
          const array = schema?.type === 'array';
          return { name: p.name, kind: paramKind(array ? deref(spec, schema?.items) : schema), array };
        }),
      pathKinds: params
        .filter((p) => p.in === 'path')
        .map((p) => ({ name: p.name, kind: paramKind(deref(spec, p.schema)) })),
      body: bodySchema ? (requestBody?.required ? 'required' : 'optional') : 'none',
      validator: name,
      example: example ?? null,
    };
    rows.push(JSON.stringify(row));
  }
  const operations = `${HEADER("One row per operation of the contract, in the contract's order.")}import type { ContractOperation } from './operation';

export const OPERATIONS: readonly ContractOperation[] = [
${rows.map((row) => `  ${row},`).join('\n')}
];
`;
  // minLength/maxLength count code points through Ajv's runtime helper; the one line it would
  // require is replaced by the same count, so the sandbox needs no Ajv at run time.
  const code = standaloneCode(ajv, exportsByName).replace(
    /require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g,
    '((text) => [...text].length)',
  );
  // Minified (about 40% smaller): generated code is read through its schema, not its text, and
  // every byte ships twice (ESM and CommonJS) in the package.
  const minified =
    (await minify(code, { module: true, compress: { passes: 1 }, mangle: true, format: { max_line_len: 1000 } }))
      .code ?? '';
  if (/\brequire\(/.test(minified))
    throw new Error("Ajv's standalone code requires a runtime module: the sandbox must not depend on Ajv.");
  const validators = `${HEADER('Ajv standalone validators, one per operation (`op<N>` matches OPERATIONS[N].validator).')}// @ts-nocheck
/* eslint-disable */
${minified}
`;
  return { operations, validators };
}

async function main(): Promise<void> {
  const { operations, validators } = await generate();
  const files: Array<[string, string]> = [
    [OPERATIONS_FILE, operations],
    [VALIDATORS_FILE, validators],
  ];
  if (process.argv.includes('--check')) {
    const stale = files.filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text);
    if (stale.length > 0) {
      console.error(
        `${stale.map(([file]) => file).join(', ')} stale: run \`npm run generate:sandbox\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log("The sandbox's contract files match the contract.");
    return;
  }
  for (const [file, text] of files) writeFileSync(file, text);
  console.log(
    `Wrote ${OPERATIONS_FILE} (${operations.length} characters) and ${VALIDATORS_FILE} (${validators.length} characters).`,
  );
}

if (require.main === module) void main();
