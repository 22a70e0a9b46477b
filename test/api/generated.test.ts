import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { specPath } from './overlay';

const ROOT = join(__dirname, '..', '..');
const SPEC = specPath(ROOT);
if (!existsSync(SPEC)) {
  console.warn(`Generated-types staleness test skipped: the OpenAPI spec was not found at ${SPEC}. Put sipgate-openapi.yaml in ../shared/reference/ or set SIPGATE_OPENAPI_SPEC.`);
}
// Skipped only when the OpenAPI spec is missing (the warning above says where to put it).
const describeWithSpec = existsSync(SPEC) ? describe : describe.skip;

describeWithSpec('lib/api/sipgate-api.generated.ts', () => {
  it('is what `npm run generate` makes from the contract and the overlay (not stale, not edited by hand)', () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const run = (): string => execFileSync(tsx, ['test/api/generate.ts', '--check'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    expect(run()).toContain('match the contract');
  }, 60_000);

  it('is marked as generated', () => {
    expect(readFileSync(join(ROOT, 'lib/api/sipgate-api.generated.ts'), 'utf8').slice(0, 200)).toContain('GENERATED FILE: do not edit');
  });
});
