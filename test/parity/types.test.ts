/**
 * Type-level drop-in, by the TypeScript compiler: `types-parity.ts` (this SDK's factories satisfy
 * the established module interfaces; values typed with the established types are accepted), and
 * every deep-import path of the installed `sipgateio` (`sipgateio/dist/<module>` and
 * `dist/<module>/<module>.types`) resolves in the built package with every name it exported.
 * Each check is also shown to fail when a member, an accepted type or a path is missing.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const ESTABLISHED_DIST = join(dirname(require.resolve('sipgateio/package.json')), 'dist');
const GENERATED = join(__dirname, '.generated');

// Source files are parsed once for all the programs this suite builds (lib.dom.d.ts, @types/node
// and the SDK's typings are most of the work); the files it writes are read fresh.
const parsed = new Map<string, ts.SourceFile | undefined>();
function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    if (fileName.startsWith(GENERATED)) return read(fileName, languageVersion, ...rest);
    const key = `${typeof languageVersion === 'object' ? languageVersion.languageVersion : languageVersion}:${fileName}`;
    if (!parsed.has(key)) parsed.set(key, read(fileName, languageVersion, ...rest));
    return parsed.get(key);
  };
  return host;
}

function diagnose(files: string[], moduleResolution: ts.ModuleResolutionKind, module = ts.ModuleKind.ESNext): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    target: ts.ScriptTarget.ES2020,
    module,
    moduleResolution,
    types: ['node'],
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  };
  const program = ts.createProgram(files, options, cachingHost(options));
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file ? relative(ROOT, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

/**
 * Values the established package's module files exported for its own use ('internal-helpers'):
 * its status-to-message mapping and its SMS sender lookup. Their jobs are done inside this SDK's
 * modules; nothing a caller needs is lost.
 */
const INTERNAL_HELPERS = new Set([
  'handleCoreError',
  'ErrorMessage',
  'containsPhoneNumber',
  'getSmsCallerIds',
  'getUserSmsExtension',
  'serverAddressesMatch',
]);

/** Every import path of the installed established package: the main entry ('') and the module folders and their `*.types` files. */
function establishedPaths(): string[] {
  const paths: string[] = [''];
  for (const entry of readdirSync(ESTABLISHED_DIST, { withFileTypes: true })) {
    if (!entry.isDirectory() || !existsSync(join(ESTABLISHED_DIST, entry.name, 'index.d.ts'))) continue;
    paths.push(entry.name);
    for (const file of readdirSync(join(ESTABLISHED_DIST, entry.name))) {
      if (file.endsWith('.types.d.ts')) paths.push(`${entry.name}/${file.slice(0, -'.d.ts'.length)}`);
    }
  }
  return paths.sort();
}

/** The declaration file behind an import path of the established package. */
const declarationFile = (path: string): string =>
  path === ''
    ? join(ESTABLISHED_DIST, 'index.d.ts')
    : existsSync(join(ESTABLISHED_DIST, `${path}.d.ts`))
      ? join(ESTABLISHED_DIST, `${path}.d.ts`)
      : join(ESTABLISHED_DIST, path, 'index.d.ts');

// One program for all of the established package's paths: a program per path and resolution
// cost most of this suite's time.
let establishedProgram: ts.Program | undefined;

/** The names a declaration file of the established package exports (values and types). */
function exportedNames(path: string): string[] {
  const file = declarationFile(path);
  establishedProgram ??= ts.createProgram(establishedPaths().map(declarationFile), {
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const program = establishedProgram;
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const symbol = source && checker.getSymbolAtLocation(source);
  return symbol
    ? checker
        .getExportsOfModule(symbol)
        .map((s) => s.getName())
        .filter((name) => name !== 'default' && !INTERNAL_HELPERS.has(name))
    : [];
}

function writeGenerated(name: string, text: string): string {
  mkdirSync(GENERATED, { recursive: true });
  // node10 resolution (no package self-reference) finds the package as an installed dependency would be.
  const link = join(GENERATED, 'node_modules', 'sipgateio-sdk');
  if (!existsSync(link)) {
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(ROOT, link, 'dir');
  }
  const file = join(GENERATED, name);
  writeFileSync(file, text);
  return file;
}

afterAll(() => rmSync(GENERATED, { recursive: true, force: true }));

describe('module interfaces and accepted types (types-parity.ts)', () => {
  it('compiles', () => {
    expect(diagnose([join(__dirname, 'types-parity.ts')], ts.ModuleResolutionKind.Bundler)).toEqual([]);
  });

  it('fails for a missing member and for a narrower accepted type', () => {
    const file = writeGenerated(
      'broken-members.ts',
      [
        "import type { ContactsModule } from 'sipgateio/dist/contacts/contacts.types';",
        "import type { ServerOptions } from 'sipgateio';",
        "import * as O from '../../../lib';",
        'declare const client: O.SipgateIOClient;',
        'const { paginatedGet: _removed, ...rest } = O.createContactsModule(client);',
        'export const contacts: Pick<ContactsModule, "paginatedGet"> = rest;',
        'declare const options: ServerOptions;',
        'export const narrower = (o: { port: number; serverAddress: string }): unknown => o;',
        'narrower(options);',
      ].join('\n'),
    );
    const errors = diagnose([file], ts.ModuleResolutionKind.Bundler);
    expect(errors.join('\n')).toMatch(/paginatedGet/);
    expect(errors.join('\n')).toMatch(/port/);
  });
});

describe("the established package's deep-import paths", () => {
  const paths = establishedPaths();
  const built = existsSync(join(ROOT, 'dist', 'cjs', 'compat'));

  it('are found in the installed package', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        '',
        'webhook',
        'numbers',
        'devices',
        'history',
        'history/history.types',
        'contacts',
        'fax',
        'sms',
        'call',
        'rtcm',
        'core',
      ]),
    );
  });

  it.each([
    ['bundler', ts.ModuleResolutionKind.Bundler, ts.ModuleKind.ESNext],
    ['node16 (CommonJS)', ts.ModuleResolutionKind.Node16, ts.ModuleKind.Node16],
    ['node10 (typesVersions)', ts.ModuleResolutionKind.Node10, ts.ModuleKind.CommonJS],
  ])('resolve under %s resolution with every name they exported', (_label, resolution, module) => {
    if (!built) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
    const lines: string[] = [];
    paths.forEach((path, i) => {
      const names = exportedNames(path);
      expect(names.length).toBeGreaterThan(0);
      const target = path === '' ? 'sipgateio-sdk' : `sipgateio-sdk/dist/${path}`;
      lines.push(`import type { ${names.map((n) => `${n} as N${i}_${n}`).join(', ')} } from '${target}';`);
    });
    const file = writeGenerated(`paths-${resolution}.ts`, `${lines.join('\n')}\n`);
    expect(diagnose([file], resolution, module)).toEqual([]);
  });

  it('fail for a path or a name that is missing', () => {
    const file = writeGenerated(
      'broken-paths.ts',
      [
        "import type { HistoryEntry } from 'sipgateio-sdk/dist/no-such-module';",
        "import type { NoSuchName } from 'sipgateio-sdk/dist/history';",
        'export type T = [HistoryEntry, NoSuchName];',
      ].join('\n'),
    );
    const errors = diagnose([file], ts.ModuleResolutionKind.Bundler).join('\n');
    expect(errors).toMatch(/no-such-module/);
    expect(errors).toMatch(/NoSuchName/);
  });
});
