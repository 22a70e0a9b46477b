// Scale: iterate 10,000 and 100,000 history entries with the async iterator, and export 10,000
// and 100,000 contacts to CSV and vCard, both as one string and streamed, each in a fresh process
// against a local server that generates pages on the fly. Reports time and peak RSS, to show
// whether memory stays flat as the count grows (it should when iterating or streaming; an export
// that returns one string grows with it).
//   node scripts/bench/scale.mjs [--json]
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);

function historyEntry(i) {
  return {
    id: String(i),
    source: '+4921100000',
    target: '+4915700000',
    type: 'CALL',
    created: '2026-11-01T10:00:00Z',
    lastModified: '2026-11-01T10:00:00Z',
    direction: 'INCOMING',
    incoming: true,
    status: 'PICKUP',
    connectionIds: ['p0'],
    read: false,
    archived: false,
    note: '',
    endpoints: [],
    starred: false,
    labels: [],
  };
}
function contact(i) {
  return {
    id: String(i),
    name: `Person Number${i}`,
    picture: null,
    emails: [{ email: `p${i}@example.com`, type: ['work'] }],
    numbers: [{ number: `+49211${String(i).padStart(7, '0')}`, type: ['cell'] }],
    addresses: [{ streetAddress: `Street ${i}`, locality: 'Düsseldorf', postalCode: '40219', country: 'DE' }],
    organization: [['ACME']],
    scope: 'PRIVATE',
  };
}

function startServer(total) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 100);
    const make = url.pathname.endsWith('/history') ? historyEntry : contact;
    const items = [];
    for (let i = offset; i < Math.min(offset + limit, total); i += 1) items.push(make(i));
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ items, totalCount: total }));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const child = (kind, baseUrl) => `
  const sdk = require(${JSON.stringify(join(root, 'dist/cjs/index.js'))});
  const client = sdk.sipgateIO({ tokenId: 'token-BENCH1', token: '5c2f0e9a-7d4b-4e1a-9f3c-0b8d6a2e1f47' }, { baseUrl: ${JSON.stringify(baseUrl)} });
  (async () => {
    const started = process.hrtime.bigint();
    let count = 0, bytes = 0;
    if (${JSON.stringify(kind)} === 'iterate history') {
      for await (const entry of sdk.createHistoryModule(client).iterate({}, { pageSize: 1000 })) count += entry.created instanceof Date ? 1 : 0;
    } else if (${JSON.stringify(kind)} === 'export contacts CSV') {
      const csv = await sdk.createContactsModule(client).exportAsCsv('ALL'); bytes = csv.length; count = csv.split('\\n').length - 1;
    } else if (${JSON.stringify(kind)} === 'export contacts vCard') {
      const cards = await sdk.createContactsModule(client).exportAsVCards('ALL'); count = cards.length; bytes = cards.reduce((s, c) => s + c.length, 0);
    } else if (${JSON.stringify(kind)} === 'stream contacts CSV') {
      // Each chunk is consumed (counted) and dropped, as a pipe to a file would.
      for await (const chunk of sdk.createContactsModule(client).iterateCsv('ALL')) { bytes += chunk.length; for (let i = chunk.indexOf('\\n'); i !== -1; i = chunk.indexOf('\\n', i + 1)) count += 1; }
    } else {
      for await (const card of sdk.createContactsModule(client).iterateVCards('ALL')) { bytes += card.length; count += 1; }
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(JSON.stringify({ count, ms, bytes, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
  })();`;

function run(code) {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, ['-e', code], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.on('exit', (status) => (status === 0 ? done(JSON.parse(out)) : fail(new Error(`exit ${status}`))));
  });
}

const KINDS = [
  'iterate history',
  'export contacts CSV',
  'export contacts vCard',
  'stream contacts CSV',
  'stream contacts vCard',
];

export async function scale() {
  const results = {};
  for (const total of [10_000, 100_000]) {
    const server = await startServer(total);
    const baseUrl = `http://127.0.0.1:${server.address().port}/v2`;
    for (const kind of KINDS) {
      const result = await run(child(kind, baseUrl));
      if (result.count !== total) throw new Error(`${kind}: expected ${total} items, got ${result.count}`);
      results[`${kind}, ${total}`] = {
        ms: +result.ms.toFixed(0),
        peakRssMiB: +result.maxRssMiB.toFixed(1),
        outputMiB: +(result.bytes / 2 ** 20).toFixed(1),
      };
    }
    await new Promise((done) => server.close(done));
  }
  const growth = (kind) => +(results[`${kind}, 100000`].peakRssMiB / results[`${kind}, 10000`].peakRssMiB).toFixed(2);
  return { results, rssGrowth10kTo100k: Object.fromEntries(KINDS.map((kind) => [kind, growth(kind)])) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await scale();
  console.log(args.includes('--json') ? JSON.stringify(result, null, 2) : result);
}
