import { isValidPhoneNumberAsync, normalisePhoneNumber, SipgateIOValidationError } from '../../../lib';
import { validateExtension } from '../../../lib/core/internal/validate';

describe('phone numbers', () => {
  it.each([
    ['+4915799912345', '+4915799912345'],
    ['015799912345', '+4915799912345'],
    ['0157 999 12345', '+4915799912345'],
    ['+49 (211) 123-456', '+49211123456'],
    ['004921165432', '+4921165432'],
  ])('normalises %s to E.164', async (input, expected) => {
    await expect(normalisePhoneNumber(input, 'to')).resolves.toBe(expected);
  });

  it.each([
    ['(022) 12345', '+492212345'],
    ['(0221) 123456', '+49221123456'],
    ['0221/123456', '+49221123456'],
  ])('accepts the national form %s, as Google libphonenumber does (parentheses included)', async (input, expected) => {
    await expect(normalisePhoneNumber(input, 'to')).resolves.toBe(expected);
  });

  it.each(['12345', '1000', '+4912345', '+491000', '+491123456789'])(
    'refuses %s in DE, which has the length of a German number but no German number plan allows it',
    async (input) => {
      await expect(normalisePhoneNumber(input, 'to', 'DE')).rejects.toBeInstanceOf(SipgateIOValidationError);
    },
  );

  it('refuses input longer than Google reads (250 characters) in time that grows with the input only', async () => {
    const started = Date.now();
    await expect(normalisePhoneNumber('1'.repeat(100_000), 'to')).rejects.toBeInstanceOf(SipgateIOValidationError);
    await expect(normalisePhoneNumber('0'.repeat(251), 'to', 'AU')).rejects.toBeInstanceOf(SipgateIOValidationError);
    await expect(normalisePhoneNumber(`+${'9'.repeat(249)}`, 'to')).rejects.toBeInstanceOf(SipgateIOValidationError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reads the international call prefix of the default country, as Google libphonenumber does', async () => {
    await expect(normalisePhoneNumber('011 49 211 123456', 'to', 'US')).resolves.toBe('+49211123456');
    await expect(normalisePhoneNumber('0049 211 123456', 'to', 'DE')).resolves.toBe('+49211123456');
    // In the US 00 is no international prefix, so this is a national number there, and no valid one.
    await expect(normalisePhoneNumber('0049 211 123456', 'to', 'US')).rejects.toBeInstanceOf(SipgateIOValidationError);
  });

  it('reads only numbers with a calling code when the default country is none', async () => {
    await expect(normalisePhoneNumber('+49 30 1234567', 'to', 'XX')).resolves.toBe('+49301234567');
    for (const country of ['XX', 'constructor', '__proto__']) {
      await expect(normalisePhoneNumber('030 1234567', 'to', country)).rejects.toBeInstanceOf(SipgateIOValidationError);
    }
  });

  it('reads national numbers in the given default country', async () => {
    await expect(normalisePhoneNumber('020 7946 0018', 'to', 'GB')).resolves.toBe('+442079460018');
  });

  it.each(['', '   ', 'abc', '+49', '12', '+4915799912345678901', 'e0', '+1 555 CALL NOW', 42])(
    'rejects %p with a validation error naming the field',
    async (input) => {
      const error = await normalisePhoneNumber(input, 'recipient').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SipgateIOValidationError);
      expect((error as SipgateIOValidationError).field).toBe('recipient');
    },
  );

  it('answers booleans from isValidPhoneNumberAsync', async () => {
    await expect(isValidPhoneNumberAsync('+4915799912345')).resolves.toBe(true);
    await expect(isValidPhoneNumberAsync('nope')).resolves.toBe(false);
  });

  it('validates extensions by type', () => {
    expect(validateExtension('e14', 'deviceId', ['e', 'p'])).toBe('e14');
    expect(() => validateExtension('w0', 'deviceId', ['e', 'p'])).toThrow(/type e, p/);
    expect(() => validateExtension('e', 'deviceId', ['e'])).toThrow(SipgateIOValidationError);
    expect(() => validateExtension('E1', 'deviceId', ['e'])).toThrow(SipgateIOValidationError);
  });
});
