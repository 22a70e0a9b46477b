/**
 * Reads the XML a webhook answered the call simulator with, using sax, the parser inside xml-js
 * (70 KB installed against xml-js's 440 KB). The tree is built as xml-js built it (whitespace-only
 * text between elements dropped, CDATA and comments not read as text, anything not well-formed
 * refused); test/webhook/simulator-xml-reader.test.ts holds it to xml-js.
 */

/** One element of a webhook's XML answer. */
export interface ParsedElement {
  name: string;
  attributes: Record<string, string>;
  children: ParsedElement[];
  /** The element's own text (not its children's), entities decoded; '' when it has none. */
  text: string;
}

/**
 * Parses `xml` into its root element; undefined when it is not well-formed XML or has no element.
 *
 * @example
 * ```ts
 * const root = await parseWebhookXml('<Response><Dial><Number>4915799912345</Number></Dial></Response>');
 * root?.children[0].name; // 'Dial'
 * ```
 */
export async function parseWebhookXml(xml: string): Promise<ParsedElement | undefined> {
  // sax is CommonJS written in a shape Node cannot read named exports from: in an ES module its
  // functions are on the default export only.
  const loaded = (await import('sax')) as typeof import('sax') & { default?: typeof import('sax') };
  const sax = typeof loaded.parser === 'function' ? loaded : (loaded.default as typeof import('sax'));
  // Strict, with sax's default entity table: what xml-js's parser amounted to (it replaced the
  // options only after construction, when sax had already chosen the table).
  const parser = sax.parser(true, {});
  const document: ParsedElement = { name: '', attributes: {}, children: [], text: '' };
  const open = [document];
  parser.onopentag = (tag) => {
    const element: ParsedElement = {
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
      text: '',
    };
    open[open.length - 1].children.push(element);
    open.push(element);
  };
  parser.onclosetag = () => {
    open.pop();
  };
  parser.ontext = (text) => {
    if (text.trim() !== '') open[open.length - 1].text += text;
  };
  // An error while writing means "not well-formed" (undefined), as inside xml-js (sax throws it
  // again from close()), so parsing stops at the first: left to go on, sax reports (and builds a
  // stack trace for) every further character; 1 MiB of text outside the root took 7 s. Errors
  // found by close() itself (an unclosed root) sax forgets, and so does this reader.
  let closing = false;
  parser.onerror = (error) => {
    if (!closing) throw error;
  };
  try {
    parser.write(xml);
    closing = true;
    parser.close();
  } catch {
    return undefined;
  }
  return document.children[0];
}
