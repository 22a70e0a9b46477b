import {
  isValidPhoneNumberAsync,
  normalisePhoneNumber,
  SipgateIOValidationError,
} from '../../../lib';
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
