// xml-js ships types for its entry point only; the serializer is imported on its own so that
// the parser (and its sax dependency) is never loaded.
declare module 'xml-js/lib/js2xml.js' {
  const js2xml: (js: unknown, options?: Record<string, unknown>) => string;
  export default js2xml;
}
