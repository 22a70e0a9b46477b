/**
 * Tests of what users install: `npm pack`, then a temporary consumer project that requires it
 * from CommonJS, imports it from ESM and type-checks TypeScript under `node16` and `bundler`
 * resolution; publint and arethetypeswrong on the tarball; the CDN bundle's contents and size.
 * Needs the build (`npm run build`), which `npm test` runs first.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(__dirname, '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

let work: string;
let consumer: string;
let tarball: string;

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cjs/index.js')) || !existsSync(join(root, 'bundle/sipgate-io.min.js'))) {
    throw new Error('The build is missing: run `npm run build` first (npm test does).');
  }
  work = mkdtempSync(join(tmpdir(), 'sipgate-package-'));
  const packed = run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], root)
    .trim()
    .split('\n')
    .pop()!;
  tarball = join(work, packed);
  consumer = join(work, 'consumer');
  run('mkdir', ['-p', consumer], work);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  run(
    'npm',
    ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', '--loglevel=error'],
    consumer,
  );
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

it('ships only what users need', () => {
  const files = run('tar', ['-tzf', tarball], work).split('\n').filter(Boolean);
  expect(
    files.filter(
      (f) => !/^package\/(dist|bundle)\/|^package\/(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/.test(f),
    ),
  ).toEqual([]);
  expect(files).toContain('package/bundle/sipgate-io.min.js');
  // TypeScript sources only as the examples users read and run.
  expect(
    files.filter(
      (f) =>
        f.includes('/test/') ||
        f.includes('/lib/') ||
        (f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.startsWith('package/dist/examples/')),
    ),
  ).toEqual([]);
});

describe('the examples (README, Examples), shipped in dist/examples/', () => {
  const SHIPPED = join('node_modules', 'sipgateio-sdk', 'dist', 'examples');
  const shipped = () => readdirSync(join(consumer, SHIPPED)).filter((file) => file.endsWith('.ts'));

  it("are the repository's examples but its demo, importing the package by name instead of the source", () => {
    const { asShipped, NOT_SHIPPED } = require('../../scripts/rollup/shipped-examples') as {
      asShipped(file: string, source: string): string;
      NOT_SHIPPED: string[];
    };
    const inRepository = readdirSync(join(root, 'examples')).filter(
      (file) => file.endsWith('.ts') && !NOT_SHIPPED.includes(file),
    );
    expect(shipped().sort()).toEqual(inRepository.sort());
    expect(NOT_SHIPPED).toEqual(['demo.ts']);
    for (const file of inRepository) {
      const copy = readFileSync(join(consumer, SHIPPED, file), 'utf8');
      expect(copy).toBe(asShipped(file, readFileSync(join(root, 'examples', file), 'utf8')));
      expect(
        Array.from(copy.matchAll(/ from '([^']+)'/g), (found) => found[1]).filter((s) => s.startsWith('..')),
      ).toEqual([]);
    }
    expect(readFileSync(join(consumer, SHIPPED, '.env.example'), 'utf8')).toBe(
      readFileSync(join(root, 'examples', '.env.example'), 'utf8'),
    );
  });

  it('type-check against the installed package', () => {
    const dir = join(consumer, 'examples-check');
    run('mkdir', ['-p', dir], consumer);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'node16',
          moduleResolution: 'node16',
          strict: true,
          noEmit: true,
          // Node's types from this repository: the consumer has none (see the tests without them below).
          typeRoots: [join(root, 'node_modules/@types')],
          types: ['node'],
        },
        files: shipped().map((file) => join('..', SHIPPED, file)),
      }),
    );
    expect(typeErrors(join(root, 'node_modules/typescript/bin/tsc'), dir)).toBe('');
  }, 60_000);

  it('run from node_modules with tsx, credentials from the environment', async () => {
    const requests: string[] = [];
    const api = createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      const items = [
        {
          id: 'n1',
          number: '+4921100000001',
          localized: '0211',
          type: 'LANDLINE',
          endpointId: 'p0',
          endpointAlias: 'Ada',
          endpointUrl: '/p0',
        },
      ];
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ items, totalCount: 1 }));
    });
    await new Promise<void>((listening) => api.listen(0, '127.0.0.1', listening));
    try {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        SIPGATE_TOKEN_ID: 'token-ABC123',
        SIPGATE_TOKEN: '5ec3e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0',
        SIPGATE_API_URL: `http://127.0.0.1:${(api.address() as AddressInfo).port}/v2`,
      };
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [join(root, 'node_modules/tsx/dist/cli.mjs'), join(SHIPPED, 'numbers.ts')],
        { cwd: consumer, env, encoding: 'utf8', timeout: 30_000 },
      );
      expect(stderr).toBe('');
      expect(stdout).toContain('+4921100000001 (LANDLINE) → Ada');
      expect(requests.some((request) => request.startsWith('GET /v2/numbers'))).toBe(true);
    } finally {
      await new Promise((closed) => api.close(closed));
    }
  }, 40_000);
});

it('works with require() from CommonJS, without loading axios, qs or libphonenumber-js at import', () => {
  writeFileSync(
    join(consumer, 'check.cjs'),
    `
    const sdk = require('sipgateio-sdk');
    const { RejectReason } = require('sipgateio-sdk/dist/webhook');
    const webhook = require('sipgateio-sdk/webhook');
    const client = sdk.sipgateIO({ tokenId: 'token-ABC123', token: '5ec3e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0' });
    const loaded = Object.keys(require.cache).filter((k) => /node_modules\\/(axios|qs|libphonenumber-js)\\//.test(k));
    console.log(JSON.stringify({
      factories: ['createSMSModule', 'createFaxModule', 'createCallModule', 'createRTCMModule', 'createHistoryModule', 'createContactsModule', 'createNumbersModule', 'createSettingsModule', 'createWebhookModule'].every((n) => typeof sdk[n] === 'function'),
      baseUrl: client.info.baseUrl,
      busy: RejectReason.BUSY,
      xml: webhook.renderWebhookResponse(webhook.WebhookResponse.hangUpCall()),
      loaded,
    }));`,
  );
  const result = JSON.parse(run('node', ['check.cjs'], consumer));
  expect(result).toEqual({
    factories: true,
    baseUrl: 'https://api.sipgate.com/v2',
    busy: 'busy',
    xml: '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>',
    loaded: [],
  });
});

it('signs in with OAuth from CommonJS and ESM: oauth4webapi (ES modules only) loads on first use in both', () => {
  const check = (sdk: string) => `
    const before = Object.keys(require.cache ?? {}).some((k) => k.includes('oauth4webapi'));
    const oauth = ${sdk}.createOAuthClient({ clientId: 'app', redirectUri: 'https://app.example/cb', scopes: ['balance:read'] });
    oauth.authorizationUrl().then(({ url }) => {
      const params = new URL(url).searchParams;
      console.log(JSON.stringify({ before, host: new URL(url).host, method: params.get('code_challenge_method'), scope: params.get('scope') }));
    });`;
  writeFileSync(
    join(consumer, 'oauth.cjs'),
    `const sdk = require('sipgateio-sdk');
${check('sdk')}`,
  );
  writeFileSync(
    join(consumer, 'oauth.mjs'),
    `import * as sdk from 'sipgateio-sdk';
const require = { cache: {} };
${check('sdk')}`,
  );
  const expected = { before: false, host: 'login.sipgate.com', method: 'S256', scope: 'balance:read' };
  expect(JSON.parse(run('node', ['oauth.cjs'], consumer))).toEqual(expected);
  expect(JSON.parse(run('node', ['oauth.mjs'], consumer))).toEqual(expected);
});

it("simulates a call from CommonJS and ESM: sax (CommonJS, no named exports for ES modules) reads the app's XML in both", () => {
  // An app answering every webhook with a redirect, and one simulated call against it.
  const check = (webhook: string) => `
    const http = require('node:http');
    const { simulateCall, generateWebhookTestKeyPair, renderWebhookResponse, WebhookResponse } = ${webhook};
    const xml = renderWebhookResponse(WebhookResponse.redirectCall({ numbers: ['+4915799912345'], anonymous: true }));
    const app = http.createServer((req, res) => req.resume().on('end', () => res.end(xml))).listen(0, '127.0.0.1', async () => {
      const call = await simulateCall({ url: 'http://127.0.0.1:' + app.address().port + '/webhook', privateKey: generateWebhookTestKeyPair().privateKey, answer: false });
      app.close();
      console.log(JSON.stringify({ outcome: call.outcome, redirectedTo: call.redirectedTo }));
    });`;
  writeFileSync(join(consumer, 'simulate.cjs'), check("require('sipgateio-sdk/webhook')"));
  writeFileSync(
    join(consumer, 'simulate.mjs'),
    `import * as webhook from 'sipgateio-sdk/webhook';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
${check('webhook')}`,
  );
  const expected = { outcome: 'redirected', redirectedTo: ['+4915799912345'] };
  expect(JSON.parse(run('node', ['simulate.cjs'], consumer))).toEqual(expected);
  expect(JSON.parse(run('node', ['simulate.mjs'], consumer))).toEqual(expected);
}, 60_000);

it('works with import from ESM, and loads axios on the first request', () => {
  writeFileSync(
    join(consumer, 'check.mjs'),
    `
    import { sipgateIO, SDK_NAME, SDK_VERSION, SipgateIOConnectionError } from 'sipgateio-sdk';
    import { verifyWebhookSignature, parseWebhookEvent } from 'sipgateio-sdk/webhook';
    const client = sipgateIO({ tokenId: 'token-ABC123', token: '5ec3e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0' }, { baseUrl: 'http://127.0.0.1:9/v2', maxRetries: 0 });
    const error = await client.get('/balance').catch((e) => e);
    console.log(JSON.stringify({
      name: SDK_NAME, version: SDK_VERSION,
      connection: error instanceof SipgateIOConnectionError,
      verify: verifyWebhookSignature('x', 'bad'),
      dtmf: parseWebhookEvent('event=dtmf&callId=1&dtmf=01').dtmf,
    }));`,
  );
  expect(JSON.parse(run('node', ['check.mjs'], consumer))).toEqual({
    name: pkg.name,
    version: pkg.version,
    connection: true,
    verify: false,
    dtmf: '01',
  });
});

it('offers the whole API as the default export from ESM and CommonJS, as `sipgateio` (CommonJS) did for ES modules', () => {
  writeFileSync(
    join(consumer, 'default.mjs'),
    `
    import sipgate from 'sipgateio-sdk';
    import * as named from 'sipgateio-sdk';
    import history from 'sipgateio-sdk/dist/history/index.js';
    const names = Object.keys(named).filter((name) => name !== 'default');
    console.log(JSON.stringify({
      complete: names.length > 80 && names.every((name) => sipgate[name] === named[name]),
      client: sipgate.sipgateIO({ tokenId: 'token-ABC123', token: '5ec3e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0' }).info.baseUrl,
      xml: sipgate.renderWebhookResponse(sipgate.WebhookResponse.hangUpCall()),
      starred: history.StarredDTO.STARRED,
    }));`,
  );
  writeFileSync(
    join(consumer, 'default.cjs'),
    `
    const sdk = require('sipgateio-sdk');
    const history = require('sipgateio-sdk/dist/history');
    const names = Object.keys(sdk).filter((name) => name !== 'default');
    console.log(JSON.stringify({
      complete: names.length > 80 && names.every((name) => sdk.default[name] === sdk[name]),
      client: sdk.default.sipgateIO({ tokenId: 'token-ABC123', token: '5ec3e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0' }).info.baseUrl,
      xml: sdk.default.renderWebhookResponse(sdk.default.WebhookResponse.hangUpCall()),
      starred: history.default.StarredDTO.STARRED,
    }));`,
  );
  const expected = {
    complete: true,
    client: 'https://api.sipgate.com/v2',
    xml: '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>',
    starred: 'STARRED',
  };
  expect(JSON.parse(run('node', ['default.mjs'], consumer))).toEqual(expected);
  expect(JSON.parse(run('node', ['default.cjs'], consumer))).toEqual(expected);
});

/**
 * TypeScript 7, what \`npm install typescript\` installs now (a native compiler), installed once into
 * the work folder: as a dev dependency under an alias its \`tsc\` command would replace 5.9's in
 * node_modules/.bin whenever npm links it last.
 */
let typescript7: string | undefined;
const COMPILERS: Array<[string, () => string]> = [
  ['TypeScript 5.9', () => join(root, 'node_modules/typescript/bin/tsc')],
  [
    'TypeScript 7',
    () => {
      if (!typescript7) {
        const dir = join(work, 'typescript7');
        run('mkdir', ['-p', dir], work);
        writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'typescript7', private: true }));
        run(
          'npm',
          [
            'install',
            'typescript@^7',
            '--no-audit',
            '--no-fund',
            '--prefer-offline',
            '--no-package-lock',
            '--loglevel=error',
          ],
          dir,
        );
        typescript7 = join(dir, 'node_modules/typescript/bin/tsc');
        expect(run(process.execPath, [typescript7, '--version'], dir)).toMatch(/^Version 7\./);
      }
      return typescript7;
    },
  ],
];
const RESOLUTIONS: Array<[string, { module: string; moduleResolution: string }]> = [
  ['node16', { module: 'node16', moduleResolution: 'node16' }],
  ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
];
const COMPILER_RESOLUTIONS = COMPILERS.flatMap(([compiler, tsc]) =>
  RESOLUTIONS.map(([resolution, options]) => [compiler, resolution, tsc, options] as const),
);

/** Type-checks the project in \`dir\`; returns the compiler's diagnostics ('' when there are none). */
function typeErrors(tsc: string, dir: string): string {
  try {
    run(process.execPath, [tsc, '-p', 'tsconfig.json'], dir);
    return '';
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `${stdout ?? ''}${stderr ?? ''}` || String(error);
  }
}

it.each(COMPILER_RESOLUTIONS)(
  'type-checks the REST entry without Node\'s types ("types": [], skipLibCheck off) under %s, moduleResolution %s',
  (_compiler, _resolution, tsc, options) => {
    const dir = join(consumer, `no-node-${options.moduleResolution}`);
    run('mkdir', ['-p', dir], consumer);
    // Nothing installed with the package brings Node's types along.
    expect(existsSync(join(consumer, 'node_modules/@types/node'))).toBe(false);
    const rest = `
    import { sipgateIO, createSMSModule, createHistoryModule, createOAuthClient, HistoryEntryType, SipgateIOError, type HistoryEntry } from 'sipgateio-sdk';
    const client = sipgateIO({ tokenId: 'token-ABC123', token: '5ec3e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0' }, { timeout: 5000 });
    export async function demo(): Promise<HistoryEntry[]> {
      await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'hi' });
      void createOAuthClient({ clientId: 'app', redirectUri: 'https://app.example/cb', scopes: ['balance:read'] });
      return createHistoryModule(client).fetchAll({ types: [HistoryEntryType.SMS] });
    }
    export const isSdkError = (e: unknown): boolean => e instanceof SipgateIOError;
    `;
    // The webhook entry too: its Node parts are typed structurally when Node's types are absent.
    const webhook = `
    import { createWebhookModule, createWebhookFetchHandler, WebhookResponse } from 'sipgateio-sdk/webhook';
    export const fetchHandler = createWebhookFetchHandler({ serverAddress: 'https://example.com', handlers: { onNewCall: () => WebhookResponse.hangUpCall() } });
    export async function serve(): Promise<boolean> {
      const server = await createWebhookModule().createServer({ port: 8080, serverAddress: 'https://example.com' });
      server.onAnswer(() => null);
      return server.getHttpServer().listening;
    }
    `;
    writeFileSync(join(dir, 'rest.mts'), rest);
    writeFileSync(join(dir, 'webhook.mts'), webhook);
    writeFileSync(
      join(dir, 'rest.cts'),
      rest.replace('export async function demo', 'export async function demoFromCommonJs'),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          ...options,
          target: 'es2022',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          // Every declaration file is checked (this package's, and @types/node where the consumer has
          // it) but the compiler's own lib.*.d.ts: the same in every project, about 1.2 s of CPU each.
          skipDefaultLibCheck: true,
          types: [],
        },
        files: options.module === 'node16' ? ['rest.mts', 'webhook.mts', 'rest.cts'] : ['rest.mts', 'webhook.mts'],
      }),
    );
    expect(typeErrors(tsc(), dir)).toBe('');
  },
  180_000,
);

it.each(COMPILER_RESOLUTIONS)(
  'type-checks TypeScript using the main APIs under %s, moduleResolution %s',
  (_compiler, _resolution, tsc, options) => {
    writeFileSync(
      join(consumer, 'usage.mts'),
      `
    import sipgate, { sipgateIO, createSMSModule, createHistoryModule, createPhonelinesModule, HistoryEntryType, SipgateIOError, type HistoryEntry, type ApiResult } from 'sipgateio-sdk';
    import type { components } from 'sipgateio-sdk/api';
    import { createWebhookModule, createWebhookHandler, WebhookResponse, RejectReason, type NewCallEvent } from 'sipgateio-sdk/webhook';
    import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
    import { RejectReason as LegacyReason } from 'sipgateio-sdk/dist/webhook';
    const client = sipgateIO({ tokenId: 'token-ABC123', token: '5ec3e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0' }, { timeout: 5000 });
    const sms = createSMSModule(client);
    export async function demo(): Promise<void> {
      await sms.send({ smsId: 's0', to: '+4915799912345', message: 'hi' }, undefined, { signal: AbortSignal.timeout(1000) });
      const entries: HistoryEntry[] = await createHistoryModule(client).fetchAll({ types: [HistoryEntryType.SMS] });
      entries[0]?.created.getTime();
      const server = await createWebhookModule().createServer({ port: 8080, serverAddress: 'https://example.com' });
      server.onNewCall((call: NewCallEvent) => (call.users.length > 0 ? WebhookResponse.rejectCall({ reason: RejectReason.BUSY }) : undefined));
      const reason: RejectReason = LegacyReason.REJECTED;
      void reason;
      // The whole REST API, typed from the contract (the types ship once, in sipgateio-sdk/api).
      const forwardings: ApiResult<'GET /{userId}/phonelines/{phonelineId}/forwardings'> = await createPhonelinesModule(client).getForwardings('w0', 'p0');
      const user: components['schemas']['UserResponse'] = (await client.request('GET /users/{userId}', { path: { userId: 'w0' } }));
      void [forwardings, user];
      // @ts-expect-error: not an operation of the contract
      await client.request('GET /no-such-route');
    }
    export const isSdkError = (e: unknown): boolean => e instanceof SipgateIOError;
    // Code written with Node's types keeps its node:http types: a handler for http.createServer, the server's http.Server.
    export async function nodeTypes(): Promise<Server> {
      const handler = createWebhookHandler({ serverAddress: 'https://example.com' });
      createServer(handler);
      createServer((req: IncomingMessage, res: ServerResponse) => void handler(req, res));
      const server = await createWebhookModule().createServer({ port: 8080, serverAddress: 'https://example.com' });
      server.getHttpServer().on('connection', (socket) => socket.setNoDelay(true));
      return server.getHttpServer();
    }
    // The default export is the whole API, typed (\`import sipgate from 'sipgateio'\` in ES modules).
    export const viaDefault: typeof createSMSModule = sipgate.createSMSModule;
    // @ts-expect-error: the token must be a string or a provider function
    sipgateIO({ token: 42 });
    `,
    );
    // CommonJS code (under node16) gets the same default export: \`exports.default\`.
    writeFileSync(
      join(consumer, 'usage.cts'),
      "import sipgate from 'sipgateio-sdk';\nexport const viaDefault = sipgate.createSMSModule(sipgate.sipgateIO({ tokenId: 'token-ABC123', token: '5ec3e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0' }));\n",
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          ...options,
          target: 'es2022',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          skipDefaultLibCheck: true,
          types: ['node'],
          typeRoots: [join(root, 'node_modules/@types')],
        },
        files: options.module === 'node16' ? ['usage.mts', 'usage.cts'] : ['usage.mts'],
      }),
    );
    expect(typeErrors(tsc(), consumer)).toBe('');
  },
  180_000,
);

it('passes publint and arethetypeswrong', () => {
  expect(run(bin('publint'), ['--strict'], root)).toMatch(/All good/);
  expect(run(bin('attw'), [tarball], root)).toMatch(/No problems found/);
}, 60_000);

describe('the CDN bundle', () => {
  const bundle = () => readFileSync(join(root, 'bundle/sipgate-io.min.js'), 'utf8');

  it('contains no Node built-ins and no Node-only webhook server', () => {
    const code = bundle();
    expect(code).not.toMatch(/require\(\s*["'](node:)?(http|https|crypto|net|fs|util|child_process)["']\s*\)/);
    expect(code).not.toMatch(/["']node:[a-z_]+["']/);
    expect(code).not.toContain('createServer');
  });

  it('defines the SipgateIO global with the client, module factories, the OAuth client and the webhook reply builder, without the server-side webhook helpers', () => {
    const { runInNewContext } = require('node:vm') as typeof import('node:vm');
    const context: Record<string, unknown> = {
      TextEncoder,
      TextDecoder,
      URL,
      URLSearchParams,
      AbortController,
      setTimeout,
      clearTimeout,
      btoa,
      atob,
      console,
    };
    context.window = context;
    context.self = context;
    runInNewContext(bundle(), context);
    const global = context.SipgateIO as Record<string, unknown>;
    for (const name of [
      'sipgateIO',
      'createSMSModule',
      'createFaxModule',
      'createCallModule',
      'createRTCMModule',
      'createHistoryModule',
      'createContactsModule',
      'createNumbersModule',
      'createDevicesModule',
      'createVoicemailsModule',
      'createSettingsModule',
      'createAccountModule',
      'createOAuthClient',
      'SipgateIOOAuthError',
    ]) {
      expect(typeof global[name]).not.toBe('undefined');
    }
    // The XML reply builder, as the npm package has it.
    const WebhookResponse = global.WebhookResponse as { hangUpCall(): unknown } | undefined;
    expect(typeof WebhookResponse?.hangUpCall).toBe('function');
    expect(
      (global.renderWebhookResponse as ((reply: unknown) => string) | undefined)?.(WebhookResponse?.hangUpCall()),
    ).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>');
    // Webhooks reach servers, not pages: receiving them (parsing, verifying, serving) is left to the npm builds.
    for (const name of [
      'createWebhookModule',
      'createWebhookFetchHandler',
      'parseWebhookEvent',
      'verifyWebhookSignatureAsync',
    ]) {
      expect(global[name]).toBeUndefined();
    }
  });

  it('stays within its size guard (see BENCHMARKS.md for the figures)', () => {
    expect(() => run('node', [join(root, 'scripts/bench/bundle-size.mjs'), '--budget', '80000'], root)).not.toThrow();
  });
});
