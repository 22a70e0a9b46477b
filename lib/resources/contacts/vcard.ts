/**
 * vCard 4.0 (RFC 6350) encoding and decoding for contacts: escaping of `\` `,` `;` and newlines,
 * line folding at 75 octets on character boundaries, TYPE parameters, several numbers, emails,
 * addresses and organisations. Pure and isomorphic.
 */
import { SipgateIOValidationError } from '../../core/errors';
import type { Address, ContactResponse, ParsedVCard } from './contacts.types';

const CRLF = '\r\n';
const encoder = new TextEncoder();

/**
 * Escapes a text value (RFC 6350 §3.4).
 *
 * @example
 * ```ts
 * escapeVCardText('Smith, John; Jr.'); // 'Smith\\, John\\; Jr.'
 * ```
 */
export function escapeVCardText(value: string): string {
  return String(value ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function unescapeVCardText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/**
 * Folds a content line to at most 75 octets per line, never splitting a UTF-8 character.
 *
 * @example
 * ```ts
 * foldLine(`NOTE:${'x'.repeat(100)}`); // two lines joined by CRLF + space
 * ```
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // continuation lines start with a space
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function typeParam(types: string[]): string {
  const clean = types
    .filter((t) => typeof t === 'string')
    .map((t) => t.toLowerCase().replace(/[^a-z0-9-]/g, ''))
    .filter(Boolean);
  return clean.length > 0 ? `;TYPE=${clean.join(',')}` : '';
}

function structured(values: Array<string | undefined>): string {
  return values.map((v) => escapeVCardText(v ?? '')).join(';');
}

/** Splits a display name into given and family name (last word = family name). */
function splitName(name: string): { given: string; family: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { given: '', family: words[0] ?? '' };
  return { given: words.slice(0, -1).join(' '), family: words[words.length - 1] };
}

/**
 * Encodes a contact as one vCard 4.0.
 *
 * @example
 * ```ts
 * const card = contactToVCard({ id: '1', name: 'Ada Lovelace', numbers: [{ number: '+49211', type: ['cell'] }], emails: [], addresses: [], organization: [], picture: null, scope: 'PRIVATE' });
 * ```
 */
export function contactToVCard(
  contact: Pick<ContactResponse, 'name' | 'numbers' | 'emails' | 'addresses' | 'organization'>,
): string {
  // Data from the network may lack fields: skip entries without a value rather than fail the export.
  const present = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
  const name = typeof contact.name === 'string' ? contact.name : '';
  const { given, family } = splitName(name);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escapeVCardText(name)}`,
    `N:${structured([family, given, '', '', ''])}`,
  ];
  for (const number of contact.numbers ?? []) {
    if (present(number?.number))
      lines.push(
        `TEL${typeParam(Array.isArray(number.type) ? number.type : [])};VALUE=text:${escapeVCardText(number.number)}`,
      );
  }
  for (const email of contact.emails ?? []) {
    if (present(email?.email))
      lines.push(`EMAIL${typeParam(Array.isArray(email.type) ? email.type : [])}:${escapeVCardText(email.email)}`);
  }
  for (const a of (contact.addresses ?? []).filter((address) => address && typeof address === 'object')) {
    lines.push(
      `ADR:${structured([a.poBox, a.extendedAddress, a.streetAddress, a.locality, a.region, a.postalCode, a.country])}`,
    );
  }
  for (const org of contact.organization ?? [])
    if (Array.isArray(org) && org.length > 0) lines.push(`ORG:${structured(org)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

interface ContentLine {
  name: string;
  /** The TYPE parameter's values, the only parameter the reader uses. */
  types: string[];
  value: string;
}

/**
 * Splits on `sep` outside double quotes into at most `limit` parts (the last keeps the rest).
 * Cuts slices between separators: one pass, whatever the number of parts.
 */
function splitOutsideQuotes(text: string, sep: string, limit = Infinity): string[] {
  const parts: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length && parts.length < limit - 1; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === sep && !quoted) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * Splits a structured value on unescaped `;` and unescapes each component. Cuts slices rather
 * than adding a character at a time, which builds a chain of string pieces as long as the value.
 */
function splitStructured(value: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i];
    if (char === '\\')
      i += 1; // the escaped character is part of the component
    else if (char === ';') {
      parts.push(unescapeVCardText(value.slice(from, i)));
      from = i + 1;
    }
  }
  parts.push(unescapeVCardText(value.slice(from)));
  return parts;
}

function parseLine(line: string): ContentLine | undefined {
  const [head, value] = splitOutsideQuotes(line, ':', 2);
  if (value === undefined) return undefined;
  const [rawName, ...rawParams] = splitOutsideQuotes(head, ';');
  const name = rawName.replace(/^.*\./, '').toUpperCase(); // drop a group prefix (item1.TEL)
  // Appended in place: copying the list for every parameter made `TEL;a;a;a;…` quadratic (#26).
  const types: string[] = [];
  for (const param of rawParams) {
    const equals = param.indexOf('=');
    const key = equals === -1 ? param : param.slice(0, equals);
    const raw = equals === -1 ? '' : param.slice(equals + 1);
    if (raw === '') {
      // vCard 3 style bare types (TEL;CELL:…) count as TYPE.
      if (key !== '') types.push(key);
    } else if (key.toUpperCase() === 'TYPE') {
      for (const quoted of splitOutsideQuotes(raw, ',')) {
        for (const type of quoted.replace(/^"|"$/g, '').split(',')) if (type !== '') types.push(type);
      }
    }
  }
  return { name, types, value };
}

function types(line: ContentLine): string[] {
  return line.types.map((t) => t.toLowerCase()).filter((t) => t !== 'pref' && t !== 'internet' && t !== 'voice');
}

/**
 * Decodes every vCard in a text (vCard 4.0; 3.0 cards are read as far as they agree).
 *
 * @throws {SipgateIOValidationError} when there is no card, or a card has no name or number.
 * @example
 * ```ts
 * const [ada] = parseVCards('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\nTEL:+49211\r\nEND:VCARD\r\n');
 * ```
 */
export function parseVCards(text: string): ParsedVCard[] {
  if (typeof text !== 'string') throw new SipgateIOValidationError('vcardContent', 'must be a string.');
  const unfolded = text.replace(/^\uFEFF/, '').replace(/\r?\n[ \t]/g, '');
  const cards: ParsedVCard[] = [];
  let current: ContentLine[] | undefined;
  for (const rawLine of unfolded.split(/\r?\n|\r/)) {
    if (rawLine.trim() === '') continue;
    const line = parseLine(rawLine);
    if (!line) continue;
    if (line.name === 'BEGIN' && line.value.toUpperCase() === 'VCARD') current = [];
    else if (line.name === 'END' && line.value.toUpperCase() === 'VCARD' && current) {
      cards.push(toParsedCard(current, cards.length));
      current = undefined;
    } else current?.push(line);
  }
  if (cards.length === 0)
    throw new SipgateIOValidationError('vcardContent', 'contains no BEGIN:VCARD … END:VCARD block.');
  return cards;
}

function toParsedCard(lines: ContentLine[], index: number): ParsedVCard {
  const field = `vcardContent[${index}]`;
  const version = lines.find((l) => l.name === 'VERSION')?.value.trim();
  if (version && version !== '4.0' && version !== '3.0')
    throw new SipgateIOValidationError(field, `has unsupported VERSION ${version}; use vCard 4.0.`);
  const fn = lines.find((l) => l.name === 'FN');
  const n = lines.find((l) => l.name === 'N');
  const [family = '', given = ''] = n ? splitStructured(n.value) : [];
  const name = fn ? unescapeVCardText(fn.value).trim() : [given, family].filter(Boolean).join(' ');
  if (name === '') throw new SipgateIOValidationError(field, 'has no name (FN or N).');
  const numbers = lines
    .filter((l) => l.name === 'TEL')
    .map((l) => ({ number: unescapeVCardText(l.value).replace(/^tel:/i, '').trim(), type: types(l) }))
    .filter((num) => num.number !== '');
  if (numbers.length === 0) throw new SipgateIOValidationError(field, 'has no phone number (TEL).');
  const addresses: Address[] = lines
    .filter((l) => l.name === 'ADR')
    .map((l) => {
      const [poBox, extendedAddress, streetAddress, locality, region, postalCode, country] = splitStructured(l.value);
      return { poBox, extendedAddress, streetAddress, locality, region, postalCode, country };
    });
  return {
    name,
    family: family || splitName(name).family,
    given: given || splitName(name).given,
    numbers,
    emails: lines
      .filter((l) => l.name === 'EMAIL')
      .map((l) => ({ email: unescapeVCardText(l.value).trim(), type: types(l) })),
    addresses,
    organization: lines.filter((l) => l.name === 'ORG').map((l) => splitStructured(l.value)),
  };
}
