/**
 * `npm run generate` (with generate-api-types.ts): writes lib/resources/<folder>/routes.generated.ts
 * for every module of scripts/routes.table.ts, the interface of its route-table methods and the
 * runtime table `bindRoutes` binds, from that table and the contract after the overlay. Each
 * method takes the route's path parameters (named as in the contract, in the order of the path),
 * then the query or the body the contract declares, then request options. `--check` compares
 * instead of writing and exits 1 when a file is stale (the staleness test runs that).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { applyOverlay, operationsOf, readSpec, SUMMARIES, type Json } from './contract-overlay';
import { ROUTE_MODULES, type RouteModuleEntry } from './routes.table';

const ROOT = resolve(__dirname, '..');
const RESOURCES = join(ROOT, 'lib', 'resources');
export const GENERATED_NAME = 'routes.generated.ts';

const HEADER = `// GENERATED FILE: do not edit. \`npm run generate\` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.
`;

/** One method as the generator writes it. */
interface Method {
  name: string;
  route: string;
  /** `?` takes the query, `-` a POST, PUT or PATCH without a body, `` the body or nothing (bindRoutes' markers). */
  marker: '' | '?' | '-';
  parameters: string[];
  summary: string;
  example: string;
}

type Operations = Map<string, Json>;

function fail(message: string): never {
  throw new Error(`scripts/routes.table.ts: ${message}`);
}

function methodOf(module: string, entry: RouteModuleEntry, name: string, operations: Operations): Method {
  const [route, example, summaryOverride] = entry.methods[name];
  const operation = operations.get(route) ?? fail(`${module}.${name}: ${route} is not an operation of the contract.`);
  const [verb, template] = route.split(' ');
  const declared = (operation.parameters ?? []) as Json[];
  const parameters = Array.from(template.matchAll(/\{([^{}/]+)\}/g), ([, parameter]) => {
    const schema = declared.find((candidate) => candidate.in === 'path' && candidate.name === parameter)?.schema as
      Json | undefined;
    if (!schema) fail(`${module}.${name}: the contract does not declare the path parameter ${parameter} of ${route}.`);
    // An id the contract types as a number may be given as a string too: it only goes into the path.
    return `${parameter}: ${schema.type === 'integer' || schema.type === 'number' ? 'string | number' : 'string'}`;
  });
  const query = declared.filter((parameter) => parameter.in === 'query');
  const hasBody = operation.requestBody !== undefined;
  const sendsBody = verb.startsWith('P');
  if (query.length > 0 && hasBody)
    fail(`${module}.${name}: ${route} takes a query and a body; a table method takes one of them.`);
  if (hasBody && !sendsBody)
    fail(`${module}.${name}: ${route} takes a body, which bindRoutes sends for POST, PUT and PATCH only.`);
  let marker: Method['marker'] = '';
  if (query.length > 0) {
    marker = '?';
    parameters.push(`query${query.some((parameter) => parameter.required === true) ? '' : '?'}: ApiQuery<'${route}'>`);
  } else if (hasBody) {
    parameters.push(`body: ApiBody<'${route}'>`);
  } else if (sendsBody) {
    marker = '-';
  }
  parameters.push('options?: RequestOptions');
  const summary =
    summaryOverride ??
    (operation.summary as string | undefined) ??
    fail(`${module}.${name}: the contract has no summary for ${route}: add one to the overlay (#10).`);
  if (!/^[A-Z]/.test(summary))
    fail(
      `${module}.${name}: the summary of ${route} ("${summary}") should start with a capital: correct it in the overlay (#10).`,
    );
  return { name, route, marker, parameters, summary: summary.replace(/\.?$/, '.'), example };
}

/** `callRestrictions` → `CALL_RESTRICTIONS_ROUTES`. */
export function tableName(variable: string): string {
  return `${variable.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}_ROUTES`;
}

function moduleFile(module: string, entry: RouteModuleEntry, operations: Operations): string {
  const methods = Object.keys(entry.methods).map((name) => methodOf(module, entry, name, operations));
  const apiTypes = ['ApiBody', 'ApiQuery', 'ApiResult'].filter(
    (type) =>
      type === 'ApiResult' ||
      methods.some((method) => method.parameters.some((parameter) => parameter.includes(`${type}<`))),
  );
  const members = methods.flatMap((method) => [
    '  /**',
    `   * ${method.summary} \`${method.route}\``,
    '   * @example',
    '   * ```ts',
    `   * await ${entry.variable}.${method.name}(${method.example});`,
    '   * ```',
    '   */',
    `  ${method.name}(${method.parameters.join(', ')}): Promise<ApiResult<'${method.route}'>>;`,
  ]);
  return [
    HEADER,
    `import type { ${apiTypes.join(', ')} } from '../../api/types';`,
    "import type { RequestOptions } from '../../core/client';",
    '',
    `/** ${entry.doc} */`,
    `export interface ${entry.interface} {`,
    ...members,
    '}',
    '',
    '/**',
    " * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads",
    ' * this table.',
    ' * @internal',
    ' */',
    `export const ${tableName(entry.variable)} = {`,
    ...methods.map((method) => `  ${method.name}: '${method.route}${method.marker}',`),
    '} as const;',
    '',
  ].join('\n');
}

/** Every generated file (absolute path → text). */
export function generate(): Map<string, string> {
  const spec = applyOverlay(readSpec());
  const operations: Operations = new Map(
    operationsOf(spec).map(({ method, path, operation }) => [`${method.toUpperCase()} ${path}`, operation]),
  );
  for (const route of Object.keys(SUMMARIES))
    if (!operations.has(route))
      throw new Error(
        `scripts/contract-overlay.ts: the summary correction for ${route} names no operation of the contract.`,
      );
  const files = new Map<string, string>();
  for (const [module, entry] of Object.entries(ROUTE_MODULES)) {
    if (!existsSync(join(RESOURCES, module))) fail(`${module} is not a folder of lib/resources.`);
    files.set(join(RESOURCES, module, GENERATED_NAME), moduleFile(module, entry, operations));
  }
  return files;
}

/** Generated files in lib/resources that the table no longer makes. */
function leftovers(files: Map<string, string>): string[] {
  return readdirSync(RESOURCES)
    .map((folder) => join(RESOURCES, folder, GENERATED_NAME))
    .filter((file) => existsSync(file) && !files.has(file));
}

function main(): void {
  const files = generate();
  const stale = [...files]
    .filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text)
    .map(([file]) => file);
  const extra = leftovers(files);
  if (process.argv.includes('--check')) {
    if (stale.length > 0 || extra.length > 0) {
      const names = [...stale, ...extra].map((file) => relative(ROOT, file)).join(', ');
      console.error(
        `Stale or left over: ${names}. Run \`npm run generate\` (and delete what the table no longer makes) and commit the result.`,
      );
      process.exit(1);
    }
    console.log(`The ${files.size} generated route modules match scripts/routes.table.ts and the contract.`);
    return;
  }
  for (const file of stale) writeFileSync(file, files.get(file) as string);
  console.log(
    `Wrote ${stale.length} of ${files.size} route modules.${extra.length > 0 ? ` Left over (delete them): ${extra.map((file) => relative(ROOT, file)).join(', ')}.` : ''}`,
  );
}

if (require.main === module) main();
