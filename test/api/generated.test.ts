import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutCompositeExamples } from '../../scripts/contract-overlay';

const ROOT = join(__dirname, '..', '..');
describe('lib/api/sipgate-api.generated.ts', () => {
  it('is what `npm run generate` makes from the contract and the overlay (not stale, not edited by hand)', () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const run = (): string =>
      execFileSync(tsx, ['scripts/generate-api-types.ts', '--check'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    expect(run()).toContain('match the contract');
  }, 60_000);

  it('is marked as generated', () => {
    expect(readFileSync(join(ROOT, 'lib/api/sipgate-api.generated.ts'), 'utf8').slice(0, 200)).toContain(
      'GENERATED FILE: do not edit',
    );
  });
});

describe('lib/resources/*/routes.generated.ts', () => {
  it('are what `npm run generate` makes from scripts/routes.table.ts and the contract (not stale, not edited by hand, none left over)', () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const run = (): string =>
      execFileSync(tsx, ['scripts/generate-routes.ts', '--check'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    expect(run()).toContain('The 21 generated route modules match');
  }, 60_000);

  it('are marked as generated', () => {
    const resources = join(ROOT, 'lib', 'resources');
    const files = readdirSync(resources).filter((folder) => existsSync(join(resources, folder, 'routes.generated.ts')));
    expect(files.length).toBe(21);
    for (const folder of files)
      expect(readFileSync(join(resources, folder, 'routes.generated.ts'), 'utf8').slice(0, 200)).toContain(
        'GENERATED FILE: do not edit',
      );
  });
});

describe('withoutCompositeExamples', () => {
  it('drops the examples of object and array schemas, at any depth, and keeps scalar ones', () => {
    const spec = {
      components: {
        schemas: {
          Settings: {
            type: 'object',
            example: { log: true, whitelist: '[w0]' },
            properties: {
              log: { type: 'boolean', example: true },
              whitelist: { type: 'array', items: { type: 'string', example: 'w0' }, example: '[w0]' },
              nested: { properties: { id: { type: 'string', example: 'p0' } }, example: { id: 'p0' } },
              // A property may be called like a schema keyword; its map of properties is no schema.
              items: { type: 'string', example: 'i0' },
              example: { type: 'string', example: 'e0' },
            },
          },
        },
      },
    };
    withoutCompositeExamples(spec);
    const settings = spec.components.schemas.Settings as Record<string, unknown> &
      typeof spec.components.schemas.Settings;
    expect('example' in settings).toBe(false);
    expect('example' in settings.properties.whitelist).toBe(false);
    expect('example' in settings.properties.nested).toBe(false);
    expect(settings.properties.log.example).toBe(true);
    expect(settings.properties.whitelist.items.example).toBe('w0');
    expect(settings.properties.nested.properties.id.example).toBe('p0');
    expect(settings.properties.example).toEqual({ type: 'string', example: 'e0' });
    expect(settings.properties.items.example).toBe('i0');
  });
});
