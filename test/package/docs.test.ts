/**
 * The API reference (`npm run docs`, TypeDoc) builds with validation on: an exported name
 * without documentation or a broken `{@link}` is an error, and every public function and method
 * has an `@example`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface DocsCheck {
  converted: boolean;
  warnings: number;
  errors: number;
  functions: number;
  missingExample: string[];
  messages: Array<{ message: string; level: number }>;
}

const result = JSON.parse(
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'docs-check.mjs')], {
    cwd: join(__dirname, '..', '..'),
    encoding: 'utf8',
    timeout: 120_000,
  }),
) as DocsCheck;

it('builds the reference with no validation warning or error (undocumented export, broken link)', () => {
  expect(result.converted).toBe(true);
  expect(result.messages.filter((m) => m.level >= 2).map((m) => m.message)).toEqual([]);
  expect([result.warnings, result.errors]).toEqual([0, 0]);
});

it('gives every public function and method an @example', () => {
  expect(result.functions).toBeGreaterThan(100);
  expect(result.missingExample).toEqual([]);
});
