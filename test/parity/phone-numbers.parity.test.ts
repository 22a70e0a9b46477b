/**
 * Phone numbers are valid here when Google's libphonenumber, the engine of the established
 * package, says they are: over a seeded corpus of ~3,500 numbers of 30 countries
 * (test/helpers/phone-corpus.ts), at most 0.5% of Google's valid numbers may be refused or
 * normalised to another number, and at most 0.5% of its invalid ones accepted. The same corpus
 * runs through the built outputs in test/browser/bundle-vm.test.ts.
 */
import { normalisePhoneNumber, SipgateIOValidationError } from '../../lib';
import { compareWithGoogle, phoneCorpus } from '../helpers/phone-corpus';

const refusalAsUndefined = (error: unknown): undefined => {
  if (!(error instanceof SipgateIOValidationError)) throw error;
  return undefined;
};

it("normalisePhoneNumber agrees with Google's libphonenumber on a seeded corpus of 30 countries (≤ 0.5% either way)", async () => {
  const cases = phoneCorpus();
  // Both verdicts in substantial numbers, or agreement would prove little.
  expect(cases.filter((row) => row.google !== undefined).length).toBeGreaterThan(1_000);
  expect(cases.filter((row) => row.google === undefined).length).toBeGreaterThan(1_000);
  const answers = await Promise.all(
    cases.map(({ input, country }) => normalisePhoneNumber(input, 'to', country).catch(refusalAsUndefined)),
  );
  expect(compareWithGoogle(cases, answers).overLimit).toEqual([]);
});
