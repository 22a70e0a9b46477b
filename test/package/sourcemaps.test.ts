/**
 * Source maps are worth shipping only if a debugger can show what they map to: every map in
 * dist/ and bundle/ embeds the source of every file it names (lib/ itself is not shipped).
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

it('every shipped source map embeds the sources it points at', () => {
  const files = [...maps(join(ROOT, 'dist')), ...maps(join(ROOT, 'bundle'))];
  if (files.length === 0) throw new Error('No source maps: run `npm run build` first (npm test does).');
  const missing = files.flatMap((file) => {
    const map = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[]; sourcesContent?: Array<string | null> };
    return map.sources.filter((_source, i) => typeof map.sourcesContent?.[i] !== 'string').map((source) => `${file.slice(ROOT.length + 1)}: ${source}`);
  });
  expect(missing).toEqual([]);
});
