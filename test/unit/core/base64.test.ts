/**
 * One base64 shape check (lib/core/internal/base64.ts `isBase64`) serves the isomorphic decoder
 * and Node's webhook verifier, which decodes with Buffer for speed.
 */
import * as fc from 'fast-check';
import { base64ToBytes, bytesToBase64, isBase64 } from '../../../lib/core/internal/base64';

// RFC 4648 §4 written out as a grammar: whole quanta, then at most one padded quantum.
const PADDED_BASE64_GRAMMAR = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

describe('isBase64', () => {
  it.each(['aGk=', 'aGVsbG8=', 'AA==', 'AAAA', '+/+/'])('accepts %p', (text) => {
    expect(isBase64(text)).toBe(true);
  });

  it.each(['', 'aGk', 'aGk==', 'a===', '====', 'aG=k', ' aGk=', 'aGk=\n', 'aG-_', 'aGk=aGk='])('refuses %p', (text) => {
    expect(isBase64(text)).toBe(false);
  });

  it('accepts exactly the padded base64 grammar (non-empty)', () => {
    const nearBase64 = fc
      .array(fc.constantFrom('A', 'z', '0', '+', '/', '=', '-', ' '), { maxLength: 14 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(nearBase64, (text) => {
        expect(isBase64(text)).toBe(text !== '' && PADDED_BASE64_GRAMMAR.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('holds for every encoding, and the decoder reads it back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 40 }), (bytes) => {
        const encoded = bytesToBase64(bytes);
        expect(isBase64(encoded)).toBe(true);
        expect(base64ToBytes(` ${encoded} `)).toEqual(bytes);
      }),
    );
  });
});
