/**
 * The README is code. Every TypeScript block is extracted and type-checked on its own, as an ES
 * module in a project made by `tsc --init` (strict, `noUncheckedIndexedAccess`,
 * `exactOptionalPropertyTypes`, `verbatimModuleSyntax`), importing the built package by name.
 *
 * Every block also runs, unless the comment above it says
 * `<!-- npm test type-checks this block but does not run it: <why> -->`: against one sandbox
 * (`startSandbox()`, reset before each block), with what it needs that a fresh account lacks
 * arranged through the API first, and what it must have left in the sandbox checked afterwards
 * (EXPECTATIONS, one entry per block, so a block that calls the wrong route or sends the wrong
 * thing fails even when it exits cleanly). A block that imports a test runner runs in it:
 * `@jest/globals` in this jest process, `node:test` under `node --test`.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import {
  createHistoryModule,
  createSettingsModule,
  createSMSModule,
  HistoryEntryType,
  sipgateIO,
  type SipgateIOClient,
} from '../../lib';
import { startSandbox, type Sandbox, type SandboxRequest } from '../../lib/sandbox';

const ROOT = join(__dirname, '..', '..');
const GENERATED = join(__dirname, '.generated');
// tsx's loader in the block's own process (tsx's command would start a second one).
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const NOT_RUN = /<!-- npm test type-checks this block but does not run it: (.+?) -->\s*$/;

interface Block {
  line: number;
  code: string;
  /** The README heading it stands under, numbered when several blocks share it (`… #2`). */
  key: string;
  /** Why it is only type-checked; undefined when it runs. */
  notRun: string | undefined;
  runner: 'script' | 'jest' | 'node:test';
  file: string;
}

function readmeBlocks(): Block[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks: Block[] = [];
  const perHeading = new Map<string, number>();
  for (const match of readme.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const before = readme.slice(0, match.index);
    const heading = [...before.matchAll(/^#{2,3} (.+)$/gm)].pop()?.[1] ?? 'top';
    perHeading.set(heading, (perHeading.get(heading) ?? 0) + 1);
    const code = match[1];
    blocks.push({
      line: before.split('\n').length,
      code,
      key: `${heading} #${perHeading.get(heading)}`,
      notRun: NOT_RUN.exec(before)?.[1],
      runner: /from '@jest\/globals'/.test(code) ? 'jest' : /from 'node:test'/.test(code) ? 'node:test' : 'script',
      file: join(GENERATED, `block-${String(blocks.length).padStart(2, '0')}.mts`),
    });
  }
  // A heading with one block is named without its number.
  for (const block of blocks)
    if (perHeading.get(block.key.replace(/ #\d+$/, '')) === 1) block.key = block.key.replace(/ #1$/, '');
  return blocks;
}

const blocks = readmeBlocks();
mkdirSync(GENERATED, { recursive: true });
// `export {}` keeps blocks without imports modules too, as they would be in their own file.
for (const block of blocks) writeFileSync(block.file, `${block.code}\nexport {};\n`);
afterAll(() => rmSync(GENERATED, { recursive: true, force: true }));

it('finds the blocks; every block runs or says why not', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(20);
  expect(blocks.filter((b) => b.notRun === undefined).length).toBeGreaterThanOrEqual(20);
  // What talks to sipgate runs: only OAuth (an OpenID provider) and webhook blocks may be skipped.
  for (const block of blocks.filter((b) => b.notRun !== undefined))
    expect(`${block.key}: ${block.notRun}`).toMatch(/OpenID provider|calls? no sipgate API|your app|needs Redis/);
});

it('type-checks every block as `tsc --init` would, against the built package', () => {
  const program = ts.createProgram(
    blocks.map((b) => b.file),
    {
      // What `tsc --init` writes (TypeScript 5.9), plus Node's types: the blocks run in Node.
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ESNext,
      types: ['node'],
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      noUncheckedSideEffectImports: true,
      moduleDetection: ts.ModuleDetectionKind.Force,
      skipLibCheck: true,
      noEmit: true,
    },
  );
  const problems = ts.getPreEmitDiagnostics(program).map((d) => {
    const block = blocks.find((b) => b.file === d.file?.fileName);
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
    return `${block ? `README.md:${block.line + where}` : relative(ROOT, d.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
  expect(problems).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// The runnable blocks, against the sandbox

let sandbox: Sandbox;
/** An SDK client of the test itself, for arranging state as an app would. */
let client: SipgateIOClient;
/** How many requests the sandbox had logged when the block started (arranging comes first). */
let before = 0;

/** The requests the block made, in order. */
const blockRequests = (): SandboxRequest[] => sandbox.requests.slice(before);
/** The block's requests as `ROUTE STATUS`, the route as the contract writes it. */
const wire = (): string[] => blockRequests().map((r) => `${r.route ?? r.path} ${r.status}`);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** The block's working directory (holding letter.pdf, contacts.csv, cards.vcf). */
  cwd: string;
  /** Whether it was still running after 30 s (a block that ends cleanly on SIGTERM would pass unnoticed). */
  timedOut: boolean;
}

interface Expectation {
  /** What the block needs that a fresh account lacks, made through the API first (files in `cwd`). */
  arrange?: (cwd: string) => Promise<void>;
  /** What the block prints on stderr on purpose (default: nothing). */
  stderr?: string;
  /** For a block that runs until stopped: SIGTERM once its output matches (it must then end cleanly). */
  stopWhen?: () => RegExp;
  /** What the block must have left in the sandbox (and printed). */
  check(run: Run): void;
}

/** A webhook app that rejects every call: arranges a missed incoming call in the history. */
async function arrangeMissedCall(): Promise<string> {
  const app = createServer((request, response) => {
    request.resume();
    request.on('end', () =>
      response
        .writeHead(200, { 'Content-Type': 'application/xml' })
        .end('<?xml version="1.0" encoding="UTF-8"?><Response><Reject reason="busy"/></Response>'),
    );
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  try {
    await createSettingsModule(client).setIncomingUrl(`http://127.0.0.1:${(app.address() as AddressInfo).port}/`);
    const call = await sandbox.call({ from: '+4915799912399' });
    return call.callId;
  } finally {
    await new Promise((resolve) => app.close(resolve));
  }
}

const ACCOUNT_NUMBER = '+4921100000000';
let missedCallId = '';
let arrangedSmsId = '';

const EXPECTATIONS: Record<string, Expectation> = {
  'Quick start': {
    check() {
      expect(sandbox.sms).toEqual([
        expect.objectContaining({
          smsId: 's0',
          from: ACCOUNT_NUMBER,
          to: '+4915799912345',
          message: 'Hello from sipgateio-sdk',
        }),
      ]);
      expect(sandbox.history).toEqual([expect.objectContaining({ type: 'SMS', target: '+4915799912345' })]);
      expect(sandbox.balance.amount).toBeLessThan(100_000);
    },
  },
  'Creating a client': {
    check: () => expect(wire()).toEqual([]), // creating a client sends nothing
  },
  'Calling any endpoint (the escape hatch) #1': {
    check() {
      expect(wire()).toEqual(['GET /balance 200', 'PUT /calls/{callId}/muted 204', 'GET /history 200']);
      expect(blockRequests()[1]).toMatchObject({ path: '/calls/abc123/muted', body: { value: true } });
      expect(blockRequests()[2]?.query).toEqual({ types: ['CALL', 'SMS'], limit: '50' });
    },
  },
  'Calling any endpoint (the escape hatch) #2': {
    async arrange() {
      await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'arranged' });
    },
    check({ stdout }) {
      expect(wire()).toEqual(['GET /history 200']);
      expect(blockRequests()[0]?.query).toMatchObject({ types: 'SMS' });
      expect(stdout).toContain(`id: '${sandbox.history[0]?.id}'`);
      expect(stdout).toContain("type: 'SMS'");
    },
  },
  'The whole REST API, typed #1': {
    check() {
      expect(wire()).toEqual([
        'GET /{userId}/phonelines/{phonelineId}/forwardings 200',
        'PUT /{userId}/phonelines/{phonelineId}/forwardings 204',
        'GET /groups 200',
      ]);
      expect(sandbox.snapshot().forwardings.p0).toEqual([{ destination: '+4915799912345', timeout: 20, active: true }]);
    },
  },
  'The whole REST API, typed #2': {
    check({ stdout }) {
      expect(wire()).toEqual(['GET /users 200', 'GET /{userId}/phonelines 200', 'GET /numbers 200']);
      // The fresh account: user w0 with one phone line, and its two numbers.
      expect(stdout.split('\n')).toEqual(['ada@example.com 1', ACCOUNT_NUMBER, '+4921100000001', '']);
    },
  },
  'Phone numbers': {
    check: () => expect(wire()).toEqual([]), // number plans are local
  },
  SMS: {
    async arrange() {
      // The block sends from a verified caller ID of the account: register and verify it first.
      const sms = createSMSModule(client);
      await sms.addCallerId('w0', 's0', { phonenumber: '+4915711111111' });
      const added = (await sms.getCallerIds('w0', 's0')).find((c) => c.phonenumber === '+4915711111111');
      await sms.verifyCallerId('w0', 's0', added?.id ?? -1, { verificationCode: '123456' });
    },
    check() {
      expect(sandbox.sms.map(({ from, to, message }) => ({ from, to, message }))).toEqual([
        { from: ACCOUNT_NUMBER, to: '+4915799912345', message: 'Hello' },
        { from: ACCOUNT_NUMBER, to: '+4915799912345', message: 'Later' },
        { from: '+4915711111111', to: '+4915799912345', message: 'From my mobile' },
      ]);
      const inAnHour = Date.parse(sandbox.sms[1]?.sendAt ?? '') - Date.now();
      expect(inAnHour).toBeGreaterThan(50 * 60_000);
      expect(inAnHour).toBeLessThanOrEqual(3_600_000);
      // The account's default sender is back after the send from the mobile number.
      expect(sandbox.snapshot().smsCallerIds.s0?.find((c) => c.defaultNumber)?.phonenumber).toBe(ACCOUNT_NUMBER);
    },
  },
  Fax: {
    check({ stdout }) {
      expect(sandbox.faxes).toEqual([
        expect.objectContaining({ faxlineId: 'f0', to: '+4921112345678', filename: 'letter.pdf', status: 'SENT' }),
      ]);
      expect(sandbox.history).toEqual([expect.objectContaining({ type: 'FAX', faxStatusType: 'SENT' })]);
      expect(stdout).toBe(''); // SENT at once (faxDelay 0), so never 'queued'
    },
  },
  Calls: {
    check() {
      expect(sandbox.calls).toEqual([
        expect.objectContaining({ direction: 'out', from: 'e14', to: '+4921165432', deviceId: 'e14' }),
      ]);
      expect(sandbox.history).toEqual([expect.objectContaining({ type: 'CALL', target: '+4921165432' })]);
    },
  },
  'Real-time call manipulation (RTCM)': {
    check() {
      // GET /calls answers the contract's example call, so every action of the block is sent.
      expect(wire()).toEqual([
        'GET /calls 200',
        'PUT /calls/{callId}/muted 204',
        'PUT /calls/{callId}/recording 204',
        'POST /calls/{callId}/announcements 204',
        'POST /calls/{callId}/transfer 204',
        'POST /calls/{callId}/dtmf 204',
        'PUT /calls/{callId}/hold 204',
        'DELETE /calls/{callId} 204',
      ]);
      expect(blockRequests().map((r) => r.body)).toEqual([
        undefined,
        { value: true },
        { value: true, announcement: true },
        { url: 'https://example.com/hello.wav' },
        { attended: false, phoneNumber: '+4915799912345' },
        { sequence: '1234#' },
        { value: true },
        undefined,
      ]);
    },
  },
  History: {
    async arrange() {
      // A starred missed call (what the block's filter lists), then a newer SMS (its "latest").
      missedCallId = await arrangeMissedCall();
      await client.request('PUT /history/{entryId}', {
        path: { entryId: missedCallId },
        body: { starred: true, archived: false, read: false },
      });
      await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'arranged' });
      arrangedSmsId = sandbox.history[0]?.id ?? '';
    },
    check({ stdout }) {
      expect(stdout).toBe(`${arrangedSmsId}\n`); // the SMS entries, by the iterator
      expect(wire()).toEqual([
        'GET /history 200',
        'GET /history 200',
        'GET /history 200',
        'GET /history/{entryId} 200',
        'DELETE /history/{entryId} 204',
        'PUT /history/{entryId} 204', // a note cannot go in the batch: flags and note, per entry
        'DELETE /history 204',
        'GET /history/export 200',
      ]);
      const [filter, , , fetched, deleted, update, deleteList] = blockRequests();
      expect(filter?.query).toMatchObject({ types: 'CALL', directions: 'MISSED_INCOMING', starred: 'STARRED' });
      expect([fetched?.path, deleted?.path]).toEqual([`/history/${arrangedSmsId}`, `/history/${arrangedSmsId}`]);
      expect(update).toMatchObject({ path: `/history/${missedCallId}` });
      expect(update?.body).toEqual({ archived: true, read: true, note: 'done' });
      expect(deleteList?.query).toEqual({ id: missedCallId });
      expect(sandbox.history).toEqual([]); // both arranged entries deleted
    },
  },
  Contacts: {
    stderr: 'contacts.csv row 3 not imported: missing_values\n',
    check({ cwd }) {
      // The export streamed to contacts.csv holds what the imports created, read back from the sandbox.
      const csv = readFileSync(join(cwd, 'contacts.csv'), 'utf8');
      for (const name of ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Ada Augusta'])
        expect(csv).toContain(`"${name}"`);
      expect(readFileSync(join(cwd, 'shared.vcf'), 'utf8')).toMatch(
        /^BEGIN:VCARD[\s\S]*FN:Ada Augusta[\s\S]*END:VCARD/,
      );
      const renamed = blockRequests().find((r) => r.route === 'PUT /contacts/{contactId}');
      expect(renamed?.body).toMatchObject({ name: 'Ada King' });
      expect(sandbox.contacts).toEqual([]); // deleteAllPrivate and deleteAllShared left nothing
    },
  },
  'Numbers, devices, voicemails and balance': {
    check: () =>
      expect(wire()).toEqual([
        'GET /numbers 200',
        'GET /authorization/userinfo 200',
        'GET /{userId}/devices 200',
        'GET /voicemails 200',
        'GET /balance 200',
      ]),
  },
  'Webhook settings': {
    check({ stdout }) {
      const settings = {
        incomingUrl: 'https://your-app.example.com/webhook',
        outgoingUrl: 'https://your-app.example.com/webhook',
        log: true,
        whitelist: null,
      };
      expect(sandbox.webhookSettings).toEqual(settings);
      expect(stdout).toContain("incomingUrl: 'https://your-app.example.com/webhook'");
    },
  },
  'Testing your app (the sandbox) #3': {
    // It starts a sandbox of its own, arms faults and closes it.
    check: () => expect(wire()).toEqual([]),
  },
  'Call flows #1': {
    // The flow records the simulated call through the REST call endpoints.
    check: () => expect(wire()).toEqual(['PUT /calls/{callId}/recording 204']),
  },
  Errors: {
    arrange: async () => sandbox.fault('GET /balance', { status: 401 }),
    stderr: 'Check tokenId and token\n',
    check: () => expect(wire()).toEqual(['GET /balance 401']),
  },
  'Downloading recordings': {
    // A fresh sandbox has no voicemail, so the block lists and downloads nothing (the download
    // itself is tested in test/unit and on every runtime by npm run test:runtimes).
    check() {
      expect(wire()).toEqual(['GET /history 200']);
      expect(blockRequests()[0]?.query).toMatchObject({ types: 'VOICEMAIL', limit: '1' });
    },
  },
  'Watching history': {
    async arrange(cwd) {
      // The block resumes from a saved cursor: one saved by a watcher that ran before the SMS came.
      const controller = new AbortController();
      const watcher = createHistoryModule(client).watch({
        types: [HistoryEntryType.SMS, HistoryEntryType.VOICEMAIL],
        signal: controller.signal,
      });
      const first = watcher[Symbol.asyncIterator]().next();
      while (!sandbox.requests.some((r) => r.route === 'GET /history'))
        await new Promise((resolve) => setTimeout(resolve, 10));
      controller.abort(); // after its first poll, which only notes what is there
      await first;
      writeFileSync(join(cwd, 'history-cursor.txt'), watcher.cursor);
      await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'arranged' });
      arrangedSmsId = sandbox.history[0]?.id ?? '';
    },
    // It watches until SIGTERM, as a deployed watcher would be stopped.
    stopWhen: () => new RegExp(`^SMS ${arrangedSmsId} `, 'm'),
    check({ stdout, cwd }) {
      expect(stdout).toMatch(new RegExp(`^SMS ${arrangedSmsId} \\S+\n$`));
      expect(blockRequests()[0]).toMatchObject({ route: 'GET /history', query: { types: ['SMS', 'VOICEMAIL'] } });
      // It resumed from the saved cursor, and saved a new one after handling the entry.
      expect(readFileSync(join(cwd, 'history-cursor.txt'), 'utf8')).toContain(arrangedSmsId);
    },
  },
  Tracing: {
    check: () => expect(wire()).toEqual([]), // creating a traced client and handler sends nothing
  },
  'Retries, timeouts and cancellation': {
    arrange: async () => sandbox.fault('GET /history', { status: 503 }),
    check: () => expect(wire()).toEqual(['GET /history 503', 'GET /history 200']), // retried once
  },
};

function runBlock(block: Block, cwd: string, stopWhen?: RegExp): Promise<Run> {
  const args = ['--import', TSX_LOADER, ...(block.runner === 'node:test' ? ['--test'] : []), block.file];
  let stopped = false;
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      args,
      {
        cwd,
        timeout: 30_000,
        env: {
          ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SIPGATE_'))),
          SIPGATE_API_URL: sandbox.url,
          SIPGATE_TOKEN_ID: sandbox.credentials.tokenId,
          SIPGATE_TOKEN: sandbox.credentials.token,
          SIPGATE_ACCESS_TOKEN: sandbox.issueAccessToken(),
        },
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? ((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
          cwd,
          timedOut: child.killed && !stopped,
        }),
    );
    child.stdin?.end();
    if (stopWhen) {
      let seen = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (!stopped && stopWhen.test(seen)) stopped = child.kill('SIGTERM');
      });
    }
  });
}

describe('the runnable blocks, against the sandbox', () => {
  let cwd: string;
  beforeAll(async () => {
    // faxDelay 0: the fax block polls every 10 s, so its fax is SENT at once.
    sandbox = await startSandbox({ faxDelay: 0 });
    client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url, maxRetries: 0 });
  });
  beforeEach(() => {
    sandbox.reset();
    // The files the blocks read, in a fresh working directory (the contacts block writes there too).
    cwd = mkdtempSync(join(tmpdir(), 'sipgate-readme-'));
    writeFileSync(join(cwd, 'letter.pdf'), '%PDF-1.4\n%%EOF\n');
    writeFileSync(
      join(cwd, 'contacts.csv'),
      'firstname,lastname,number\nGrace,Hopper,+4921163553356\nNo,Number,\n', // row 3 has no number
    );
    writeFileSync(
      join(cwd, 'cards.vcf'),
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Augusta\r\nN:Augusta;Ada;;;\r\nTEL;TYPE=cell:+4921163553357\r\nEND:VCARD\r\n',
    );
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));
  afterAll(() => sandbox.close());

  const runnable = blocks.filter((b) => b.notRun === undefined && b.runner !== 'jest');
  it('has what each runnable block must leave in the sandbox, and nothing for blocks that are gone', () => {
    const needed = runnable.filter((b) => b.runner === 'script').map((b) => b.key);
    expect(Object.keys(EXPECTATIONS).sort()).toEqual([...needed].sort());
  });

  it.each(runnable.map((b) => [b.line, b.key, b] as const))(
    'README.md:%i (%s) runs against the sandbox',
    async (_line, key, block) => {
      const expectation = EXPECTATIONS[key];
      await expectation?.arrange?.(cwd);
      before = sandbox.requests.length;
      const run = await runBlock(block, cwd, expectation?.stopWhen?.());
      expect(run.timedOut).toBe(false);
      expect(run.stderr).toBe(expectation?.stderr ?? '');
      expect(run.code).toBe(0);
      if (block.runner === 'node:test') expect(run.stdout).toMatch(/^# pass [1-9]\d*\n# fail 0$/m);
      expectation?.check(run);
    },
    40_000,
  );
});

// The jest block runs here, in this jest, as it would in a user's suite (it starts its own sandbox).
for (const block of blocks.filter((b) => b.notRun === undefined && b.runner === 'jest')) {
  describe(`README.md:${block.line} (${block.key}), under jest`, () => {
    const file = block.file.replace(/\.mts$/, '.ts');
    writeFileSync(file, block.code);
    // Required while jest collects tests, so that the block registers its hooks and tests here.
    require(file);
  });
}
