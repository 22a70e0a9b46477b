/**
 * The minified CDN bundle, run in a bare VM context, behaves like the Node build where
 * minification and the bundle's trimmed data could make it differ.
 *
 * Phone numbers: the builds embed Google's number plans (libphonenumber-js's `max` metadata) with
 * only the fields validation reads (scripts/rollup/phone-lib.js, `phoneMetadataForValidation`).
 * This test runs the built bundle in a bare VM context, and the npm builds, and checks number by
 * number that they answer exactly as the source (whole metadata) does: the same numbers valid,
 * the same E.164 result, the same invalid ones rejected.
 *
 * The builds also run the corpus with Google's libphonenumber's verdicts
 * (test/helpers/phone-corpus.ts; the source runs it in test/parity/phone-numbers.parity.test.ts):
 * what users get is held to the established package's engine, not only to the source.
 *
 * Needs the built bundle: `npm test` builds it first (`npm run build` on its own).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { normalisePhoneNumber } from '../../lib/core/phone';
import { compareWithGoogle, phoneCorpus } from '../helpers/phone-corpus';

const root = resolve(__dirname, '../..');
const bundlePath = join(root, 'bundle/sipgate-io.min.js');

type Normalise = (value: unknown, field: string, defaultCountry?: string) => Promise<string>;

function loadBundle(): Record<string, unknown> {
  if (!existsSync(bundlePath))
    throw new Error(`${bundlePath} is missing: run \`npm run build\` (npm test does) first.`);
  const context: Record<string, unknown> = {
    TextEncoder,
    TextDecoder,
    URLSearchParams,
    URL,
    AbortController,
    setTimeout,
    clearTimeout,
    atob,
    btoa,
  };
  context.self = context;
  context.globalThis = context;
  createContext(context);
  runInContext(readFileSync(bundlePath, 'utf8'), context);
  return context.SipgateIO as Record<string, unknown>;
}

// Deterministic pseudo-random digits (mulberry32), so a failure names a reproducible number.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Metadata {
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, [string, ...unknown[]]>;
}

/** [input, defaultCountry] pairs: real example numbers in several spellings, plus random digits. */
function corpus(): Array<[string, string]> {
  const metadata = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.min.json'), 'utf8')) as Metadata;
  const examples = JSON.parse(
    readFileSync(require.resolve('libphonenumber-js/examples.mobile.json'), 'utf8'),
  ) as Record<string, string>;
  const cases: Array<[string, string]> = [];
  for (const [country, national] of Object.entries(examples)) {
    const entry = metadata.countries[country];
    if (!entry) continue;
    const callingCode = entry[0];
    const nationalPrefix = typeof entry[5] === 'string' ? entry[5] : '';
    cases.push(
      [`+${callingCode}${national}`, 'DE'],
      [`00${callingCode} ${national}`, 'DE'],
      [`${nationalPrefix}${national}`, country],
    );
    // One digit more and one fewer: mostly invalid, exercising the length and pattern checks.
    cases.push([`+${callingCode}${national}0`, 'DE'], [`+${callingCode}${national.slice(0, -1)}`, 'DE']);
  }
  const next = random(20261123);
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(next() * 10)).join('');
  for (const callingCode of Object.keys(metadata.country_calling_codes)) {
    for (let i = 0; i < 6; i += 1) cases.push([`+${callingCode}${digits(4 + Math.floor(next() * 10))}`, 'DE']);
  }
  for (const country of ['DE', 'AT', 'CH', 'GB', 'FR', 'US', 'IT', 'NL']) {
    for (let i = 0; i < 40; i += 1) cases.push([`0${digits(6 + Math.floor(next() * 7))}`, country]);
  }
  // And the spellings of the Google corpus (parentheses, slashes, dashes).
  for (const { input, country } of phoneCorpus()) cases.push([input, country]);
  return cases;
}

const settle = (promise: Promise<string>): Promise<string> =>
  promise.then(
    (e164) => e164,
    (error: Error) => `rejected: ${error.name}`,
  );

/** What dist/esm/browser.js (an ES module, so in its own Node process) answers for each case. */
function answersOfBrowserEntry(cases: Array<[string, string]>): string[] {
  const built = join(root, 'dist/esm/browser.js');
  if (!existsSync(built)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  const { pathToFileURL } = require('node:url') as typeof import('node:url');
  // The corpus goes in on stdin.
  const script = `
    import { normalisePhoneNumber } from ${JSON.stringify(pathToFileURL(built).href)};
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const answers = await Promise.all(JSON.parse(input).map(([number, country]) =>
      normalisePhoneNumber(number, 'to', country).then((e164) => e164, (error) => 'rejected: ' + error.name)));
    process.stdout.write(JSON.stringify(answers));`;
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      input: JSON.stringify(cases),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  ) as string[];
}

function loadCommonJsBuild(): Normalise {
  const built = join(root, 'dist/cjs/index.js');
  if (!existsSync(built)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');

  return (require(built) as { normalisePhoneNumber: Normalise }).normalisePhoneNumber;
}

describe('the CDN bundle validates phone numbers exactly like the Node build', () => {
  it('gives the same answer for every number of a corpus of valid and invalid numbers', async () => {
    const bundled = loadBundle().normalisePhoneNumber as Normalise;
    const cases = corpus();
    const node = await Promise.all(cases.map(([input, country]) => settle(normalisePhoneNumber(input, 'to', country))));
    const bundle = await Promise.all(cases.map(([input, country]) => settle(bundled(input, 'to', country))));

    const differences = cases
      .map(([input, country], i) => ({ input, country, node: node[i], bundle: bundle[i] }))
      .filter((row) => row.node !== row.bundle);
    expect(differences).toEqual([]);
    // The corpus must exercise both outcomes substantially, or agreement would prove little.
    const valid = node.filter((answer) => answer.startsWith('+')).length;
    expect(valid).toBeGreaterThan(500);
    expect(cases.length - valid).toBeGreaterThan(500);
  });
});

describe('the CDN bundle keeps error names through minification', () => {
  it('names every exported error class as it is exported, as the Node build does', () => {
    const bundle = loadBundle();
    // The VM has its own realm, so its classes descend from its own Error: test against the
    // bundle's base class instead.
    const Base = bundle.SipgateIOError as new (...args: string[]) => Error;
    const errorClasses = Object.entries(bundle).filter(
      (entry): entry is [string, new (...args: string[]) => Error] =>
        entry[1] === Base ||
        (typeof entry[1] === 'function' && (entry[1] as { prototype?: unknown }).prototype instanceof Base),
    );
    expect(errorClasses.length).toBeGreaterThanOrEqual(15);
    // Constructors take different arguments; strings in every position build each of them.
    const names = errorClasses.map(([exported, ErrorClass]) => [exported, new ErrorClass('x', 'y', 'z').name]);
    expect(names).toEqual(errorClasses.map(([exported]) => [exported, exported]));
  });

  it('keeps every exported class name (stack traces and `constructor.name` read as in the source)', () => {
    const bundle = loadBundle();
    const classes = Object.entries(bundle).filter(
      ([, value]) => typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value)),
    );
    expect(classes.length).toBeGreaterThanOrEqual(15);
    expect(classes.map(([exported, value]) => [exported, (value as { name: string }).name])).toEqual(
      classes.map(([exported]) => [exported, exported]),
    );
  });
});

describe('the CDN bundle builds webhook replies like the npm build', () => {
  it('exposes WebhookResponse (with every member of the established one), RejectReason and renderWebhookResponse', () => {
    const bundle = loadBundle();
    const established = require('sipgateio') as { WebhookResponse: Record<string, unknown> };
    const builders = bundle.WebhookResponse as Record<string, unknown> | undefined;
    expect(
      Object.keys(established.WebhookResponse).filter((member) => typeof builders?.[member] !== 'function'),
    ).toEqual([]);
    expect(bundle.RejectReason).toEqual({ BUSY: 'busy', REJECTED: 'rejected' });
    expect(typeof bundle.renderWebhookResponse).toBe('function');
  });

  it('renders every reply to the same XML as the npm build', async () => {
    const bundle = loadBundle();
    const node = await import('../../lib');
    const replies = (library: typeof node): unknown[] => [
      library.WebhookResponse.redirectCall({
        numbers: ['+4915799912345', '4921100000001'],
        anonymous: true,
        callerId: '+4921100000002',
      }),
      library.WebhookResponse.rejectCall({ reason: library.RejectReason.BUSY }),
      library.WebhookResponse.playAudio({ announcement: 'https://example.com/a.wav?x=1&y=<2>' }),
      library.WebhookResponse.gatherDTMF({ announcement: 'https://example.com/menu.wav', maxDigits: 3, timeout: 5000 }),
      library.WebhookResponse.hangUpCall(),
      library.WebhookResponse.sendToVoicemail(),
    ];
    const context = {
      onAnswer: 'https://example.com/hook',
      onHangup: 'https://example.com/hook',
      onData: 'https://example.com/hook',
    };
    const render = (library: typeof node): string[] =>
      replies(library).map((reply) => library.renderWebhookResponse(reply as never, context));
    const fromBundle = render(bundle as unknown as typeof node);
    expect(fromBundle).toEqual(render(node));
    expect(fromBundle[0]).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response onAnswer=/);
  });
});

describe('what the CDN bundle leaves to the npm builds (scripts/rollup/cdn-substitutes.js)', () => {
  it('history.watch throws an unsupported error naming the npm package, and sends nothing', () => {
    const bundle = loadBundle() as {
      sipgateIO: (c: object, o: object) => unknown;
      createHistoryModule: (client: unknown) => { watch(): unknown };
    };
    const history = bundle.createHistoryModule(
      bundle.sipgateIO(
        { tokenId: 'token-ABC123', token: '5ec3e700-0a1b-4c2d-9e3f-e1f2a3b4c5d6' },
        { baseUrl: 'https://api.test.invalid/v2' },
      ),
    );
    expect(() => history.watch()).toThrow(
      expect.objectContaining({
        name: 'SipgateIOError',
        kind: 'unsupported',
        message: expect.stringMatching(/npm package/),
      }),
    );
  });

  it('carries axios as the SDK calls it: create and request, with a JSON body; no static helpers, form encoding or progress events', async () => {
    const code = readFileSync(bundlePath, 'utf8');
    // Words of axios's HttpStatusCode table, its form encoding (`visitor`) and its progress events (`estimated`).
    expect(code.match(/NetworkAuthenticationRequired|visitor|estimated/g) ?? []).toEqual([]);
    // axios still hands its adapter the SDK's JSON body with its Content-Type.
    const bundle = loadBundle() as {
      sipgateIO: (credentials: object, options: object) => { post(path: string, body: unknown): Promise<unknown> };
    };
    const seen: Array<{ method?: string; url?: string; data?: unknown; contentType?: unknown }> = [];
    const adapter = async (config: {
      method?: string;
      url?: string;
      data?: unknown;
      headers: Record<string, unknown>;
    }) => {
      seen.push({
        method: config.method,
        url: config.url,
        data: config.data,
        contentType: config.headers['Content-Type'],
      });
      return {
        status: 200,
        statusText: 'OK',
        data: '{"ok":true}',
        headers: { 'content-type': 'application/json' },
        config,
      };
    };
    const client = bundle.sipgateIO(
      { tokenId: 'token-ABC123', token: '5ec3e700-0a1b-4c2d-9e3f-e1f2a3b4c5d6' },
      { baseUrl: 'https://api.test.invalid/v2', adapter },
    );
    await expect(
      client.post('/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 'ü' }),
    ).resolves.toEqual({
      ok: true,
    });
    expect(seen).toEqual([
      {
        method: 'post',
        url: 'https://api.test.invalid/v2/sessions/sms',
        data: '{"smsId":"s0","recipient":"+4915799912345","message":"ü"}',
        contentType: 'application/json',
      },
    ]);
  });
});

describe('the number plans as every build carries them (scripts/rollup/phone-lib.js)', () => {
  type Plan = unknown[];
  interface Plans {
    countries: Record<string, Plan>;
    nonGeographic?: Record<string, Plan>;
  }
  const [PATTERN, TYPES] = [2, 11];
  const patternOf = (type: unknown): string | undefined =>
    Array.isArray(type) && typeof type[0] === 'string' && type[0] !== '' ? type[0] : undefined;

  // A corpus would miss a changed `{1,3}` in one plan; this checks the text. Written shorter, each
  // pattern must still be Google's: `(` for `(?:` only (a capturing group matches the same), and
  // the types a plan's lengths filter joined by `|` (valid when any type matches) in their order.
  it("writes the patterns shorter, and they read back as Google's", () => {
    const { phoneMetadataForValidation } = require('../../scripts/rollup/phone-lib') as {
      phoneMetadataForValidation: { transform(code: string, id: string): { code: string } };
    };
    const file = join(dirname(require.resolve('libphonenumber-js/package.json')), 'metadata.max.json.js');
    const { code } = phoneMetadataForValidation.transform(readFileSync(file, 'utf8'), file);
    const built = runInContext(code.replace('export default plans;', 'plans;'), createContext({})) as Plans;
    const google = JSON.parse(
      readFileSync(require.resolve('libphonenumber-js/metadata.max.json'), 'utf8'),
    ) as Required<Plans>;
    const grouped = (pattern: string) => pattern.replaceAll('(?:', '(');

    const differences: string[] = [];
    let checked = 0;
    for (const group of ['countries', 'nonGeographic'] as const) {
      for (const [region, plan] of Object.entries(google[group])) {
        const ours = built[group]?.[region] ?? [];
        if (typeof plan[PATTERN] === 'string' && ours[PATTERN] !== grouped(plan[PATTERN]))
          differences.push(`${region}: national number pattern`);
        const types = Array.isArray(plan[TYPES]) ? (plan[TYPES] as unknown[]) : [];
        const ourTypes = Array.isArray(ours[TYPES]) ? (ours[TYPES] as unknown[]) : [];
        // Google's types with lengths of their own are ours with the same lengths; the others are joined, in order.
        const withLengths = ourTypes.filter((type) => Array.isArray(type) && type.length > 1);
        const kept = (type: unknown) =>
          withLengths.some(
            (ourType) =>
              JSON.stringify(ourType) === JSON.stringify([grouped(patternOf(type) ?? ''), (type as unknown[])[1]]),
          );
        const joined = types
          .filter((type) => patternOf(type) !== undefined && !kept(type))
          .map((type) => grouped(patternOf(type) ?? ''));
        const expected = [...(joined.length > 0 ? [[joined.join('|')]] : []), ...withLengths];
        if (JSON.stringify(ourTypes) !== JSON.stringify(expected)) differences.push(`${region}: number types`);
        if (types.filter(patternOf).length !== joined.length + withLengths.length)
          differences.push(`${region}: a number type lost or added`);
        checked += 1;
      }
    }
    expect(differences).toEqual([]);
    expect(checked).toBeGreaterThan(240);
  });

  it('the CDN bundle carries them first, so that gzip matches the code after them against the code before', () => {
    const code = readFileSync(bundlePath, 'utf8');
    expect(code.indexOf('{countries:{US:')).toBeGreaterThan(0);
    expect(code.indexOf('{countries:{US:')).toBeLessThan(100);
  });
});

describe('the npm builds, which carry the same trimmed metadata since libphonenumber-js is built in', () => {
  it('the CommonJS build gives the same answer as the source for every number of the corpus', async () => {
    const fromDist = loadCommonJsBuild();
    const cases = corpus();
    const source = await Promise.all(
      cases.map(([input, country]) => settle(normalisePhoneNumber(input, 'to', country))),
    );
    const dist = await Promise.all(cases.map(([input, country]) => settle(fromDist(input, 'to', country))));
    expect(
      cases
        .map(([input, country], i) => ({ input, country, source: source[i], dist: dist[i] }))
        .filter((row) => row.source !== row.dist),
    ).toEqual([]);
  });

  it('the browser entry (what bundlers resolve) gives the same answer as the source for every number of the corpus', async () => {
    const cases = corpus();
    const dist = answersOfBrowserEntry(cases);
    const source = await Promise.all(
      cases.map(([input, country]) => settle(normalisePhoneNumber(input, 'to', country))),
    );
    expect(dist).toHaveLength(cases.length);
    expect(
      cases
        .map(([input, country], i) => ({ input, country, source: source[i], dist: dist[i] }))
        .filter((row) => row.source !== row.dist),
    ).toEqual([]);
  }, 60_000);

  it('the browser entry loads the same phone chunk as the Node ESM entry (one file, built in)', () => {
    const { readdirSync } = require('node:fs') as typeof import('node:fs');
    const chunks = readdirSync(join(root, 'dist/esm/chunks')).filter(
      (file) => file.startsWith('phone-lib-') && file.endsWith('.js'),
    );
    expect(chunks).toHaveLength(1);
    // The browser entry and everything it imports, one level of shared chunks deep.
    const browser = readFileSync(join(root, 'dist/esm/browser.js'), 'utf8');
    const imported = Array.from(browser.matchAll(/from '\.\/(chunks\/[^']+)'/g), (found) =>
      readFileSync(join(root, 'dist/esm', found[1]), 'utf8'),
    );
    expect(
      [browser, ...imported].some(
        (code) => code.includes(`import('./chunks/${chunks[0]}')`) || code.includes(`import('./${chunks[0]}')`),
      ),
    ).toBe(true);
    expect(readFileSync(join(root, 'dist/esm/chunks', chunks[0]), 'utf8')).not.toMatch(/from\s*['"]libphonenumber-js/);
  });
});

describe("what users get agrees with Google's libphonenumber (≤ 0.5% either way, test/helpers/phone-corpus.ts)", () => {
  const cases = phoneCorpus();
  const inputs = cases.map(({ input, country }): [string, string] => [input, country]);
  // A refusal of any kind counts as "invalid"; the number-by-number tests above check it is a ValidationError.
  const asAnswers = (answers: string[]) => answers.map((answer) => (answer.startsWith('+') ? answer : undefined));
  const settleAll = (normalise: Normalise) =>
    Promise.all(inputs.map(([input, country]) => settle(normalise(input, 'to', country))));

  it('the CDN bundle', async () => {
    const answers = await settleAll(loadBundle().normalisePhoneNumber as Normalise);
    expect(compareWithGoogle(cases, asAnswers(answers)).overLimit).toEqual([]);
  });

  it('the CommonJS build', async () => {
    const answers = await settleAll(loadCommonJsBuild());
    expect(compareWithGoogle(cases, asAnswers(answers)).overLimit).toEqual([]);
  });

  it('the browser entry (dist/esm/browser.js)', () => {
    expect(compareWithGoogle(cases, asAnswers(answersOfBrowserEntry(inputs))).overLimit).toEqual([]);
  }, 60_000);
});
