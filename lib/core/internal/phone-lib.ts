/**
 * Phone-number validation by number plan, read the way Google's libphonenumber reads a number:
 * the calling code after `+` or the default country's international call prefix, else the
 * default country's; the national prefix stripped by that country's rule; valid when the
 * national number matches one of the plan's number types (fixed line, mobile, toll free…) at one
 * of its lengths. The plans are Google's, as libphonenumber-js publishes them (`max` metadata);
 * the build keeps only the fields read here (scripts/rollup/phone-lib.js). Loaded lazily by
 * `phone.ts`; test/parity/phone-numbers.parity.test.ts holds the answers to Google's.
 */
import metadata from 'libphonenumber-js/metadata.max.json';

/** One number plan (libphonenumber-js metadata layout 4); the indices read here. */
type Plan = readonly unknown[];
const CALLING_CODE = 0;
const INTERNATIONAL_PREFIX = 1;
const NATIONAL_NUMBER_PATTERN = 2;
const POSSIBLE_LENGTHS = 3;
const NATIONAL_PREFIX = 5;
const NATIONAL_PREFIX_FOR_PARSING = 7;
const NATIONAL_PREFIX_TRANSFORM_RULE = 8;
const LEADING_DIGITS = 10;
const TYPES = 11;

interface NumberPlans {
  /** Countries by calling code, main country first; the build leaves it out (see regionsByCode). */
  country_calling_codes?: Record<string, string[]>;
  countries: Record<string, Plan>;
  nonGeographic?: Record<string, Plan>;
}
const plans = metadata as unknown as NumberPlans;

/** The build orders the plans by calling code, main country first, and drops the table that says the same. */
let regionsByCode = plans.country_calling_codes;
function regionsByCallingCode(): Record<string, string[]> {
  if (!regionsByCode) {
    const read: Record<string, string[]> = {};
    for (const [region, plan] of Object.entries(plans.countries))
      (read[String(plan[CALLING_CODE])] ??= []).push(region);
    regionsByCode = read;
  }
  return regionsByCode;
}

/** Google's region code for plans of no country (+800 and the like). */
const NON_GEOGRAPHIC = '001';
const MIN_NATIONAL_LENGTH = 2;
const MAX_NATIONAL_LENGTH = 17;
const MAX_INPUT_LENGTH = 250;

const text = (plan: Plan, index: number): string | undefined => {
  const value = plan[index];
  return typeof value === 'string' && value !== '' ? value : undefined;
};
const lengthsOf = (plan: Plan): number[] =>
  Array.isArray(plan[POSSIBLE_LENGTHS]) ? (plan[POSSIBLE_LENGTHS] as number[]) : [];
const generalPattern = (plan: Plan): string => text(plan, NATIONAL_NUMBER_PATTERN) ?? 'NA';

const compiled = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let found = compiled.get(source);
  if (!found) compiled.set(source, (found = new RegExp(source)));
  return found;
}
const matchesWhole = (pattern: string, digits: string): boolean => regex(`^(?:${pattern})$`).test(digits);
const matchAtStart = (pattern: string, digits: string): RegExpExecArray | null => regex(`^(?:${pattern})`).exec(digits);
// Google's JavaScript tests the general pattern unanchored in two places and compares the first
// match's length with the number's: where alternatives overlap that can differ from an anchored
// test, and its answers are the ones to agree with.
const firstMatchIsWhole = (pattern: string, digits: string): boolean =>
  regex(pattern).exec(digits)?.[0].length === digits.length;

const regionsOf = (callingCode: string): string[] | undefined =>
  regionsByCallingCode()[callingCode] ?? (plans.nonGeographic?.[callingCode] ? [NON_GEOGRAPHIC] : undefined);
const planOf = (callingCode: string, region: string): Plan | undefined =>
  region === NON_GEOGRAPHIC ? plans.nonGeographic?.[callingCode] : plans.countries[region];

type LengthVerdict = 'possible' | 'tooShort' | 'tooLong' | 'invalidLength';
function lengthVerdict(digits: string, plan: Plan): LengthVerdict {
  const lengths = lengthsOf(plan);
  if (lengths.length === 0) return 'invalidLength';
  if (digits.length < lengths[0]) return 'tooShort';
  if (digits.length > lengths[lengths.length - 1]) return 'tooLong';
  return lengths.includes(digits.length) ? 'possible' : 'invalidLength';
}

/** The number without its national prefix (`0` in Germany), transformed where the plan says so. */
function withoutNationalPrefix(digits: string, plan: Plan): string {
  const prefix = text(plan, NATIONAL_PREFIX_FOR_PARSING) ?? text(plan, NATIONAL_PREFIX);
  const match = digits && prefix ? matchAtStart(prefix, digits) : null;
  if (!match || !prefix) return digits;
  const rule = text(plan, NATIONAL_PREFIX_TRANSFORM_RULE);
  const stripped =
    rule && match[match.length - 1] ? digits.replace(regex(`^(?:${prefix})`), rule) : digits.slice(match[0].length);
  // A number the plan already describes keeps a prefix whose removal it would not survive.
  return firstMatchIsWhole(generalPattern(plan), digits) && !firstMatchIsWhole(generalPattern(plan), stripped)
    ? digits
    : stripped;
}

const INVALID_CALLING_CODE = 'invalid calling code';
type Extracted = { callingCode?: string; national: string } | typeof INVALID_CALLING_CODE | undefined;

/** The calling code after `+` or the home country's international call prefix, or in a national number that starts with the home country's. */
function extractCallingCode(digits: string, plus: boolean, home: Plan | undefined): Extracted {
  let international: string | undefined = plus ? digits : undefined;
  const prefix = !plus && home ? text(home, INTERNATIONAL_PREFIX) : undefined;
  const match = prefix ? matchAtStart(prefix, digits) : null;
  // A 0 after the prefix means it was not one (an area code that starts like it).
  if (match && digits[match[0].length] !== '0') international = digits.slice(match[0].length);
  if (international !== undefined) {
    if (international.length <= MIN_NATIONAL_LENGTH) return undefined;
    if (international.startsWith('0')) return INVALID_CALLING_CODE;
    for (let length = 1; length <= 3; length += 1) {
      const callingCode = international.slice(0, length);
      if (regionsOf(callingCode)) return { callingCode, national: international.slice(length) };
    }
    return INVALID_CALLING_CODE;
  }
  const homeCode = home && text(home, CALLING_CODE);
  if (home && homeCode && digits.startsWith(homeCode)) {
    const national = withoutNationalPrefix(digits.slice(homeCode.length), home);
    const general = generalPattern(home);
    if (
      (!firstMatchIsWhole(general, digits) && firstMatchIsWhole(general, national)) ||
      lengthVerdict(digits, home) === 'tooLong'
    ) {
      return { callingCode: homeCode, national };
    }
  }
  return { national: digits };
}

/** Whether the national number is of one of the plan's number types, at one of that type's lengths. */
function isOfSomeType(national: string, plan: Plan): boolean {
  const lengths = lengthsOf(plan);
  if (!lengths.includes(national.length) || !matchesWhole(generalPattern(plan), national)) return false;
  const types = Array.isArray(plan[TYPES]) ? (plan[TYPES] as unknown[]) : [];
  return types.some((type) => {
    if (!Array.isArray(type) || typeof type[0] !== 'string' || type[0] === '') return false;
    const typeLengths = Array.isArray(type[1]) ? (type[1] as number[]) : lengths;
    return typeLengths.includes(national.length) && matchesWhole(type[0], national);
  });
}

function isValid(callingCode: string, national: string): boolean {
  const regions = regionsOf(callingCode) ?? [];
  // Countries that share a calling code (+1, +44, +7) are told apart by leading digits or number type.
  const region =
    regions.length === 1
      ? regions[0]
      : regions.find((candidate) => {
          const plan = plans.countries[candidate];
          const leadingDigits = plan && text(plan, LEADING_DIGITS);
          return leadingDigits
            ? matchAtStart(leadingDigits, national) !== null
            : plan !== undefined && isOfSomeType(national, plan);
        });
  const plan = region === undefined ? undefined : planOf(callingCode, region);
  return plan !== undefined && isOfSomeType(national, plan);
}

/**
 * The number in E.164 (`+4915799912345`) when it is a valid number, read in `defaultCountry`
 * (ISO 3166-1 alpha-2, upper case) unless it carries a calling code; `undefined` otherwise.
 *
 * @example
 * ```ts
 * toValidE164('0157 999 12345', 'DE'); // '+4915799912345'
 * toValidE164('12345', 'DE'); // undefined
 * ```
 */
export function toValidE164(input: string, defaultCountry: string): string | undefined {
  if (input.length > MAX_INPUT_LENGTH) return undefined;
  const home = Object.prototype.hasOwnProperty.call(plans.countries, defaultCountry)
    ? plans.countries[defaultCountry]
    : undefined;
  const plus = /^[^+\d]*\+/.test(input);
  const digits = input.replace(/\D/g, '');
  if (!home && !plus) return undefined;

  let extracted = extractCallingCode(digits, plus, home);
  // Like Google's parser: a `+` before no calling code is read once more as if it were not there.
  if (extracted === INVALID_CALLING_CODE && plus) {
    extracted = extractCallingCode(digits, false, home);
    if (typeof extracted === 'object' && extracted.callingCode === undefined) return undefined;
  }
  if (typeof extracted !== 'object') return undefined;

  const callingCode = extracted.callingCode ?? (home && text(home, CALLING_CODE));
  if (!callingCode) return undefined;
  let plan: Plan | undefined = home;
  if (extracted.callingCode !== undefined) {
    const region = regionsOf(callingCode)?.[0];
    if (region !== defaultCountry) plan = region === undefined ? undefined : planOf(callingCode, region);
  }
  let national = extracted.national;
  if (national.length < MIN_NATIONAL_LENGTH) return undefined;
  if (plan) {
    const stripped = withoutNationalPrefix(national, plan);
    const verdict = lengthVerdict(stripped, plan);
    if (verdict === 'possible' || verdict === 'tooLong') national = stripped;
  }
  if (national.length < MIN_NATIONAL_LENGTH || national.length > MAX_NATIONAL_LENGTH) return undefined;
  return isValid(callingCode, national) ? `+${callingCode}${national}` : undefined;
}
