// The parts of the `xliff` package (locize/xliff, no types of its own) this project uses.
declare module 'xliff' {
  /** Text, or an inline element keyed by its type (`Span` is <pc>, `Standalone` is <ph>). */
  export type XliffInline = string | Record<string, { id: string; contents?: XliffValue; [attribute: string]: unknown }>;
  export type XliffValue = string | XliffInline[];
  export type XliffUnit = { source: XliffValue; target?: XliffValue; note?: string };
  export type XliffDocument = { sourceLanguage: string; targetLanguage: string; resources: Record<string, Record<string, XliffUnit>> };
  const xliff: {
    js2xliff(document: XliffDocument, options?: { indent?: string }): Promise<string>;
    xliff2js(xml: string): Promise<XliffDocument>;
  };
  export default xliff;
}
