/**
 * The `@example` of every method bound from a route table compiles against the SDK's types:
 * the examples (kept in scripts/routes.table.ts, written into the generated route modules) were
 * first drafted from the contract's own examples, some of which contradict its schemas
 * (corrections #5), so each one is type-checked rather than trusted.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ROUTE_TABLES } from './coverage';

const ROOT = join(__dirname, '..', '..');
/** The generated files holding the route tables (and so the examples of their methods). */
const RESOURCES = join(ROOT, 'lib', 'resources');
const FILES = readdirSync(RESOURCES)
  .map((dir) => `${dir}/routes.generated`)
  .filter((file) => existsSync(join(RESOURCES, `${file}.ts`)));

describe('route-table module examples', () => {
  it('one example per table method, and every one type-checks', () => {
    const examples: string[] = [];
    for (const file of FILES) {
      const source = readFileSync(join(RESOURCES, `${file}.ts`), 'utf8');
      for (const [, code] of source.matchAll(/^ {3}\* (await [a-zA-Z]+\.[a-zA-Z]+\(.*\);)$/gm))
        examples.push(`  ${code} // lib/resources/${file}.ts`);
    }
    const methods = Object.values(ROUTE_TABLES).reduce((count, { routes }) => count + Object.keys(routes).length, 0);
    expect(examples.length).toBe(methods);
    const dir = mkdtempSync(join(tmpdir(), 'sipgate-examples-'));
    try {
      const file = join(dir, 'examples.ts');
      const lib = relative(dir, join(ROOT, 'lib')).split('\\').join('/');
      const modules = Object.entries(ROUTE_TABLES).map(
        ([name, { factory }]) => `const ${name} = sdk.${factory}(client);`,
      );
      writeFileSync(
        file,
        [
          `import * as sdk from '${lib}';`,
          'declare const client: sdk.SipgateIOClient;',
          ...modules,
          'export async function examples(): Promise<void> {',
          ...examples,
          '}',
          '',
        ].join('\n'),
      );
      const program = ts.createProgram([file], {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        types: [],
      });
      const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
        const line =
          diagnostic.file && diagnostic.start !== undefined
            ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line
            : -1;
        const text = diagnostic.file?.text.split('\n')[line]?.trim() ?? '';
        return `${text}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
      });
      expect(problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
