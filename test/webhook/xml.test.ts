/**
 * The webhook XML serialiser replaced xml-js's `js2xml` for speed; its output must stay byte for
 * byte what the previous renderer (our escaping in front of xml-js) produced, for any tree of the
 * builders' compact form and any text.
 */
import * as fc from 'fast-check';
// xml-js's serializer, as the previous renderer used it: the oracle.

const js2xml = require('xml-js/lib/js2xml.js') as (js: unknown, options: Record<string, unknown>) => string;
import { renderXml, type CompactElement, type CompactNode } from '../../lib/webhook/xml';

const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const oldAttribute = (value: string): string =>
  value
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
const oldText = (value: string): string => value.replace(INVALID_XML_CHARS, '').replace(/&/g, '&amp;');

interface XmlElement {
  type: 'element' | 'text';
  name?: string;
  text?: string;
  attributes?: Record<string, string>;
  elements?: XmlElement[];
}
function oldElement(name: string, node: CompactNode): XmlElement {
  if (typeof node === 'string') return { type: 'element', name, elements: [{ type: 'text', text: oldText(node) }] };
  const element: XmlElement = { type: 'element', name, elements: [] };
  for (const [key, value] of Object.entries(node)) {
    if (key === '_attributes') {
      const attributes: Record<string, string> = {};
      for (const [attr, attrValue] of Object.entries(value as Record<string, unknown>)) {
        if (attrValue !== undefined && attrValue !== null) attributes[attr] = oldAttribute(String(attrValue));
      }
      element.attributes = attributes;
    } else if (key === '_text') {
      element.elements!.push({ type: 'text', text: oldText(String(value)) });
    } else if (Array.isArray(value)) {
      for (const child of value) element.elements!.push(oldElement(key, child));
    } else if (value !== undefined) {
      element.elements!.push(oldElement(key, value as CompactNode));
    }
  }
  if (element.elements!.length === 0) delete element.elements;
  return element;
}
const oldRender = (rootName: string, root: CompactElement): string =>
  js2xml(
    { declaration: { attributes: { version: '1.0', encoding: 'UTF-8' } }, elements: [oldElement(rootName, root)] },
    { spaces: 0 },
  );

// Text from everything that needs escaping or removal, and plain random strings.
const text = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        '&',
        'amp;',
        '&amp;',
        '<',
        '>',
        '"',
        "'",
        '\t',
        '\n',
        '\r',
        '\u0000',
        '\u000B',
        '\uD800',
        '\uDC00',
        '😀',
        '\uFFFE',
        'a',
        ' ',
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.join('')),
);
const name = fc.constantFrom('Dial', 'Number', 'Play', 'Url', 'Gather', 'Reject', 'Hangup', 'Voicemail');
const attributes = fc.dictionary(
  fc.constantFrom('reason', 'callerId', 'anonymous', 'maxDigits', 'onData'),
  fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(undefined)),
  { maxKeys: 3 },
);
const { element } = fc.letrec<{ element: CompactElement; node: CompactNode }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, text, tie('element')),
  element: fc
    .tuple(
      fc.option(attributes, { nil: undefined }),
      fc.option(text, { nil: undefined }),
      fc.dictionary(name, fc.oneof(tie('node'), fc.array(tie('node'), { maxLength: 3 })), { maxKeys: 3 }),
    )
    .map(([attrs, body, children]) => {
      const node: CompactElement = { ...children };
      if (attrs) node._attributes = attrs;
      if (body !== undefined) node._text = body;
      return node;
    }),
}));

describe('renderXml', () => {
  it('renders exactly what xml-js rendered, for any compact tree (property)', () => {
    fc.assert(
      fc.property(element, (root) => {
        expect(renderXml('Response', root)).toBe(oldRender('Response', root));
      }),
      { numRuns: 3_000 },
    );
  });

  it('renders empty elements self-closing and empty text as an open/close pair', () => {
    expect(renderXml('Response', { Dial: { Voicemail: {} }, Play: { Url: '' } })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Dial><Voicemail/></Dial><Play><Url></Url></Play></Response>',
    );
  });
});
