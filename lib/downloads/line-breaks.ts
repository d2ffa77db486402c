import LineBreaker from 'linebreak';

const LETTER = /\p{L}/u;
/** A letter or a digit: what CSS calls a typographic letter unit, inside which keep-all breaks no word. */
const LETTER_UNIT = /[\p{L}\p{N}]/u;

/** A piece of a line break pass: the text up to a break opportunity, and whether the break is forced (a newline). */
type Piece = { text: string; required: boolean };

/**
 * The break opportunities of Unicode's line breaking algorithm (UAX #14, the `linebreak`
 * package pdfkit itself uses), tailored as CSS `word-break: keep-all` tailors them: no break
 * between two letters or digits, so Korean breaks between words (LG이노텍, 2022년 and ESG경영
 * whole), as the web page sets it; and none after the hyphen of a compound (self-reliance),
 * which text extraction would take for a soft one.
 */
function piecesOf(text: string): Piece[] {
  const breaker = new LineBreaker(text);
  const pieces: Piece[] = [];
  let start = 0;
  let pending = '';
  for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
    const piece = pending + text.slice(start, found.position);
    start = found.position;
    const [before, after] = [text[found.position - 1] ?? '', text[found.position] ?? ''];
    const insideWord = !found.required && LETTER_UNIT.test(before) && LETTER_UNIT.test(after);
    // A line ending in "self-" reads to PDF text extraction (and copy) as a word split by hyphenation: "selfreliance".
    const insideCompound = !found.required && before === '-' && LETTER.test(text[found.position - 2] ?? '') && LETTER.test(after);
    if (insideWord || insideCompound) pending = piece;
    else {
      pieces.push({ text: piece, required: found.required });
      pending = '';
    }
  }
  return pieces;
}

/**
 * `text` set in lines no wider than `width` (as `measure` measures a piece of it): filled greedily
 * at the tailored break opportunities; a single word wider than a line (a long URL) is cut by
 * character. Each piece is measured once, and a line is as wide as its pieces, its last space
 * aside: that one stays, so the text a reader copies or a screen reader reads keeps the words on
 * either side of the break apart (a tagged PDF's word break needs it, PDF 1.7 §14.8.2.5).
 */
export function keepAllLines(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const close = () => {
    lines.push(line.replace(/\s+$/, ' '));
    line = '';
    lineWidth = 0;
  };
  for (const { text: piece, required } of piecesOf(text.replace(/\r?\n/g, '\n'))) {
    let rest = piece.replace(/\n$/, '');
    if (line && lineWidth + measure(rest.trimEnd()) > width) close();
    while (measure(rest.trimEnd()) > width && [...rest.trimEnd()].length > 1) {
      const characters = [...rest];
      let take = characters.length - 1;
      while (take > 1 && measure(characters.slice(0, take).join('')) > width) take--;
      line = characters.slice(0, take).join('');
      close();
      rest = characters.slice(take).join('');
    }
    line += rest;
    lineWidth += measure(rest);
    if (required) close();
  }
  if (line.trim()) close();
  return lines;
}
