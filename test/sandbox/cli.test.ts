/**
 * The command as a user's script runs it: `sipgateio-sandbox --json` in its own process prints one
 * JSON line when ready, a separate process uses the sandbox through the SDK, and SIGTERM stops it
 * cleanly (exit code 0, port closed).
 */
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

interface Ready {
  url: string;
  tokenId: string;
  token: string;
  webhookPublicKey: string;
  consoleUrl: string;
}

it('--json prints {url, tokenId, token, webhookPublicKey, consoleUrl}; another process uses it; SIGTERM stops it cleanly', async () => {
  const child = spawn(process.execPath, [TSX, join(ROOT, 'lib/sandbox/cli.ts'), '--json', '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = await new Promise<Ready>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no JSON line within 20 s: ${stderr}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) {
        clearTimeout(timer);
        resolve(JSON.parse(stdout.split('\n')[0]) as Ready);
      }
    });
  });
  try {
    expect(Object.keys(ready).sort()).toEqual(['consoleUrl', 'token', 'tokenId', 'url', 'webhookPublicKey']);
    expect(ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
    expect(ready.webhookPublicKey).toContain('BEGIN PUBLIC KEY');

    // A separate process (a user's app) sends an SMS and reads it back from history.
    const app = `
      const { sipgateIO, createSMSModule, createHistoryModule } = require('./lib');
      (async () => {
        const client = sipgateIO({ tokenId: process.env.SIPGATE_TOKEN_ID, token: process.env.SIPGATE_TOKEN });
        await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'from another process' });
        const [entry] = await createHistoryModule(client).fetchAll({});
        console.log(entry.type + ' ' + entry.note);
      })().catch((error) => { console.error(error.message); process.exit(1); });`;
    const output = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        [TSX, '-e', app],
        {
          cwd: ROOT,
          timeout: 20_000,
          env: {
            ...process.env,
            SIPGATE_API_URL: ready.url,
            SIPGATE_TOKEN_ID: ready.tokenId,
            SIPGATE_TOKEN: ready.token,
          },
        },
        (error, out, err) => (error ? reject(new Error(err || error.message)) : resolve(out)),
      ),
    );
    expect(output.trim()).toBe('SMS from another process');
  } finally {
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }
  await expect(fetch(`${ready.url}/balance`)).rejects.toThrow();
  expect(stderr).toBe('');
}, 60_000);

it('without --json prints a banner with the API, the console and the token', async () => {
  const child = spawn(process.execPath, [TSX, join(ROOT, 'lib/sandbox/cli.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Ctrl+C')) resolve();
    });
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  expect(await exit).toBe(0);
  expect(stdout).toMatch(/API +http:\/\/127\.0\.0\.1:\d+\/v2/);
  expect(stdout).toMatch(/Console +http:\/\/127\.0\.0\.1:\d+\//);
  expect(stdout).toContain('Token ID');
}, 30_000);
