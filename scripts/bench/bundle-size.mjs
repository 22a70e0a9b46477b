// Bundle size report: min, gzip and brotli bytes of bundle/sipgate-io.min.js, and each
// package's share, attributed through the source map (every minified byte counts for the source
// it maps to; gzip shares are estimated by compressing each package's bytes on their own and
// scaling to the whole file's gzip size). Prints a table; exits 1 when the budget is exceeded.
//   node scripts/bench/bundle-size.mjs [--json] [--budget 80000]
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const file = resolve(root, 'bundle/sipgate-io.min.js');
const args = process.argv.slice(2);
const budget = Number(args[args.indexOf('--budget') + 1]) || 80_000;

const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const brotli = (text) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    let digit = B64.indexOf(char);
    const more = digit & 32;
    digit &= 31;
    value += digit << shift;
    if (more) shift += 5;
    else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function packageOf(source) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (match) return match[1];
  if (/(^|\/)lib\//.test(source))
    return process.env.BY_FILE ? source.replace(/^.*lib\//, 'lib/') : 'sipgateio-sdk (own code)';
  return 'other (bundler glue)';
}

// Attribute each generated segment [col, nextCol) on each line to its source.
const lines = code.split('\n');
const mappingLines = map.mappings.split(';');
const chunks = new Map();
let sourceIndex = 0;
mappingLines.forEach((mappingLine, lineNo) => {
  const text = lines[lineNo] ?? '';
  let column = 0;
  const segments = mappingLine === '' ? [] : mappingLine.split(',').map(decodeVlq);
  const starts = [];
  for (const seg of segments) {
    column += seg[0];
    if (seg.length >= 4) sourceIndex += seg[1];
    starts.push({ column, source: seg.length >= 4 ? sourceIndex : -1 });
  }
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].column : text.length;
    const name = start.source >= 0 ? packageOf(map.sources[start.source]) : 'other (bundler glue)';
    chunks.set(name, (chunks.get(name) ?? '') + text.slice(start.column, end));
  });
  if (starts.length === 0 && text)
    chunks.set('other (bundler glue)', (chunks.get('other (bundler glue)') ?? '') + text);
});

const total = { min: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code) };
const separateGzip = [...chunks.values()].reduce((sum, text) => sum + gzip(text), 0);
const rows = [...chunks.entries()]
  .map(([name, text]) => ({
    name,
    min: Buffer.byteLength(text),
    gzip: Math.round((gzip(text) / separateGzip) * total.gzip),
  }))
  .sort((a, b) => b.min - a.min);

if (args.includes('--json')) {
  console.log(JSON.stringify({ total, budget, rows }, null, 2));
} else {
  console.log(
    `bundle/sipgate-io.min.js: ${total.min} B min, ${total.gzip} B gzip, ${total.brotli} B brotli (budget ${budget} B gzip)`,
  );
  console.log('share by package (min bytes, estimated gzip bytes):');
  for (const row of rows)
    console.log(`  ${row.name.padEnd(30)} ${String(row.min).padStart(8)} ${String(row.gzip).padStart(8)}`);
}
if (total.gzip > budget) {
  console.error(`Bundle over budget: ${total.gzip} B gzip > ${budget} B.`);
  process.exitCode = 1;
}
