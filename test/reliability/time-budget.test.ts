/**
 * Time budgets for every parser of outside input (issue #26: "make the class impossible, not
 * the example"). Each parser gets two properties:
 *
 * - growth: on a generated worst case (a prefix, one or two short units repeated n times, a
 *   suffix; known worst cases run first as examples), quadrupling n must cost less than 8× the
 *   time. Linear is about 4×, quadratic 16×. The ratio is measured within one test, so a slow
 *   machine slows both sides alike;
 * - typed: every generated input gives a value or a SipgateIOError, never a raw TypeError,
 *   RangeError or URIError.
 *
 * Parsers: the vCard reader, the contacts CSV import, the webhook form parser, the call
 * simulator's XML reader, and route inputs (paths, ids, queries, bodies) through the client.
 * Route inputs have known breaks (#26 item 10) that another change fixes in lib/core: they are
 * listed at the end as `it.failing`, one per case, to be flipped as each is fixed.
 *
 * How the time is measured, so that a busy machine cannot make a linear parser fail:
 * - CPU time of this process (`process.cpuUsage`), not wall time: on a shared machine a longer
 *   call is more likely to be preempted, which inflates wall-time ratios (×2 per unit seen with
 *   load 6 on 2 cores) but not CPU time;
 * - differences, (T(4n) − T(n)) / (T(n) − T(n/4)), so that what does not grow cancels out;
 * - the smallest of four calls at each size, interleaved, each after a young-generation
 *   collection; a ratio over the limit is measured twice more and the smallest kept (a GC pause
 *   slows one measurement, a quadratic parser all three); growths under NOISE_FLOOR_MS are not
 *   judged;
 * - at most 8,192 repetitions and 64 Ki characters at 4n: from about 16k elements V8 keeps an
 *   array in its large-object space and tracks every young item stored in it, which doubles the
 *   cost per item of perfectly linear code (measured: the vCard reader's 8k → 16k lines). Every
 *   quadratic term found so far shows well below that size (#26's vCard at 2k parameters ×16).
 *
 * The whole file stays within 20 s (13 s measured with load 6 on 2 cores). TIME_BUDGET_LOG=1
 * prints every measurement.
 */
import * as fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  createContactsModule,
  sipgateIO,
  SipgateIOError,
  SipgateIOValidationError,
  type QueryParams,
  type SipgateIOClient,
} from '../../lib';
import { parseVCards } from '../../lib/resources/contacts/vcard';
import { parseWebhookEvent } from '../../lib/webhook/events';
import { decodeFormGroups } from '../../lib/webhook/form';
import { parseWebhookXml } from '../../lib/webhook/simulator/xml-reader';

/** Inputs grow until the growing part of one call costs this much CPU time (or the size bound is reached). */
const TARGET_BASE_MS = 3;
/** Quadrupling the input may cost at most this factor. */
const MAX_RATIO = 8;
/**
 * A growth from n to 4n below this is not judged: it is nothing slow, and one collection of the
 * test runner's old generation (counted in process CPU time) can add a few milliseconds to any
 * call. A quadratic case at the calibrated size grows by ten times that.
 */
const NOISE_FLOOR_MS = 10;
/** The most repetitions at 4n (see above), and the most characters or items. */
const MAX_REPETITIONS = 8_192;
const MAX_UNITS = 64 * 1024;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

/** CPU milliseconds one call costs (it may be async; a refusal counts like a result). */
async function cpuMs(task: () => unknown): Promise<number> {
  collectGarbage({ type: 'minor' });
  const started = process.cpuUsage();
  try {
    await task();
  } catch {
    // The typed properties check what is thrown.
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** A worst case of size n: the input with the unit repeated n times, and how it reaches the parser. */
interface GrowthCase<I> {
  make: (n: number) => I;
  /** Calls the parser (may be async). */
  run: (input: I) => unknown;
  /** Characters (or items) per repetition, to bound the size. */
  unitSize: number;
}

interface Growth {
  n: number;
  baseMs: number;
  ratio: number;
}

/** The smallest CPU time of `runs` calls. */
async function minCpuMs(task: () => unknown, runs: number): Promise<number> {
  let least = Infinity;
  for (let i = 0; i < runs; i += 1) least = Math.min(least, await cpuMs(task));
  return least;
}

/**
 * How the cost grows from n to 4n: (T(4n) − T(n)) / (T(n) − T(n/4)). Linear gives 4, quadratic
 * 16. Taking differences removes whatever does not grow (setting up, a request through the
 * client, a warning printed once), which would otherwise hide a quadratic term behind a
 * constant. n doubles until T(n) − T(n/4) costs TARGET_BASE_MS.
 */
async function growth<I>({ make, run, unitSize }: GrowthCase<I>): Promise<Growth> {
  const maxN = Math.max(4, Math.min(MAX_REPETITIONS / 4, Math.floor(MAX_UNITS / 4 / Math.max(1, unitSize))));
  // A full collection first, so that the previous case's garbage does not start one in this case.
  collectGarbage({ type: 'major' });
  let n = Math.min(16, maxN);
  let quarter = make(n / 4);
  let small = make(n);
  await cpuMs(() => run(small)); // warm-up: the first call compiles
  let baseMs = (await minCpuMs(() => run(small), 2)) - (await minCpuMs(() => run(quarter), 2));
  while (baseMs < TARGET_BASE_MS && n * 2 <= maxN) {
    n *= 2;
    quarter = make(n / 4);
    small = make(n);
    baseMs = (await minCpuMs(() => run(small), 2)) - (await minCpuMs(() => run(quarter), 2));
  }
  const large = make(n * 4);
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= MAX_RATIO; attempt += 1) {
    let q = Infinity;
    let a = Infinity;
    let b = Infinity;
    for (let i = 0; i < 4; i += 1) {
      q = Math.min(q, await cpuMs(() => run(quarter)));
      a = Math.min(a, await cpuMs(() => run(small)));
      b = Math.min(b, await cpuMs(() => run(large)));
    }
    ratio = Math.min(ratio, b - a < NOISE_FLOOR_MS ? 1 : (b - a) / Math.max(a - q, 0.05));
  }
  return { n, baseMs, ratio };
}

/** Fails with the case that broke the budget; no shrinking (it would re-run slow cases many times). */
async function assertGrowth<T, I>(
  arbitrary: fc.Arbitrary<T>,
  toCase: (value: T) => GrowthCase<I>,
  options: { numRuns: number; examples?: T[] },
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      const measured = await growth(toCase(value));
      // TIME_BUDGET_LOG=1 prints every measurement (for tuning, and for the figures in SECURITY.md).
      if (process.env.TIME_BUDGET_LOG)
        process.stderr.write(
          `time-budget ×${measured.ratio.toFixed(2)} n=${measured.n} ${measured.baseMs.toFixed(2)} ms ${JSON.stringify(value).slice(0, 160)}\n`,
        );
      if (measured.ratio >= MAX_RATIO) {
        throw new Error(
          `×${measured.ratio.toFixed(1)} for ×4 input (n = ${measured.n}, ${measured.baseMs.toFixed(2)} ms at n)`,
        );
      }
    }),
    { numRuns: options.numRuns, examples: (options.examples ?? []).map((example) => [example]), endOnFailure: true },
  );
}

/** Returns what `task` returns, or the SipgateIOError it throws; anything else fails the property. */
async function typedOutcome(task: () => unknown): Promise<unknown> {
  try {
    return await task();
  } catch (error) {
    if (error instanceof SipgateIOError) return error;
    throw new Error(
      `untyped ${(error as Error)?.name ?? typeof error}: ${String((error as Error)?.message ?? error).slice(0, 200)}`,
    );
  }
}

/** A unit to repeat: one to four tokens of the format's syntax, or a little arbitrary text. */
function unitOf(tokens: string[]): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...tokens) },
        { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 3 }) },
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((parts) => parts.join(''));
}

/**
 * A generated worst case: `before`, `unit` n times, `then` n times, `after`. A `#` in a unit
 * counts 0, 1, 2, … (`,x_#` makes the column names x_0, x_1, …).
 */
interface Shape {
  before: string;
  unit: string;
  then: string;
  after: string;
}
const repeated = (unit: string, n: number): string =>
  unit.includes('#') ? Array.from({ length: n }, (_, i) => unit.split('#').join(String(i))).join('') : unit.repeat(n);
const build =
  ({ before, unit, then, after }: Shape) =>
  (n: number): string =>
    before + repeated(unit, n) + repeated(then, n) + after;
const sizeOf = ({ unit, then }: Shape): number =>
  unit.length + then.length + (unit.includes('#') || then.includes('#') ? 5 : 0);

/** Shapes from the places a unit can repeat and units made of the format's tokens. */
function shapes(places: Array<Pick<Shape, 'before' | 'after'>>, tokens: string[]): fc.Arbitrary<Shape> {
  return fc
    .record({
      place: fc.constantFrom(...places),
      unit: unitOf(tokens),
      then: fc.oneof(fc.constant(''), unitOf(tokens)),
    })
    .map(({ place, unit, then }) => ({ ...place, unit, then }));
}

describe('vCard reader (lib/contacts/vcard.ts)', () => {
  const tokens = [
    ';',
    ':',
    ',',
    '=',
    '"',
    '\\',
    '.',
    'a',
    'TYPE=',
    'TYPE=a',
    ';a',
    ';TYPE=a',
    ',a',
    '\\,',
    '\\;',
    '\\n',
    '\r\n',
    '\r\n ',
    '\n',
    '\r',
    ' ',
    'TEL',
    'TEL:+49',
    'FN:A',
    'BEGIN:VCARD\r\n',
    'END:VCARD\r\n',
    'N:;;;;',
    'item1.',
  ];
  const card = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\r\n';
  const end = ':+4921163553355\r\nEND:VCARD\r\n';
  // Where a unit repeats: among a line's parameters, in a TYPE list, in a quoted parameter
  // value, in a structured value, before a line's name, as lines, as cards.
  const places = {
    params: { before: `${card}TEL`, after: end },
    typeList: { before: `${card}TEL;TYPE=`, after: end },
    quoted: { before: `${card}TEL;TYPE="`, after: `"${end}` },
    value: { before: `${card}ADR:`, after: `\r\nTEL${end}` },
    name: { before: card, after: `TEL${end}` },
    lines: { before: `${card}TEL:+4921163553355\r\n`, after: '\r\nEND:VCARD\r\n' },
    cards: { before: '', after: 'BEGIN:VCARD\r\nFN:A\r\nTEL:+49211\r\nEND:VCARD\r\n' },
  };
  const example = (place: keyof typeof places, unit: string, then = ''): Shape => ({ ...places[place], unit, then });

  it('quadrupling a generated worst case costs less than 8× the time (property)', async () => {
    await assertGrowth(
      shapes(Object.values(places), tokens),
      (shape) => ({ make: build(shape), run: (text: string) => parseVCards(text), unitSize: sizeOf(shape) }),
      {
        numRuns: 12,
        // #26: every parameter on a line rebuilt the list collected so far (20 KiB 0.45 s, 39 KiB 13–45 s).
        examples: [
          example('params', ';a'),
          example('params', ';TYPE=a'),
          example('params', ';a=b'),
          example('typeList', 'a,'),
          example('lines', 'TEL:+49\r\n'),
        ],
      },
    );
  });

  it('every generated text gives cards or a typed error (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(unitOf(tokens), { maxLength: 30 }), async (parts) => {
        await typedOutcome(() => parseVCards(`BEGIN:VCARD\r\n${parts.join('')}\r\nEND:VCARD`));
        await typedOutcome(() => parseVCards(parts.join('')));
      }),
      { numRuns: 500 },
    );
  });
});

describe('CSV import (contacts.importFromCsvString)', () => {
  // Every POST is answered at once, without a network: only the SDK's own work is timed.
  const client = sipgateIO(
    { tokenId: 'token-BUDGET', token: 'b0d9e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0' },
    {
      baseUrl: 'https://api.test.invalid/v2',
      maxRetries: 0,
      adapter: async (config) => ({ data: '', status: 204, statusText: 'No Content', headers: {}, config }),
    },
  );
  const contacts = createContactsModule(client);
  const tokens = [
    ',',
    ';',
    '\t',
    '|',
    '"',
    '""',
    '\n',
    '\r\n',
    '\r',
    ' ',
    'firstname',
    'lastname',
    'number',
    'x',
    ',x',
    ',x_#',
    'Ada',
    '+4921163553355',
    ',,',
    '\uFEFF',
  ];
  const header = 'firstname,lastname,number';
  const row = 'Ada,Lovelace,+4921163553355\n';
  // Where a unit repeats: as header columns, before the header, as rows, inside a quoted field,
  // inside an unquoted field, in the number.
  const places = {
    columns: { before: header, after: `\n${row}` },
    beforeHeader: { before: '', after: `${header}\n${row}` },
    rows: { before: `${header}\n`, after: '' },
    quoted: { before: `${header}\n"`, after: '",Lovelace,+4921163553355\n' },
    field: { before: `${header}\nAda,`, after: ',+4921163553355\n' },
    number: { before: `${header}\nAda,Lovelace,+49`, after: '\n' },
  };
  const example = (place: keyof typeof places, unit: string, then = ''): Shape => ({ ...places[place], unit, then });

  it('quadrupling a generated worst case costs less than 8× the time (property)', async () => {
    await assertGrowth(
      shapes(Object.values(places), tokens),
      (shape) => ({
        make: build(shape),
        run: (text: string) => contacts.importFromCsvString(text),
        unitSize: sizeOf(shape),
      }),
      {
        numRuns: 10,
        examples: [
          example('rows', row),
          example('rows', 'Ada,Lovelace\n'),
          // papaparse renames a repeated column name by trying name_1, name_2, … until one is
          // free: with x_0…x_n already taken, every repeated x tries them all.
          example('columns', ',x_#', ',x'),
        ],
      },
    );
  });

  it('every generated text gives a result or a typed error (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(unitOf(tokens), { maxLength: 30 }),
        fc.constantFrom('', `${header}\n`),
        async (parts, head) => {
          await typedOutcome(() => contacts.importFromCsvString(head + parts.join('')));
          await typedOutcome(() => contacts.importFromCsvString(head + parts.join(''), { skipInvalidRows: true }));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('webhook form parser (lib/webhook/form.ts, parseWebhookEvent)', () => {
  const tokens = [
    '&',
    '=',
    '%',
    '%2',
    '%25',
    '%C3',
    '%A9',
    '%C3%A9',
    '%FF',
    '%E2%82%AC',
    '%5B',
    '%5D',
    '%5B%5D',
    '[',
    ']',
    '+',
    'a',
    'user',
    'user%5B%5D=A',
    'event=newCall',
    '\uD800',
    '\uDC00',
    'é',
    '€',
    '&&',
    '==',
  ];
  // Where a unit repeats: as pairs, in a name, in a value, in a bracketed name.
  const places = {
    pairs: { before: 'event=newCall&', after: '' },
    name: { before: 'event=newCall&', after: '=1' },
    value: { before: 'event=newCall&from=', after: '' },
    bracketed: { before: 'event=newCall&user', after: '=A' },
  };
  const example = (place: keyof typeof places, unit: string, then = ''): Shape => ({ ...places[place], unit, then });
  const parse = (body: string): void => {
    decodeFormGroups(body, Number.MAX_SAFE_INTEGER);
    parseWebhookEvent(body);
  };

  it('quadrupling a generated worst case costs less than 8× the time (property)', async () => {
    await assertGrowth(
      shapes(Object.values(places), tokens),
      (shape) => ({ make: build(shape), run: parse, unitSize: sizeOf(shape) }),
      {
        numRuns: 12,
        // Pairs without `=` once searched the rest of the body each (CHANGELOG: fixed before #26).
        examples: [
          example('pairs', 'a&'),
          example('value', '%C3'),
          example('name', '%FF'),
          example('pairs', '\uD800&'),
          example('bracketed', '%5B'),
        ],
      },
    );
  });

  it('every generated body gives an event or a typed error (property)', async () => {
    const body = fc.oneof(
      fc.array(unitOf(tokens), { maxLength: 30 }).map((parts) => parts.join('')),
      // Any UTF-16 code units, lone surrogates included (fast-check's 'binary' unit costs 3 s to set up).
      fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((units) => String.fromCharCode(...units)),
      fc.uint8Array({ maxLength: 60 }),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('', 'event=newCall&', 'event=dtmf&dtmf=1&'), async (raw, head) => {
        expect(decodeFormGroups(typeof raw === 'string' ? raw : 'a=b', 1_000)).not.toBeNull();
        await typedOutcome(() => parseWebhookEvent(typeof raw === 'string' ? head + raw : raw));
      }),
      { numRuns: 500 },
    );
  });
});

describe("call simulator's XML reader (lib/webhook/simulator-xml.ts)", () => {
  const tokens = [
    '<a>',
    '</a>',
    '<a/>',
    '<b x="1"/>',
    ' x#="1"',
    ' x="1"',
    '&amp;',
    '&#65;',
    '&#x42;',
    '&unknown;',
    '<!-- c -->',
    '<![CDATA[x]]>',
    '<?pi x?>',
    '<!DOCTYPE a>',
    'text',
    '"',
    "'",
    '<',
    '>',
    '&',
    ']]>',
    '\n',
    ' ',
  ];
  // Where a unit repeats: as children, as attributes, in an attribute value, as text, nested
  // (the second unit closes what the first opened), in the prolog, in CDATA, in a comment.
  const places = {
    children: { before: '<Response>', after: '</Response>' },
    attributes: { before: '<Response', after: '/>' },
    attributeValue: { before: '<Response a="', after: '"/>' },
    text: { before: '<Response><Play><Url>', after: '</Url></Play></Response>' },
    nested: { before: '<Response>', after: '</Response>' },
    prolog: { before: '<?xml version="1.0"?>', after: '<Response/>' },
    cdata: { before: '<Response><![CDATA[', after: ']]></Response>' },
    comment: { before: '<Response><!--', after: '--></Response>' },
  };
  const example = (place: keyof typeof places, unit: string, then = ''): Shape => ({ ...places[place], unit, then });

  it('quadrupling a generated worst case costs less than 8× the time (property)', async () => {
    await assertGrowth(
      shapes(Object.values(places), tokens),
      (shape) => ({ make: build(shape), run: (xml: string) => parseWebhookXml(xml), unitSize: sizeOf(shape) }),
      {
        numRuns: 8,
        examples: [
          example('nested', '<a>', '</a>'),
          example('attributes', ' x#="1"'),
          example('children', '<b x="1"/>'),
          example('text', '&amp;'),
          example('attributes', ' x="1"'),
        ],
      },
    );
  });

  it('every generated document gives an element or nothing, never an exception (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(unitOf(tokens), { maxLength: 30 }), async (parts) => {
        for (const xml of [parts.join(''), `<Response>${parts.join('')}</Response>`]) {
          const root = await parseWebhookXml(xml);
          if (root !== undefined) expect(typeof root.name).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('route inputs (paths, ids, queries and bodies through the client)', () => {
  // Every request is answered at once, without a network: only the SDK's own work is timed.
  const client = sipgateIO(
    { tokenId: 'token-BUDGET', token: 'b0d9e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0' },
    {
      baseUrl: 'https://api.test.invalid/v2',
      maxRetries: 0,
      adapter: async (config) => ({
        data: '{}',
        status: 200,
        statusText: 'OK',
        headers: { 'content-type': 'application/json' },
        config,
      }),
    },
  );
  const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  const isWellFormed = (text: string): boolean =>
    !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
  // How a unit grows into a route input: as query keys, array items, nested keys, a long query
  // value or key, path segments, a long id. (A body is V8's JSON.stringify alone, whose cost per
  // key itself rises on objects of many thousand keys: not the SDK's to budget.)
  const grow: Record<string, (unit: string, n: number) => () => Promise<unknown>> = {
    queryKeys: (unit, n) => () =>
      client.get('/history', { query: Object.fromEntries(range(n).map((i) => [`${unit}${i}`, unit])) }),
    queryItems: (unit, n) => () => client.get('/history', { query: { types: range(n).map(() => unit) } }),
    queryNested: (unit, n) => () =>
      client.get('/history', {
        query: {
          a: { b: Object.fromEntries(range(n).map((i) => [`${unit}${i}`, [unit, i]])) },
        } as unknown as QueryParams,
      }),
    queryValue: (unit, n) => () => client.get('/history', { query: { [unit.repeat(n)]: unit.repeat(n) } }),
    path: (unit, n) => () => client.get(`/history/${`${unit}/`.repeat(n)}`),
    id: (unit, n) => () => client.request('GET /users/{userId}', { path: { userId: unit.repeat(n) } }),
  };
  // Well-formed text only: lone surrogates are a known break (below), not a growth case.
  const tokens = [
    'a',
    '%',
    '%2e',
    '/',
    '?',
    '#',
    '[',
    ']',
    '&',
    '=',
    '+',
    ' ',
    '..',
    '.',
    '\\',
    'é',
    '😀',
    '"',
    '\u0000',
    '%25',
  ];
  const growthCase = fc.record({
    kind: fc.constantFrom(...Object.keys(grow)),
    unit: unitOf(tokens).filter(isWellFormed),
  });

  it('quadrupling a generated worst case costs less than 8× the time (property)', async () => {
    await assertGrowth(
      growthCase,
      ({ kind, unit }) => ({
        make: (n: number) => grow[kind](unit, n),
        run: (send: () => Promise<unknown>) => send(),
        unitSize: unit.length + 4,
      }),
      { numRuns: 8, examples: Object.keys(grow).map((kind) => ({ kind, unit: 'a%/' })) },
    );
  });

  /** Values a route input may hold, of every kind that is not one of the known breaks below. */
  const wellFormed = fc.string({ maxLength: 12 }).filter(isWellFormed);
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      wellFormed,
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date({ noInvalidDate: true }),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(wellFormed, tie('value'), { maxKeys: 3 }),
    ),
  }));

  it('every generated path, id, query and body gives a response or a typed error (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(wellFormed, fc.constantFrom('/history', 'history', '/a/../b', '/%2e%2e/x', '//host', 'https://x')),
        wellFormed,
        fc.dictionary(wellFormed, value),
        value,
        async (path, id, query, body) => {
          await typedOutcome(() => client.get(path, { query: query as unknown as QueryParams }));
          await typedOutcome(() => client.request('GET /users/{userId}', { path: { userId: id } }));
          await typedOutcome(() => client.post(path, body));
        },
      ),
      { numRuns: 200 },
    );
  });

  // KNOWN BREAKS, #26 item 10: helper h3 fixes these in lib/core (query, path, body
  // serialisation). Each case is marked `failing`, so the suite stays green while they break
  // and goes red for the one that starts to pass: then delete its `.failing`, keeping the case.
  const cyclic = (): Record<string, unknown> => {
    const object: Record<string, unknown> = { a: 1 };
    object.self = object;
    return object;
  };
  const deep = (): unknown => {
    let nested: unknown = 1;
    for (let i = 0; i < 20_000; i += 1) nested = { a: nested };
    return nested;
  };
  const loneSurrogate = fc
    .tuple(wellFormed, fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF'), wellFormed)
    .map(([a, lone, b]) => a + lone + b);
  type Send = (to: SipgateIOClient) => Promise<unknown>;
  /** Fails unless the request is refused with a SipgateIOValidationError before anything is sent. */
  const refused = async (send: Send): Promise<void> => {
    let sent = false;
    const watched = sipgateIO(
      { tokenId: 'token-BUDGET', token: 'b0d9e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0' },
      {
        baseUrl: 'https://api.test.invalid/v2',
        maxRetries: 0,
        adapter: async (config) => {
          sent = true;
          return { data: '{}', status: 200, statusText: 'OK', headers: { 'content-type': 'application/json' }, config };
        },
      },
    );
    const outcome = await send(watched).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(SipgateIOValidationError);
    expect(sent).toBe(false);
  };
  const known: Array<[string, fc.Arbitrary<Send>]> = [
    [
      'a lone surrogate in an id',
      loneSurrogate.map(
        (id): Send =>
          (to) =>
            to.request('GET /users/{userId}', { path: { userId: id } }),
      ),
    ],
    [
      'a lone surrogate in a query key',
      loneSurrogate.map(
        (key): Send =>
          (to) =>
            to.get('/history', { query: { [key]: 'x' } }),
      ),
    ],
    [
      'a lone surrogate in a query value',
      loneSurrogate.map(
        (text): Send =>
          (to) =>
            to.get('/history', { query: { a: text } }),
      ),
    ],
    [
      'a cyclic query',
      fc.constant<Send>((to) => to.get('/history', { query: { q: cyclic() } as unknown as QueryParams })),
    ],
    [
      'a 20k-deep query',
      fc.constant<Send>((to) => to.get('/history', { query: { q: deep() } as unknown as QueryParams })),
    ],
    [
      'an invalid Date in a query',
      fc.constant<Send>((to) => to.get('/history', { query: { from: new Date(Number.NaN) } })),
    ],
    [
      'a function in a query (sent as its source text)',
      fc.constant<Send>((to) => to.get('/history', { query: { f: (() => 1) as unknown as string } })),
    ],
    ['a cyclic body', fc.constant<Send>((to) => to.post('/sessions/sms', cyclic()))],
    ['a BigInt in a body', fc.constant<Send>((to) => to.post('/sessions/sms', { n: BigInt(1) }))],
    ['a 20k-deep body', fc.constant<Send>((to) => to.post('/sessions/sms', deep()))],
    // Found by this file, not in #26's list; the same class (a value that cannot be sent as it is).
    [
      'a Symbol in a query (sent as "Symbol(…)")',
      fc.constant<Send>((to) => to.get('/history', { query: { s: Symbol('s') as unknown as string } })),
    ],
    [
      'a throwing toJSON in a body',
      fc.constant<Send>((to) =>
        to.post('/sessions/sms', {
          toJSON() {
            throw new Error('no');
          },
        }),
      ),
    ],
  ];
  it.each(known)('%s is refused with a typed error before sending (#26 item 10)', async (_name, send) => {
    await fc.assert(fc.asyncProperty(send, refused), { numRuns: 3 });
  });
  // Found by this file: a getter that threw escaped as the getter's own Error.
  const stillOpen: Array<[string, fc.Arbitrary<Send>]> = [
    [
      'a query whose getter throws',
      fc.constant<Send>((to) =>
        to.get('/history', {
          query: {
            get a(): string {
              throw new Error('no');
            },
          },
        }),
      ),
    ],
  ];
  it.each(stillOpen)('%s is refused with a typed error before sending (found by this file)', async (_name, send) => {
    await fc.assert(fc.asyncProperty(send, refused), { numRuns: 3 });
  });
});
