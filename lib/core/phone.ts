import { SipgateIOValidationError } from './errors';
import { requireText } from './internal/validate';

type PhoneLib = typeof import('./internal/phone-lib');
let phoneLib: Promise<PhoneLib> | undefined;

/** The number plans (about 30 KB gzip) load on the first validation, not at import. */
function loadPhoneLib(): Promise<PhoneLib> {
  phoneLib ??= import('./internal/phone-lib');
  return phoneLib;
}

/**
 * Validates a phone number and returns it in E.164 (`+4915799912345`). Accepts E.164, the
 * international call prefix of `defaultCountry` (`00` in Germany), and national numbers
 * (`0157 999 12345`, `(0221) 123456`) read in `defaultCountry`. A number is valid when Google's
 * libphonenumber calls it valid: its number plan for the country must allow it, not only its
 * length (`12345` is no German number).
 *
 * @param value the number as the user typed it.
 * @param field the input's name, for the error.
 * @param defaultCountry ISO 3166-1 alpha-2 country for national numbers. @default 'DE'
 * @throws {SipgateIOValidationError} when the value is not a valid phone number.
 * @example
 * ```ts
 * await normalisePhoneNumber('0157 999 12345', 'to'); // '+4915799912345'
 * ```
 */
export async function normalisePhoneNumber(value: unknown, field: string, defaultCountry = 'DE'): Promise<string> {
  const text = requireText(value, field).trim();
  if (!/^[+(\d][\d\s()./-]*$/.test(text)) {
    throw new SipgateIOValidationError(field, 'is not a phone number (use E.164 such as +4915799912345).');
  }
  const lib = await loadPhoneLib();
  const e164 = lib.toValidE164(text, defaultCountry.toUpperCase());
  if (e164 === undefined) {
    throw new SipgateIOValidationError(
      field,
      `is not a valid phone number (use E.164 such as +4915799912345, or a national number in ${defaultCountry}).`,
    );
  }
  return e164;
}

/**
 * Like {@link normalisePhoneNumber} but resolves to `true`/`false` instead of throwing. It is
 * asynchronous (the number plans load on first use, so importing the SDK stays cheap), and its
 * name says so: `if (isValidPhoneNumberAsync(x))` would always be true, so await it.
 *
 * @example
 * ```ts
 * if (await isValidPhoneNumberAsync('+4915799912345')) console.log('valid');
 * ```
 */
export async function isValidPhoneNumberAsync(value: unknown, defaultCountry = 'DE'): Promise<boolean> {
  try {
    await normalisePhoneNumber(value, 'phoneNumber', defaultCountry);
    return true;
  } catch (error) {
    if (error instanceof SipgateIOValidationError) return false;
    throw error;
  }
}
