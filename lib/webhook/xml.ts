/**
 * The one place where webhook XML is rendered and escaped. Uses xml-js's serializer only (its
 * `js2xml` part; the parser and its sax dependency are not loaded).
 *
 * xml-js escapes attribute values only for `"`, and in text it first turns `&amp;` back into `&`
 * before escaping. We pre-escape exactly what it leaves, so every caller-controlled string
 * arrives in the XML as itself and can never add markup.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
import js2xml from 'xml-js/lib/js2xml.js';

/** Characters XML 1.0 cannot carry at all; they are removed. */
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function attributeValue(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
  // `"` is escaped by xml-js itself.
}

function textValue(value: string): string {
  // xml-js turns `&amp;` into `&` and then escapes & < >; doubling & first makes that lossless.
  return value.replace(INVALID_XML_CHARS, '').replace(/&/g, '&amp;');
}

/** An XML element in the compact form the response builders produce (xml-js's compact shape). */
export interface CompactElement {
  _attributes?: Record<string, string | number | boolean | undefined>;
  _text?: string;
  [child: string]: CompactNode | CompactNode[] | CompactElement['_attributes'];
}
export type CompactNode = CompactElement | string;

interface XmlElement {
  type: 'element' | 'text';
  name?: string;
  text?: string;
  attributes?: Record<string, string>;
  elements?: XmlElement[];
}

function toElement(name: string, node: CompactNode): XmlElement {
  if (typeof node === 'string') return { type: 'element', name, elements: [{ type: 'text', text: textValue(node) }] };
  const element: XmlElement = { type: 'element', name, elements: [] };
  for (const [key, value] of Object.entries(node)) {
    if (key === '_attributes') {
      const attributes: Record<string, string> = {};
      for (const [attr, attrValue] of Object.entries(value as Record<string, unknown>)) {
        if (attrValue !== undefined && attrValue !== null) attributes[attr] = attributeValue(String(attrValue));
      }
      element.attributes = attributes;
    } else if (key === '_text') {
      element.elements!.push({ type: 'text', text: textValue(String(value)) });
    } else if (Array.isArray(value)) {
      for (const child of value) element.elements!.push(toElement(key, child as CompactNode));
    } else if (value !== undefined) {
      element.elements!.push(toElement(key, value as CompactNode));
    }
  }
  if (element.elements!.length === 0) delete element.elements;
  return element;
}

/** Renders one root element with an XML declaration. */
export function renderXml(rootName: string, root: CompactElement): string {
  const document = {
    declaration: { attributes: { version: '1.0', encoding: 'UTF-8' } },
    elements: [toElement(rootName, root)],
  };
  return (js2xml as (js: unknown, options: Record<string, unknown>) => string)(document, { spaces: 0 });
}
