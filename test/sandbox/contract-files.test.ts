import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('lib/sandbox/contract (generated at build time from the contract)', () => {
  it('is what `npm run generate:sandbox` makes from the contract and the overlay (not stale, not edited by hand)', () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const output = execFileSync(tsx, ['scripts/generate-sandbox-contract.ts', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    expect(output).toContain('match the contract');
  }, 60_000);

  it('the validators need no validator at run time: no require, no import', () => {
    const code = readFileSync(join(ROOT, 'lib/sandbox/contract/validators.generated.ts'), 'utf8');
    expect(code.slice(0, 300)).toContain('GENERATED FILE: do not edit');
    expect(code).not.toMatch(/\brequire\(|^\s*import\s/m);
  });
});
