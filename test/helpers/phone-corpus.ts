/**
 * Phone numbers with Google's libphonenumber's verdict on each (google-libphonenumber, the engine
 * of the established package, a dev dependency used only here). Generated at test time and seeded,
 * so every run checks the same ~3,500 numbers of 30 countries: Google's example number of each
 * type, written as users write them (E.164, international, national with spaces, dashes,
 * parentheses or a slash, 00-prefixed); each example with a digit dropped, added or changed; and
 * random digits, with and without the national prefix.
 */
import { PhoneNumberFormat, PhoneNumberType, PhoneNumberUtil } from 'google-libphonenumber';

export const CORPUS_COUNTRIES = [
  'DE',
  'AT',
  'CH',
  'GB',
  'FR',
  'IT',
  'ES',
  'NL',
  'BE',
  'PL',
  'SE',
  'DK',
  'NO',
  'FI',
  'IE',
  'PT',
  'CZ',
  'GR',
  'TR',
  'RU',
  'KZ',
  'US',
  'CA',
  'BR',
  'MX',
  'AU',
  'JP',
  'CN',
  'IN',
  'ZA',
];

/** Highest share of disagreement allowed in either direction (0.5 %). */
export const MAX_DISAGREEMENT = 0.005;

export interface PhoneCase {
  input: string;
  country: string;
  /** Google's E.164 form when it calls the number valid, `undefined` when it does not. */
  google: string | undefined;
}

const util = PhoneNumberUtil.getInstance();

function googleVerdict(input: string, country: string): string | undefined {
  try {
    const parsed = util.parse(input, country);
    return util.isValidNumber(parsed) ? util.format(parsed, PhoneNumberFormat.E164) : undefined;
  } catch {
    return undefined; // Google's parse refuses it: not a number at all
  }
}

// Deterministic pseudo-random numbers (mulberry32), so a failure names a reproducible number.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [
  PhoneNumberType.FIXED_LINE,
  PhoneNumberType.MOBILE,
  PhoneNumberType.TOLL_FREE,
  PhoneNumberType.PREMIUM_RATE,
  PhoneNumberType.SHARED_COST,
  PhoneNumberType.VOIP,
  PhoneNumberType.PERSONAL_NUMBER,
  PhoneNumberType.PAGER,
  PhoneNumberType.UAN,
  PhoneNumberType.VOICEMAIL,
];

/** The seeded corpus, each number with Google's verdict. */
export function phoneCorpus(seed = 20261124, countries: readonly string[] = CORPUS_COUNTRIES): PhoneCase[] {
  const next = random(seed);
  const pick = (count: number) => Math.floor(next() * count);
  const digit = () => String(pick(10));
  // Digits as people type them: plain, in groups separated by spaces or dashes, the first group
  // in parentheses (`(022) 12345`) or before a slash (`0221/12345`).
  const punctuate = (digits: string): string => {
    const groups: string[] = [];
    for (let rest = digits; rest.length > 0;) {
      const size = 2 + pick(3);
      groups.push(rest.slice(0, size));
      rest = rest.slice(size);
    }
    const [first = '', ...others] = groups;
    switch (pick(5)) {
      case 0:
        return digits;
      case 1:
        return groups.join(' ');
      case 2:
        return groups.join('-');
      case 3:
        return others.length > 0 ? `(${first}) ${others.join(' ')}` : digits;
      default:
        return others.length > 0 ? `${first}/${others.join('')}` : digits;
    }
  };
  const mutations = (digits: string): string[] => {
    const dropped = pick(digits.length);
    const added = pick(digits.length + 1);
    const changed = pick(digits.length);
    const other = String((Number(digits[changed]) + 1 + pick(9)) % 10);
    return [
      digits.slice(0, dropped) + digits.slice(dropped + 1),
      digits.slice(0, added) + digit() + digits.slice(added),
      digits.slice(0, changed) + other + digits.slice(changed + 1),
    ];
  };

  const inputs: Array<[string, string]> = [];
  for (const country of countries) {
    const callingCode = util.getCountryCodeForRegion(country);
    let nationalPrefix = '';
    const seen = new Set<string>();
    for (const type of TYPES) {
      const example = util.getExampleNumberForType(country, type);
      if (!example) continue;
      const significant = util.getNationalSignificantNumber(example);
      if (seen.has(significant)) continue;
      seen.add(significant);
      const national = util.format(example, PhoneNumberFormat.NATIONAL);
      const nationalDigits = national.replace(/\D/g, '');
      // What the national form puts before the significant number (`0` in DE, `8` in RU, none in IT).
      const prefix = nationalDigits.endsWith(significant) ? nationalDigits.slice(0, -significant.length) : '';
      if (type === PhoneNumberType.FIXED_LINE) nationalPrefix = prefix;
      inputs.push(
        [`+${callingCode}${significant}`, 'DE'],
        [util.format(example, PhoneNumberFormat.INTERNATIONAL), 'DE'],
        [`00${callingCode} ${significant}`, 'DE'],
        [national, country],
        [punctuate(nationalDigits), country],
      );
      for (const mutated of mutations(significant))
        inputs.push([`+${callingCode}${mutated}`, 'DE'], [punctuate(prefix + mutated), country]);
    }
    const randomDigits = () => Array.from({ length: 3 + pick(11) }, digit).join('');
    for (let i = 0; i < 15; i += 1) inputs.push([`+${callingCode}${randomDigits()}`, 'DE']);
    for (let i = 0; i < 15; i += 1) inputs.push([punctuate(nationalPrefix + randomDigits()), country]);
    // Without the national prefix, as in `12345` typed for a German number.
    for (let i = 0; i < 10; i += 1) inputs.push([randomDigits(), country]);
  }

  const unique = new Map(inputs.map(([input, country]) => [`${country} ${input}`, { input, country }]));
  return Array.from(unique.values(), ({ input, country }) => ({
    input,
    country,
    google: googleVerdict(input, country),
  }));
}

export interface Agreement {
  /** e.g. `0.1% of 2012 valid called invalid or answered otherwise, 0.2% of 1633 invalid called valid (3645 numbers)` */
  figures: string;
  /** Google's valid numbers the SDK refused or normalised otherwise, and its invalid ones the SDK accepted. */
  counts: {
    numbers: number;
    valid: number;
    validAnsweredOtherwise: number;
    invalid: number;
    invalidCalledValid: number;
  };
  /** One line per direction above {@link MAX_DISAGREEMENT}, with examples; empty when within. */
  overLimit: string[];
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
const show = (rows: Array<PhoneCase & { answer: string | undefined }>) =>
  rows
    .slice(0, 15)
    .map(
      (row) =>
        `${JSON.stringify(row.input)} (${row.country}): Google ${row.google ?? 'invalid'}, SDK ${row.answer ?? 'invalid'}`,
    )
    .join('; ');

/**
 * Compares an SDK's answers (E.164, or `undefined` for a refusal) with Google's verdicts. A valid
 * number the SDK normalises to another E.164 number counts as a valid number answered wrongly.
 */
export function compareWithGoogle(cases: PhoneCase[], answers: Array<string | undefined>): Agreement {
  if (answers.length !== cases.length) throw new Error(`${answers.length} answers for ${cases.length} numbers`);
  const rows = cases.map((row, i) => ({ ...row, answer: answers[i] }));
  const valid = rows.filter((row) => row.google !== undefined);
  const invalid = rows.filter((row) => row.google === undefined);
  const validWrong = valid.filter((row) => row.answer !== row.google);
  const invalidCalledValid = invalid.filter((row) => row.answer !== undefined);
  const figures = `${percent(validWrong.length, valid.length)} of ${valid.length} valid called invalid or answered otherwise, ${percent(invalidCalledValid.length, invalid.length)} of ${invalid.length} invalid called valid (${rows.length} numbers)`;
  const overLimit: string[] = [];
  if (validWrong.length > MAX_DISAGREEMENT * valid.length)
    overLimit.push(`${figures}. Valid numbers answered otherwise: ${show(validWrong)}`);
  if (invalidCalledValid.length > MAX_DISAGREEMENT * invalid.length)
    overLimit.push(`${figures}. Invalid numbers called valid: ${show(invalidCalledValid)}`);
  const counts = {
    numbers: rows.length,
    valid: valid.length,
    validAnsweredOtherwise: validWrong.length,
    invalid: invalid.length,
    invalidCalledValid: invalidCalledValid.length,
  };
  return { figures, counts, overLimit };
}
