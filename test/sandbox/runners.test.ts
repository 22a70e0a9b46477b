/**
 * "Works under jest, vitest and node:test" (#28): jest is every other sandbox test; these run
 * test/sandbox/runners/ (outside jest's testMatch) in child processes under vitest and under
 * `node --test`, each importing the built package by name as an app does, and fail when they fail.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const RUNNERS = join(__dirname, 'runners');

function run(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: ROOT, timeout: 60_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}\n${stderr}` }),
    );
  });
}

it('works under node:test (started, used, reset and closed; the process ends by itself)', async () => {
  const { code, output } = await run(['--test', join(RUNNERS, 'sandbox.node-test.mjs')]);
  expect(output).toMatch(/^# pass 2$/m);
  expect(output).toMatch(/^# fail 0$/m);
  expect(code).toBe(0);
}, 60_000);

it('works under vitest', async () => {
  const { code, output } = await run([
    join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--config',
    join(RUNNERS, 'vitest.config.mjs'),
  ]);
  expect(output).toMatch(/Tests\s+2 passed \(2\)/);
  expect(code).toBe(0);
}, 60_000);
