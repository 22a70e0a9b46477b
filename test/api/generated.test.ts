import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { specMissing, SPEC_AVAILABLE } from './overlay';

const ROOT = join(__dirname, '..', '..');
if (!SPEC_AVAILABLE) console.warn(specMissing('Generated-types staleness test'));
// Skipped only when the OpenAPI spec is missing (the warning above says where to put it).
const describeWithSpec = SPEC_AVAILABLE ? describe : describe.skip;

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
