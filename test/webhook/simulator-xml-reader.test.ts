/**
 * The call simulator reads webhook answers with sax instead of xml-js (which wraps sax and was a
 * dependency only for that). The tree must be what the previous reader built with xml-js, for
 * well-formed and malformed documents alike: xml-js is the oracle here.
 */
import * as fc from 'fast-check';
import { xml2js } from 'xml-js';
import { parseWebhookXml, type ParsedElement } from '../../lib/webhook/simulator/xml-reader';
import { renderWebhookResponse, WebhookResponseBuilders as WebhookResponse } from '../../lib/webhook/reply-builders';

const ONE_MIB = 1024 * 1024;

// The simulator's previous reader, verbatim in behaviour: xml-js's element tree, converted.
function readWithXmlJs(xml: string): ParsedElement | undefined {
  type Raw = {
    type?: string;
    name?: string;
    attributes?: Record<string, string>;
    elements?: Raw[];
    text?: string | number;
  };
  const convert = (raw: Raw): ParsedElement => ({
    name: raw.name ?? '',
    attributes: raw.attributes ?? {},
    children: (raw.elements ?? []).filter((e) => e.type === 'element').map(convert),
    text: (raw.elements ?? [])
      .filter((e) => e.type === 'text')
      .map((e) => String(e.text))
      .join(''),
  });
  try {
    const document = xml2js(xml, { compact: false }) as Raw;
    const root = (document.elements ?? []).find((e) => e.type === 'element');
    return root ? convert(root) : undefined;
  } catch {
    return undefined;
  }
}

const name = fc.constantFrom(
  'Response',
  'Dial',
  'Number',
  'Play',
  'Url',
  'Gather',
  'Reject',
  'Hangup',
  'Voicemail',
  'x-y',
  'a:b',
);
const textPiece = fc.oneof(
  fc.constantFrom(
    ' ',
    '\n  ',
    '\t',
    '&amp;',
    '&lt;',
    '&gt;',
    '&quot;',
    '&apos;',
    '&#65;',
    '&#x42;',
    '&nbsp;',
    '&unknown;',
    '&',
    '<',
    '>',
    ']]>',
    '"',
  ),
  fc.string({ maxLength: 8 }),
);
const text = fc.array(textPiece, { maxLength: 4 }).map((parts) => parts.join(''));
const attributeValue = fc
  .array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('&amp;', '&lt;', '&#10;', '\n', '&bogus;')), {
    maxLength: 3,
  })
  .map((parts) => parts.join('').replace(/"/g, '&quot;'));
const attributes = fc
  .uniqueArray(
    fc.tuple(fc.constantFrom('callerId', 'anonymous', 'onData', 'maxDigits', 'timeout', 'reason'), attributeValue),
    { selector: ([key]) => key, maxLength: 3 },
  )
  .map((pairs) => pairs.map(([key, value]) => ` ${key}="${value}"`).join(''));

const { element } = fc.letrec<{ element: string; node: string }>((tie) => ({
  element: fc
    .tuple(name, attributes, fc.array(tie('node'), { maxLength: 4 }))
    .map(([tag, attrs, children]) =>
      children.length === 0 ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${children.join('')}</${tag}>`,
    ),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    tie('element'),
    fc.constantFrom('<!-- a comment -->', '<![CDATA[ raw <text> & ]]>', '<?pi data?>'),
  ),
}));
const prolog = fc.constantFrom(
  '',
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<?xml version="1.0"?>\n',
  '<!DOCTYPE Response>',
  ' \n',
);
const document = fc
  .tuple(prolog, element, fc.constantFrom('', '\n', ' trailing', '<Extra/>'))
  .map(([head, root, tail]) => head + root + tail);
// Damaged documents: cut short, or with a character inserted or removed somewhere.
const damaged = fc
  .tuple(
    document,
    fc.nat(),
    fc.constantFrom('cut', 'insert', 'remove'),
    fc.constantFrom('<', '>', '&', '"', '/', 'x', ' '),
  )
  .map(([xml, at, how, char]) => {
    const i = xml.length === 0 ? 0 : at % xml.length;
    if (how === 'cut') return xml.slice(0, i);
    if (how === 'insert') return xml.slice(0, i) + char + xml.slice(i);
    return xml.slice(0, i) + xml.slice(i + 1);
  });

describe('parseWebhookXml (the call simulator reading a webhook answer)', () => {
  it("reads what the SDK's own response builders write", async () => {
    const xml = renderWebhookResponse(
      WebhookResponse.redirectCall({ numbers: ['+4915799912345', '4921100000000'], anonymous: true }),
      { onHangup: 'https://example.com/hangup' },
    );
    expect(await parseWebhookXml(xml)).toEqual({
      name: 'Response',
      attributes: { onHangup: 'https://example.com/hangup' },
      text: '',
      children: [
        {
          name: 'Dial',
          attributes: { anonymous: 'true' },
          text: '',
          children: [
            { name: 'Number', attributes: {}, children: [], text: '+4915799912345' },
            { name: 'Number', attributes: {}, children: [], text: '4921100000000' },
          ],
        },
      ],
    });
  });

  it('refuses what is not well-formed, and gives undefined for no element at all', async () => {
    for (const xml of ['', '   ', 'plain text', '<Response></Dial>', '<a>&unknown;</a>', '<a b=c/>']) {
      expect(await parseWebhookXml(xml)).toBeUndefined();
    }
  });

  it('stays as lenient as xml-js was where sax lets a document through (an unclosed root, a second root)', async () => {
    const response = { name: 'Response', attributes: {}, children: [], text: '' };
    expect(await parseWebhookXml('<Response>')).toEqual(response);
    expect(await parseWebhookXml('<Response/><Response/>')).toEqual(response);
  });

  it('builds the tree xml-js built, for any generated document (property)', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (xml) => {
        expect(await parseWebhookXml(xml)).toEqual(readWithXmlJs(xml));
      }),
      { numRuns: 600 },
    );
  });

  it('refuses or reads damaged documents exactly as xml-js did (property)', async () => {
    await fc.assert(
      fc.asyncProperty(damaged, async (xml) => {
        expect(await parseWebhookXml(xml)).toEqual(readWithXmlJs(xml));
      }),
      { numRuns: 600 },
    );
  });

  it("a 1 MiB answer (the simulator's bound) that is not XML is given up at its first error, not after one error per character", async () => {
    // sax reports every character outside the root element as an error; the reader stops at the first.
    for (const garbage of ['x'.repeat(ONE_MIB), `<Response/>${'x'.repeat(ONE_MIB - 11)}`]) {
      const started = performance.now();
      expect(await parseWebhookXml(garbage)).toBeUndefined();
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});
