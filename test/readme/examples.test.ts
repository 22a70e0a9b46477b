/**
 * The examples load their credentials from `examples/.env` as `.env.example` says (here a file
 * named by `EXAMPLES_ENV_FILE`, so the test never touches a real one) and write their output
 * outside the repository. Run against a loopback stub of the API.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
let stub: Server;
let dir: string;
const seen: string[] = [];

beforeAll(async () => {
  stub = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    req.resume();
    const items = req.url?.startsWith('/v2/numbers')
      ? [
          {
            id: 'n1',
            number: '+4921100000001',
            localized: '0211',
            type: 'LANDLINE',
            endpointId: 'p0',
            endpointAlias: 'Ada',
            endpointUrl: '/p0',
          },
        ]
      : [
          {
            id: 'c1',
            name: 'Ada Lovelace',
            picture: null,
            emails: [],
            numbers: [{ number: '+4921163553355', type: [] }],
            addresses: [],
            organization: [],
            scope: 'PRIVATE',
          },
        ];
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ items, totalCount: items.length }));
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  dir = mkdtempSync(join(tmpdir(), 'sipgate-examples-test-'));
  writeFileSync(
    join(dir, '.env'),
    `SIPGATE_TOKEN_ID=token-FRMFIL\nSIPGATE_TOKEN=f11ef11e-1a2b-4c3d-8e4f-a5b6c7d8e9f0\nSIPGATE_API_URL=http://127.0.0.1:${(stub.address() as AddressInfo).port}/v2\n`,
  );
});
afterAll(async () => {
  await new Promise((resolve) => stub.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function runExample(name: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EXAMPLES_ENV_FILE: join(dir, '.env'),
    EXAMPLES_OUTPUT_DIR: join(dir, 'out'),
  };
  for (const key of ['SIPGATE_TOKEN_ID', 'SIPGATE_TOKEN', 'SIPGATE_API_URL']) delete env[key];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'examples', name)],
      { cwd: ROOT, env, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? 1 : 0, stdout, stderr }),
    );
  });
}

it('reads credentials and the API URL from the .env file', async () => {
  const result = await runExample('numbers.ts');
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain('+4921100000001');
  const basic = `Basic ${Buffer.from('token-FRMFIL:f11ef11e-1a2b-4c3d-8e4f-a5b6c7d8e9f0').toString('base64')}`;
  expect(seen.some((line) => line.startsWith('GET /v2/numbers') && line.endsWith(basic))).toBe(true);
}, 40_000);

it('writes its output outside the repository', async () => {
  const result = await runExample('contacts.ts');
  expect(result.stderr).toBe('');
  const written = join(dir, 'out', 'contacts.vcf');
  expect(result.stdout).toContain(written);
  expect(readFileSync(written, 'utf8')).toContain('BEGIN:VCARD');
  expect(existsSync(join(ROOT, 'contacts.vcf'))).toBe(false);
}, 40_000);
