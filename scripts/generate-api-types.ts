/**
 * `npm run generate`: rebuilds lib/api/sipgate-api.generated.ts from sipgate's OpenAPI contract
 * with openapi-typescript (types only, nothing at run time), after the overlay that corrects
 * the contract's documented defects. `--check` compares instead of writing and exits 1 when the
 * checked-in file is stale (the staleness test runs that).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { applyOverlay, readSpec, withoutCompositeExamples, type Json } from './contract-overlay';

const ROOT = resolve(__dirname, '..');
export const GENERATED_FILE = resolve(ROOT, 'lib/api/sipgate-api.generated.ts');

const HEADER = `/**
 * GENERATED FILE: do not edit. \`npm run generate\` rebuilds it from sipgate's OpenAPI contract
 * (sipgate-openapi.yaml, info.version VERSION) with openapi-typescript, after the overlay in
 * scripts/contract-overlay.ts corrects the contract's documented defects. Types only.
 *
 * @packageDocumentation
 */
`;

export async function generate(): Promise<string> {
  const spec = applyOverlay(readSpec());
  withoutCompositeExamples(spec);
  const ast = await openapiTS(spec as unknown as Parameters<typeof openapiTS>[0], { alphabetize: false, silent: true });
  // The printer indents by four spaces; two keep the shipped typings smaller and read the same.
  const text = astToString(ast).replace(/^((?: {4})+)/gm, (indent) => ' '.repeat(indent.length / 2));
  const version = String((spec.info as Json | undefined)?.version ?? 'unknown');
  return HEADER.replace('VERSION', version) + text;
}

async function main(): Promise<void> {
  const text = await generate();
  if (process.argv.includes('--check')) {
    const current = existsSync(GENERATED_FILE) ? readFileSync(GENERATED_FILE, 'utf8') : '';
    if (current !== text) {
      console.error(`${GENERATED_FILE} is stale: run \`npm run generate\` and commit the result.`);
      process.exit(1);
    }
    console.log('The generated API types match the contract.');
    return;
  }
  writeFileSync(GENERATED_FILE, text);
  console.log(`Wrote ${GENERATED_FILE} (${text.length} characters).`);
}

if (require.main === module) void main();
