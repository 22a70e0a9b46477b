// How often the SDK's phone-number verdicts differ from Google's libphonenumber (the established
// package's engine) on the seeded corpus the tests use (test/helpers/phone-corpus.ts), for the
// source and the built CommonJS entry. Prints JSON; run-all.mjs puts it into BENCHMARKS.md.
//   npx tsx scripts/bench/phone-agreement.ts        (after npm run build)
import { join } from 'node:path';
import { normalisePhoneNumber } from '../../lib/core/phone';
import { compareWithGoogle, CORPUS_COUNTRIES, phoneCorpus } from '../../test/helpers/phone-corpus';

type Normalise = typeof normalisePhoneNumber;
const cases = phoneCorpus();
const answersOf = (normalise: Normalise) =>
  Promise.all(cases.map(({ input, country }) => normalise(input, 'to', country).catch(() => undefined)));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const built = (require(join(__dirname, '../../dist/cjs/index.js')) as { normalisePhoneNumber: Normalise })
  .normalisePhoneNumber;

void (async () => {
  const result = {
    countries: CORPUS_COUNTRIES.length,
    source: compareWithGoogle(cases, await answersOf(normalisePhoneNumber)).counts,
    'CommonJS build': compareWithGoogle(cases, await answersOf(built)).counts,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
})();
