/**
 * Time budgets for every parser of outside input (issue #26: "make the class impossible, not
 * the example"). Each parser gets two properties:
 *
 * - growth: on a generated worst case (a prefix, one short unit repeated n times, a suffix),
 *   quadrupling n must cost less than 8× the time. Linear is about 4×, quadratic 16×. The ratio
 *   is measured within one test, so a slow machine slows both sides alike;
 * - typed: every generated input gives a value or a SipgateIOError, never a raw TypeError,
 *   RangeError or URIError.
 *
 * How the time is measured, so that a busy machine cannot make a linear parser fail:
 * - CPU time of this process (`process.cpuUsage`), not wall time: on a shared machine a longer
 *   call is more likely to be preempted, which inflates wall-time ratios (×2 per unit seen with
 *   load 6 on 2 cores) but not CPU time;
 * - the smallest of five calls at each size, interleaved, each after a young-generation
 *   collection; a ratio over the limit is measured twice more and the smallest kept (a GC pause
 *   slows one measurement, a quadratic parser all three);
 * - at most 8,192 repetitions and 64 Ki characters at 4n: from about 16k elements V8 keeps an
 *   array in its large-object space and tracks every young item stored in it, which doubles the
 *   cost per item of perfectly linear code (measured: the vCard reader's 8k → 16k lines). Every
 *   quadratic term found so far shows well below that size (#26's vCard at 2k parameters ×16).
 *
 * The whole file stays within 20 s.
 */
import * as fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createContactsModule, sipgateIO, SipgateIOError } from '../../lib';
import { parseVCards } from '../../lib/resources/contacts/vcard';

/** Inputs grow until one call costs this much CPU time (or the size bound is reached). */
const TARGET_BASE_MS = 4;
/** Quadrupling the input may cost at most this factor. */
const MAX_RATIO = 8;
/** Below this at 4n nothing can be told from noise, and nothing is slow. */
const NOISE_FLOOR_MS = 2;
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

/** CPU time at 4n over CPU time at n, n doubling until a call at n costs TARGET_BASE_MS. */
async function growth<I>({ make, run, unitSize }: GrowthCase<I>): Promise<Growth> {
  const maxN = Math.max(1, Math.min(MAX_REPETITIONS / 4, Math.floor(MAX_UNITS / 4 / Math.max(1, unitSize))));
  let n = Math.min(16, maxN);
  let small = make(n);
  await cpuMs(() => run(small)); // warm-up: the first call compiles
  let baseMs = Math.min(await cpuMs(() => run(small)), await cpuMs(() => run(small)));
  while (baseMs < TARGET_BASE_MS && n * 2 <= maxN) {
    n *= 2;
    small = make(n);
    baseMs = Math.min(await cpuMs(() => run(small)), await cpuMs(() => run(small)));
  }
  const large = make(n * 4);
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= MAX_RATIO; attempt += 1) {
    let a = Infinity;
    let b = Infinity;
    for (let i = 0; i < 5; i += 1) {
      a = Math.min(a, await cpuMs(() => run(small)));
      b = Math.min(b, await cpuMs(() => run(large)));
    }
    ratio = Math.min(ratio, b < NOISE_FLOOR_MS ? 1 : b / Math.max(a, 0.01));
  }
  return { n, baseMs, ratio };
}

/** Fails with the case that broke the budget; no shrinking (it would re-run slow cases many times). */
async function assertGrowth<T, I>(arbitrary: fc.Arbitrary<T>, toCase: (value: T) => GrowthCase<I>, options: { numRuns: number; examples?: T[] }): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      const measured = await growth(toCase(value));
      // TIME_BUDGET_LOG=1 prints every measurement (for tuning, and for the figures in SECURITY.md).
      if (process.env.TIME_BUDGET_LOG) process.stderr.write(`time-budget ×${measured.ratio.toFixed(2)} n=${measured.n} ${measured.baseMs.toFixed(2)} ms ${JSON.stringify(value).slice(0, 160)}\n`);
      if (measured.ratio >= MAX_RATIO) {
        throw new Error(`×${measured.ratio.toFixed(1)} for ×4 input (n = ${measured.n}, ${measured.baseMs.toFixed(2)} ms at n)`);
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
    throw new Error(`untyped ${(error as Error)?.name ?? typeof error}: ${String((error as Error)?.message ?? error).slice(0, 200)}`);
  }
}

/** A unit to repeat: one to four tokens of the format's syntax, or a little arbitrary text. */
function unitOf(tokens: string[]): fc.Arbitrary<string> {
  return fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
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
const repeated = (unit: string, n: number): string => (unit.includes('#') ? Array.from({ length: n }, (_, i) => unit.split('#').join(String(i))).join('') : unit.repeat(n));
const build = ({ before, unit, then, after }: Shape) => (n: number): string => before + repeated(unit, n) + repeated(then, n) + after;
const sizeOf = ({ unit, then }: Shape): number => unit.length + then.length + (unit.includes('#') || then.includes('#') ? 5 : 0);

/** Shapes from the places a unit can repeat and units made of the format's tokens. */
function shapes(places: Array<Pick<Shape, 'before' | 'after'>>, tokens: string[]): fc.Arbitrary<Shape> {
  return fc
    .record({ place: fc.constantFrom(...places), unit: unitOf(tokens), then: fc.oneof(fc.constant(''), unitOf(tokens)) })
    .map(({ place, unit, then }) => ({ ...place, unit, then }));
}

describe('vCard reader (lib/contacts/vcard.ts)', () => {
  const tokens = [';', ':', ',', '=', '"', '\\', '.', 'a', 'TYPE=', 'TYPE=a', ';a', ';TYPE=a', ',a', '\\,', '\\;', '\\n', '\r\n', '\r\n ', '\n', '\r', ' ', 'TEL', 'TEL:+49', 'FN:A', 'BEGIN:VCARD\r\n', 'END:VCARD\r\n', 'N:;;;;', 'item1.'];
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
    await assertGrowth(shapes(Object.values(places), tokens), (shape) => ({ make: build(shape), run: (text: string) => parseVCards(text), unitSize: sizeOf(shape) }), {
      numRuns: 20,
      // #26: every parameter on a line rebuilt the list collected so far (20 KiB 0.45 s, 39 KiB 13–45 s).
      examples: [example('params', ';a'), example('params', ';TYPE=a'), example('params', ';a=b'), example('typeList', 'a,'), example('lines', 'TEL:+49\r\n')],
    });
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
    { tokenId: 'token-BUDGET1', token: 'budget-token' },
    { baseUrl: 'https://api.test.invalid/v2', maxRetries: 0, adapter: async (config) => ({ data: '', status: 204, statusText: 'No Content', headers: {}, config }) },
  );
  const contacts = createContactsModule(client);
  const tokens = [',', ';', '\t', '|', '"', '""', '\n', '\r\n', '\r', ' ', 'firstname', 'lastname', 'number', 'x', ',x', ',x_#', 'Ada', '+4921163553355', ',,', '\uFEFF'];
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
    await assertGrowth(shapes(Object.values(places), tokens), (shape) => ({ make: build(shape), run: (text: string) => contacts.importFromCsvString(text), unitSize: sizeOf(shape) }), {
      numRuns: 15,
      examples: [
        example('rows', row),
        example('rows', 'Ada,Lovelace\n'),
        // papaparse renames a repeated column name by trying name_1, name_2, … until one is
        // free: with x_0…x_n already taken, every repeated x tries them all.
        example('columns', ',x_#', ',x'),
      ],
    });
  });

  it('every generated text gives a result or a typed error (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(unitOf(tokens), { maxLength: 30 }), fc.constantFrom('', `${header}\n`), async (parts, head) => {
        await typedOutcome(() => contacts.importFromCsvString(head + parts.join('')));
      }),
      { numRuns: 300 },
    );
  });
});
