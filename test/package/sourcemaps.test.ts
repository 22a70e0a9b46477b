/**
 * Source maps are worth their bytes or are not shipped: dist/ is unminified and ships none; the
 * CDN bundle's map (built for the size report and for debugging a checkout, not shipped) embeds
 * the source of every file it names, since lib/ is not in the package either.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function maps(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? maps(join(dir, entry.name)) : entry.name.endsWith('.js.map') ? [join(dir, entry.name)] : [],
  );
}

it('dist/ ships no source maps', () => {
  if (!existsSync(join(ROOT, 'dist', 'cjs', 'index.js'))) throw new Error('run `npm run build` first (npm test does).');
  expect(maps(join(ROOT, 'dist'))).toEqual([]);
});

it("the bundle's map embeds the sources it points at", () => {
  const files = maps(join(ROOT, 'bundle'));
  expect(files.length).toBeGreaterThan(0);
  const missing = files.flatMap((file) => {
    const map = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[]; sourcesContent?: Array<string | null> };
    return map.sources
      .filter((_source, i) => typeof map.sourcesContent?.[i] !== 'string')
      .map((source) => `${file.slice(ROOT.length + 1)}: ${source}`);
  });
  expect(missing).toEqual([]);
});
