/**
 * The one place where webhook XML is rendered and escaped. The documents are tiny and their
 * shape is fixed (the builders' compact form), so they are serialised directly: xml-js's
 * `js2xml` spent most of its ~8 µs per answer re-validating its options. The output is byte for
 * byte xml-js's (property-tested against it; xml-js stays a development dependency as the oracle).
 */

/** Characters XML 1.0 cannot carry at all; they are removed. */

const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NEEDS_WORK = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// Tabs and line breaks as character references: a parser would normalise them to spaces.
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function escapeText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(INVALID_XML_CHARS, '').replace(/[&<>]/g, (char) => TEXT_ESCAPES[char]);
}

function escapeAttribute(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(INVALID_XML_CHARS, '').replace(/[&<>"\t\n\r]/g, (char) => ATTRIBUTE_ESCAPES[char]);
}

/** An XML element in the compact form the response builders produce (xml-js's compact shape). */
export interface CompactElement {
  _attributes?: Record<string, string | number | boolean | undefined>;
  _text?: string;
  [child: string]: CompactNode | CompactNode[] | CompactElement['_attributes'];
}
/** An element, or an element's text content. */
export type CompactNode = CompactElement | string;

/** Names already checked: a server renders the same few (`Response`, `Dial`, `Number`…) over and over. */
const GOOD_NAMES = new Set<string>();
// The ASCII part of XML's Name production: sipgate's vocabulary needs no more.
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Throws for a name XML cannot carry (a handler returned an array, or an object keyed by text): malformed XML must never be sent. */
function checkName(name: string, what: string): void {
  if (GOOD_NAMES.has(name)) return;
  if (!XML_NAME.test(name))
    throw new TypeError(
      `The webhook reply has an ${what} name XML cannot carry; return a WebhookResponse builder's result.`,
    );
  if (GOOD_NAMES.size < 256) GOOD_NAMES.add(name);
}

function renderElement(name: string, node: CompactNode): string {
  checkName(name, 'element');
  if (typeof node === 'string') return `<${name}>${escapeText(node)}</${name}>`;
  let attributes = '';
  let children = '';
  let empty = true;
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (key === '_attributes') {
      const entries = value as Record<string, unknown>;
      for (const attribute of Object.keys(entries)) {
        const attributeValue = entries[attribute];
        checkName(attribute, 'attribute');
        if (attributeValue !== undefined && attributeValue !== null)
          attributes += ` ${attribute}="${escapeAttribute(String(attributeValue))}"`;
      }
    } else if (key === '_text') {
      children += escapeText(String(value));
      empty = false;
    } else if (Array.isArray(value)) {
      for (const child of value) {
        children += renderElement(key, child);
        empty = false;
      }
    } else if (value !== undefined) {
      children += renderElement(key, value as CompactNode);
      empty = false;
    }
  }
  return empty ? `<${name}${attributes}/>` : `<${name}${attributes}>${children}</${name}>`;
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** Renders one root element with an XML declaration. */
export function renderXml(rootName: string, root: CompactElement): string {
  return DECLARATION + renderElement(rootName, root);
}
