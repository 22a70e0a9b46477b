/**
 * Type-level drop-in, by the TypeScript compiler: `types-parity.ts` (this SDK's factories satisfy
 * the established module interfaces; values typed with the established types are accepted), and
 * every deep-import path of the installed `sipgateio` (`sipgateio/dist/<module>` and
 * `dist/<module>/<module>.types`) resolves in the built package with every name it exported.
 * Each check is also shown to fail when a member, an accepted type or a path is missing.
 */
import { execFileSync } from 'node:child_process';
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

/**
 * Paths of the established package that held only its own machinery ('internal-helpers'): error
 * mappers and their message enums, validators, vCard helpers, a test PDF, base64 and audio
 * utilities, its signature check and its webhook error texts. Nothing of theirs is served.
 */
const INTERNAL_ONLY =
  /(^|\/)(errors|validators?|helpers|testfiles)(\/|$)|^utils$|^webhook\/(audioUtils|signatureVerifier|webhook\.errors)$/;

const { COMPAT_PATHS } = require('../../scripts/rollup/typings') as { COMPAT_PATHS: string[] };

/**
 * Every import path of the installed established package: the main entry (''), every declaration
 * file (`history/history.types`, `core/sipgateIOClient/sipgateIOClient`, …) and every folder with
 * an index (`history`, `core/sipgateIOClient`).
 */
function establishedPaths(): string[] {
  const paths = new Set<string>(['']);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(ESTABLISHED_DIST, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.d.ts')) {
        paths.add(path.slice(0, -'.d.ts'.length));
        if (entry.name === 'index.d.ts' && dir) paths.add(dir);
      }
    }
  };
  walk('');
  return [...paths].sort();
}

/** The paths this SDK serves: all but the internal-only ones. */
const servedPaths = (): string[] => establishedPaths().filter((path) => !INTERNAL_ONLY.test(path));

/** The names a declaration file of the established package exports, split into values (enums, functions, classes) and types. */
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

/** The names a declaration file of the established package exports, split into values (enums, functions, classes) and types. */
function exportedNames(path: string): { values: string[]; types: string[] } {
  establishedProgram ??= ts.createProgram(establishedPaths().map(declarationFile), {
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = establishedProgram.getTypeChecker();
  const source = establishedProgram.getSourceFile(declarationFile(path));
  const symbol = source && checker.getSymbolAtLocation(source);
  const names = { values: [] as string[], types: [] as string[] };
  for (const exported of symbol ? checker.getExportsOfModule(symbol) : []) {
    const name = exported.getName();
    if (name === 'default' || INTERNAL_HELPERS.has(name)) continue;
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    (target.flags & ts.SymbolFlags.Value ? names.values : names.types).push(name);
  }
  return names;
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

/** Compiles `source` once importing the established package and once this SDK (the source tree); returns each one's errors. */
function compileAgainstBoth(
  name: string,
  source: (library: string) => string,
): { established: string[]; ours: string[] } {
  const established = writeGenerated(`${name}-established.ts`, source('sipgateio'));
  const ours = writeGenerated(`${name}-ours.ts`, source('../../../lib'));
  return {
    established: diagnose([established], ts.ModuleResolutionKind.Bundler),
    ours: diagnose([ours], ts.ModuleResolutionKind.Bundler),
  };
}

describe('code written for the established package compiles here', () => {
  it('answer and hangup handlers may return anything (their callbacks are typed `=> void`)', () => {
    const errors = compileAgainstBoth(
      'void-callbacks',
      (
        library,
      ) => `import { createWebhookModule, FluentWebhookServer, WebhookResponse, type HangUpEvent } from '${library}';
export async function app(): Promise<void> {
  const server = await createWebhookModule().createServer({ port: 8080, serverAddress: 'https://example.com' });
  server.onAnswer(() => null);
  server.onHangUp((hangUp: HangUpEvent) => hangUp.cause.length);
  server.onNewCall(() => WebhookResponse.hangUpCall());
  new FluentWebhookServer().setOnAnswerListener(() => null).setOnHangupListener(() => 'logged');
}
`,
    );
    expect(errors).toEqual({ established: [], ours: [] });
  });

  it("'client-options': the plain client methods take this SDK's request options, not axios's config", () => {
    const errors = compileAgainstBoth(
      'client-options',
      (library) => `import { sipgateIO } from '${library}';
const client = sipgateIO({ tokenId: 'token-ABC123', token: '5ec3e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0' });
export const withHeaders = client.get('/balance', { headers: { 'X-Trace': '1' }, timeout: 5000, params: { limit: 1 } });
export const binary = client.get('/history', { responseType: 'arraybuffer' });
`,
    );
    expect(errors.established).toEqual([]);
    expect(errors.ours).toEqual([expect.stringMatching(/responseType/)]);
  });
});

describe("the established package's deep-import paths", () => {
  const paths = servedPaths();
  const built = existsSync(join(ROOT, 'dist', 'cjs', 'compat'));

  it('are found in the installed package, internal-only ones apart', () => {
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
    expect(paths).toEqual(
      expect.arrayContaining([
        'core/sipgateIOClient',
        'core/sipgateIOClient/sipgateIOClient.types',
        'history/index',
        'webhook/webhook',
        'fluent/webhook',
        'browser',
        'index',
      ]),
    );
    expect(establishedPaths().filter((path) => INTERNAL_ONLY.test(path))).toEqual(
      expect.arrayContaining(['core/errors', 'core/validator', 'sms/errors/handleSmsError', 'utils']),
    );
  });

  it('are every one served by the build (scripts/rollup/typings.js COMPAT_PATHS)', () => {
    expect([...COMPAT_PATHS].sort()).toEqual(paths.filter((path) => path !== ''));
  });

  it.each([
    ['bundler', ts.ModuleResolutionKind.Bundler, ts.ModuleKind.ESNext],
    ['node16 (CommonJS)', ts.ModuleResolutionKind.Node16, ts.ModuleKind.Node16],
    ['node10 (typesVersions)', ts.ModuleResolutionKind.Node10, ts.ModuleKind.CommonJS],
  ])('resolve under %s resolution with every name they exported, values as values', (_label, resolution, module) => {
    if (!built) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
    const lines: string[] = [];
    paths.forEach((path, i) => {
      const { values, types } = exportedNames(path);
      expect(values.length + types.length).toBeGreaterThan(0);
      // The Node forms as written in code: the folder or file without extension, and (what ES modules must write) the file with `.js`.
      const targets =
        path === ''
          ? ['sipgateio-sdk']
          : [
              `sipgateio-sdk/dist/${path}`,
              ...(existsSync(join(ESTABLISHED_DIST, `${path}.d.ts`)) ? [`sipgateio-sdk/dist/${path}.js`] : []),
            ];
      targets.forEach((target, j) => {
        const alias = (name: string): string => `${name} as N${i}_${j}_${name}`;
        if (types.length > 0) lines.push(`import type { ${types.map(alias).join(', ')} } from '${target}';`);
        if (values.length > 0) {
          lines.push(`import { ${values.map(alias).join(', ')} } from '${target}';`);
          lines.push(`export const values${i}_${j} = [${values.map((name) => `N${i}_${j}_${name}`).join(', ')}];`);
        }
      });
    });
    const file = writeGenerated(`paths-${resolution}.ts`, `${lines.join('\n')}\nexport {};\n`);
    expect(diagnose([file], resolution, module)).toEqual([]);
  });

  it('fail for a path or a name that is missing, and for a type used as a value', () => {
    const file = writeGenerated(
      'broken-paths.ts',
      [
        "import type { HistoryEntry } from 'sipgateio-sdk/dist/no-such-module';",
        "import type { NoSuchName } from 'sipgateio-sdk/dist/history';",
        "import { HistoryFilterDTO } from 'sipgateio-sdk/dist/history';",
        'export type T = [HistoryEntry, NoSuchName];',
        'export const v = HistoryFilterDTO;',
      ].join('\n'),
    );
    const errors = diagnose([file], ts.ModuleResolutionKind.Bundler).join('\n');
    expect(errors).toMatch(/no-such-module/);
    expect(errors).toMatch(/NoSuchName/);
    expect(errors).toMatch(/HistoryFilterDTO. only refers to a type/);
  });

  it('export at run time every value they exported, from CommonJS and from ES modules (named and default), enums with the same members', () => {
    if (!built) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
    // A separate Node process: the built package as an installed dependency resolves it, exports map included.
    const script = writeGenerated(
      'runtime-exports.mjs',
      `import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
const require = createRequire(import.meta.url);
const internal = new Set(${JSON.stringify([...INTERNAL_HELPERS])});
const paths = ${JSON.stringify(paths)};
const problems = [];
function compare(label, theirs, ours) {
  if (ours === undefined) return problems.push(label + ': is undefined (the path does not resolve, or has no default)');
  for (const name of Object.keys(theirs)) {
    if (internal.has(name) || name === '__esModule' || name === 'default') continue;
    if (!(name in ours)) problems.push(label + ': ' + name + ' is missing');
    else if (typeof ours[name] !== typeof theirs[name]) problems.push(label + ': ' + name + ' is a ' + typeof ours[name] + ', was a ' + typeof theirs[name]);
    else if (typeof theirs[name] === 'object' && JSON.stringify(ours[name]) !== JSON.stringify(theirs[name])) problems.push(label + ': ' + name + ' has other members');
  }
}
const attempt = async (load) => { try { return await load(); } catch { return undefined; } };
for (const path of paths) {
  const theirs = require(path === '' ? 'sipgateio' : 'sipgateio/dist/' + path);
  const ours = path === '' ? 'sipgateio-sdk' : 'sipgateio-sdk/dist/' + path;
  compare('require ' + ours, theirs, await attempt(() => require(ours)));
  compare('import ' + ours, theirs, await attempt(() => import(ours)));
  if (path !== '' && existsSync(require.resolve('sipgateio/package.json').replace('package.json', 'dist/' + path + '.js'))) {
    compare('import ' + ours + '.js', theirs, await attempt(() => import(ours + '.js')));
    // What ES modules get as the default of the established CommonJS files: all of module.exports.
    compare('import default of ' + ours + '.js', theirs, (await attempt(() => import(ours + '.js')))?.default);
  }
}
compare('import default of sipgateio-sdk', (await import('sipgateio')).default, (await attempt(() => import('sipgateio-sdk')))?.default);
// The folder itself, as CommonJS code could require it.
compare('require sipgateio-sdk/dist', require('sipgateio/dist'), await attempt(() => require('sipgateio-sdk/dist')));
compare('import sipgateio-sdk/dist', require('sipgateio/dist'), await attempt(() => import('sipgateio-sdk/dist')));
console.log(JSON.stringify(problems));
`,
    );
    const problems = JSON.parse(
      execFileSync(process.execPath, [script], { cwd: GENERATED, encoding: 'utf8' }),
    ) as string[];
    expect(problems).toEqual([]);
  });
});
