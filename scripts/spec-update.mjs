// `npm run spec:update -- <url-or-file>`: replaces contract/sipgate-openapi.yaml with a new copy of
// sipgate's OpenAPI description and records its SHA-256 in contract/README.md. Then run
// `npm run generate` and `npm test` to see what changed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const source = process.argv[2];
if (!source) {
  console.error("Usage: npm run spec:update -- <url-or-file> (sipgate's OpenAPI description, YAML or JSON)");
  process.exit(2);
}
const text = /^https?:\/\//.test(source)
  ? await (await fetch(source, { redirect: 'error' })).text()
  : readFileSync(source, 'utf8');
const spec = parse(text);
if (typeof spec?.openapi !== 'string' || !spec.openapi.startsWith('3.') || typeof spec.paths !== 'object') {
  console.error(`${source} is not an OpenAPI 3 description.`);
  process.exit(1);
}
const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
writeFileSync(join(root, 'contract', 'sipgate-openapi.yaml'), text);
const sha = createHash('sha256').update(text).digest('hex');
const readme = join(root, 'contract', 'README.md');
writeFileSync(readme, readFileSync(readme, 'utf8').replace(/SHA-256 `[0-9a-f]{64}`/, `SHA-256 \`${sha}\``));
console.log(
  `contract/sipgate-openapi.yaml updated (${Object.keys(spec.paths).length} paths, SHA-256 ${sha}). Now: npm run generate && npm test`,
);
