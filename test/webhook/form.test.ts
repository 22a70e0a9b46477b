/**
 * The webhook form parser must decode exactly as the URL Standard's
 * application/x-www-form-urlencoded parser does. The reference is `whatwg-url` (the standard's
 * reference implementation, used by jsdom), not Node's own URLSearchParams, which differs on
 * invalid UTF-8 next to raw non-ASCII text (`%ED%A0%80é` gives four U+FFFD instead of three and
 * an é): with our parser, Node, browsers and edge runtimes read a body identically.
 */
import * as fc from 'fast-check';
import { URLSearchParams as StandardURLSearchParams } from 'whatwg-url';
import { decodeFormGroups, toWellFormed } from '../../lib/webhook/form';

// The URLSearchParams constructor drops a leading '?' (URL query convenience), which the body
// parser does not; a leading '&' is an empty sequence the parser skips, and disables that.
const reference = (body: string): Array<[string, string]> => [...new StandardURLSearchParams(`&${body}`)];

// The webhook shape: values grouped, in order, by the decoded name before its first '['.
function referenceGroups(body: string): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const [key, value] of reference(body)) {
    const name = key.includes('[') ? key.slice(0, key.indexOf('[')) : key;
    groups.set(name, [...(groups.get(name) ?? []), value]);
  }
  return [...groups];
}

const decode = (body: string, maxPairs = 10_000): Array<[string, string[]]> | undefined => {
  const groups = decodeFormGroups(toWellFormed(body), maxPairs);
  return groups && [...groups];
};

// Pieces that exercise every branch: separators, plus signs, valid and broken escapes, escaped
// multi-byte UTF-8 (whole and cut), invalid UTF-8, an escaped BOM, raw non-ASCII and lone surrogates.
const piece = fc.constantFrom(
  '&',
  '=',
  '+',
  '%',
  '%2',
  '%zz',
  '%41',
  '%2B',
  '%26',
  '%3D',
  '%C3%A9',
  '%C3',
  '%A9',
  '%E2%82%AC',
  '%F0%9F%98%80',
  '%FF',
  '%C0%AF',
  '?',
  '%5B',
  '%5b',
  '%5D',
  '%5',
  'a%5B%5D',
  '+[',
  '+%5B',
  '%ED%A0%80',
  '%EF%BB%BF',
  'é',
  '😀',
  '\uD800',
  '\uDC00',
  'a',
  'Z',
  '0',
  '[',
  ']',
  'user[]',
  ' ',
  '%20',
  '%00',
);
const body = fc.oneof(
  fc.array(piece, { maxLength: 24 }).map((parts) => parts.join('')),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
);

describe('decodeFormGroups', () => {
  it('decodes like the URL Standard (property)', () => {
    fc.assert(
      fc.property(body, (text) => {
        expect(decode(text)).toEqual(referenceGroups(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('decodes a typical webhook body', () => {
    expect(
      decode(
        'event=newCall&from=492111234567&user%5B%5D=Alice+B%C3%A9&empty=&flag&user%5b0%5d=Carol&us%65r[]=Dan',
        100,
      ),
    ).toEqual([
      ['event', ['newCall']],
      ['from', ['492111234567']],
      ['user', ['Alice Bé', 'Carol', 'Dan']],
      ['empty', ['']],
      ['flag', ['']],
    ]);
  });

  it('keeps what the spec keeps: broken escapes as text, invalid UTF-8 as U+FFFD, a leading escaped BOM', () => {
    expect(decode('a=%zz%2&b=%FF&c=%EF%BB%BFx', 100)).toEqual([
      ['a', ['%zz%2']],
      ['b', ['\uFFFD']],
      ['c', ['\uFEFFx']],
    ]);
  });

  it('stops at the pair limit, with or without lone surrogates in the body', () => {
    expect(decode('a=1&b=2&c=3', 3)).toHaveLength(3);
    expect(decode('a=1&a=2&a=3', 3)).toEqual([['a', ['1', '2', '3']]]);
    expect(decode('a=1&b=2&c=3&d=4', 3)).toBeUndefined();
    expect(decode('a=\uD800&b=2&c=3&d=4', 3)).toBeUndefined();
    expect(decode('&&&a=1&&', 1)).toEqual([['a', ['1']]]);
  });

  it('reads pairs without "=" as empty values, however many come before one with a value', () => {
    const groups = decodeFormGroups(`${'a&'.repeat(999)}b=1`, 1_000);
    expect(groups?.get('a')).toHaveLength(999);
    expect(groups?.get('b')).toEqual(['1']);
  });
});
