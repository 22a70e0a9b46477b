/**
 * The webhook form parser must decode exactly as the URL Standard's
 * application/x-www-form-urlencoded parser does. The reference is `whatwg-url` (the standard's
 * reference implementation, used by jsdom), not Node's own URLSearchParams, which differs on
 * invalid UTF-8 next to raw non-ASCII text (`%ED%A0%80é` gives four U+FFFD instead of three and
 * an é): with our parser, Node, browsers and edge runtimes read a body identically.
 */
import * as fc from 'fast-check';
import { URLSearchParams as StandardURLSearchParams } from 'whatwg-url';
import { decodeFormPairs } from '../../lib/webhook/form';

// The URLSearchParams constructor drops a leading '?' (URL query convenience), which the body
// parser does not; a leading '&' is an empty sequence the parser skips, and disables that.
const reference = (body: string): Array<[string, string]> => [...new StandardURLSearchParams(`&${body}`)];

// Pieces that exercise every branch: separators, plus signs, valid and broken escapes, escaped
// multi-byte UTF-8 (whole and cut), invalid UTF-8, an escaped BOM, raw non-ASCII and lone surrogates.
const piece = fc.constantFrom(
  '&', '=', '+', '%', '%2', '%zz', '%41', '%2B', '%26', '%3D', '%C3%A9', '%C3', '%A9', '%E2%82%AC', '%F0%9F%98%80',
  '%FF', '%C0%AF', '?', '%ED%A0%80', '%EF%BB%BF', 'é', '😀', '\uD800', '\uDC00', 'a', 'Z', '0', '[', ']', 'user[]', ' ', '%20', '%00',
);
const body = fc.oneof(fc.array(piece, { maxLength: 24 }).map((parts) => parts.join('')), fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

describe('decodeFormPairs', () => {
  it('decodes like the URL Standard (property)', () => {
    fc.assert(
      fc.property(body, (text) => {
        expect(decodeFormPairs(text, 10_000)).toEqual(reference(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('decodes a typical webhook body', () => {
    expect(decodeFormPairs('event=newCall&from=492111234567&user%5B%5D=Alice+B%C3%A9&empty=&flag', 100)).toEqual([
      ['event', 'newCall'],
      ['from', '492111234567'],
      ['user[]', 'Alice Bé'],
      ['empty', ''],
      ['flag', ''],
    ]);
  });

  it('keeps what the spec keeps: broken escapes as text, invalid UTF-8 as U+FFFD, a leading escaped BOM', () => {
    expect(decodeFormPairs('a=%zz%2&b=%FF&c=%EF%BB%BFx', 100)).toEqual([
      ['a', '%zz%2'],
      ['b', '\uFFFD'],
      ['c', '\uFEFFx'],
    ]);
  });

  it('stops at the pair limit, with or without lone surrogates in the body', () => {
    expect(decodeFormPairs('a=1&b=2&c=3', 3)).toHaveLength(3);
    expect(decodeFormPairs('a=1&b=2&c=3&d=4', 3)).toBeUndefined();
    expect(decodeFormPairs('a=\uD800&b=2&c=3&d=4', 3)).toBeUndefined();
    expect(decodeFormPairs('&&&a=1&&', 1)).toEqual([['a', '1']]);
  });
});
