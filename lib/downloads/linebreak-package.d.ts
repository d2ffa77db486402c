// The part of the `linebreak` package (foliojs, UAX #14; no types of its own) this project uses.
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity: the index the next piece starts at, and whether the break is forced. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
