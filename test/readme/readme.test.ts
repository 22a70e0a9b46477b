/**
 * The README is code: every TypeScript block is extracted and type-checked on its own, as an ES
 * module in a project made by `tsc --init` (strict, `noUncheckedIndexedAccess`,
 * `exactOptionalPropertyTypes`, `verbatimModuleSyntax`), importing the built package by name.
 * The blocks marked `<!-- npm test runs this block against a loopback stub -->` are also run,
 * with `SIPGATE_API_URL` pointing at a local stub of the API.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const GENERATED = join(__dirname, '.generated');
const RUN_MARKER = '<!-- npm test runs this block against a loopback stub -->';

interface Block {
  index: number;
  line: number;
  code: string;
  runs: boolean;
  file: string;
}

function readmeBlocks(): Block[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks: Block[] = [];
  for (const match of readme.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const before = readme.slice(0, match.index);
    const index = blocks.length;
    blocks.push({
      index,
      line: before.split('\n').length,
      code: match[1],
      runs: before.trimEnd().endsWith(RUN_MARKER),
      file: join(GENERATED, `block-${String(index).padStart(2, '0')}.mts`),
    });
  }
  return blocks;
}

const blocks = readmeBlocks();
beforeAll(() => {
  mkdirSync(GENERATED, { recursive: true });
  // `export {}` keeps blocks without imports modules too, as they would be in their own file.
  for (const block of blocks) writeFileSync(block.file, `${block.code}\nexport {};\n`);
});
afterAll(() => rmSync(GENERATED, { recursive: true, force: true }));

it('finds the blocks, and every one is self-contained', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(20);
  expect(blocks.filter((b) => b.runs).length).toBeGreaterThanOrEqual(5);
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

describe('the runnable blocks, against a loopback stub of the API', () => {
  let stub: Server;
  let baseUrl: string;
  const seen: string[] = [];
  beforeAll(async () => {
    stub = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      const path = (req.url ?? '').replace(/\?.*$/, '').replace(/^\/v2/, '');
      const json = (body: unknown): void =>
        void res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      req.resume();
      if (req.method !== 'GET') return void res.writeHead(204).end();
      if (path === '/balance') return json({ amount: 10000, currency: 'EUR' });
      if (path === '/authorization/userinfo')
        return json({ sub: 'w0', domain: 'sipgate.de', masterSipId: '1', locale: 'de_DE' });
      if (path === '/numbers' || path === '/history') return json({ items: [], totalCount: 0 });
      return json({ items: [] });
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/v2`;
  });
  afterAll(() => new Promise((resolve) => stub.close(resolve)));

  const runnable = blocks.filter((b) => b.runs);
  it.each(runnable.map((b) => [b.line, b] as const))(
    'README.md:%i runs to completion',
    async (_line, block) => {
      const before = seen.length;
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = execFile(
          process.execPath,
          [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), block.file],
          {
            cwd: ROOT,
            timeout: 30_000,
            env: {
              ...process.env,
              SIPGATE_API_URL: baseUrl,
              SIPGATE_TOKEN_ID: 'token-ABC123',
              SIPGATE_TOKEN: '7e57e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0',
              SIPGATE_ACCESS_TOKEN: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3MCJ9.c2lnbmF0dXJl',
            },
          },
          (error, _stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr }),
        );
        child.stdin?.end();
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      // Blocks that talk to the API reached the stub, never the real one.
      if (/client|sipgateIO\(/.test(block.code) && /await/.test(block.code))
        expect(seen.length).toBeGreaterThan(before);
    },
    40_000,
  );
});
