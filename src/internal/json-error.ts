/**
 * Where JSON text first goes wrong, for the engines whose JSON.parse does not say: WebKit (Safari)
 * answers "JSON Parse error: Expected '}'" with no position, Firefox words its line and column its
 * own way. JSON.parse still does the parsing; this only walks the grammar of RFC 8259 to the first
 * character that cannot continue it.
 */

/** Thrown inside the walk: `at` is the offending character's offset, or -1 for "ended too early". */
class Stop {
  constructor(readonly at: number) {}
}

const WHITESPACE = ' \t\n\r';
const DIGITS = '0123456789';
const HEX = '0123456789abcdefABCDEF';
const ESCAPES = '"\\/bfnrt';

/**
 * The offset of the first character of `text` that cannot be part of valid JSON, or undefined when
 * there is none: the text is valid, or valid as far as it goes and ends too early (as V8 says
 * "Unexpected end of JSON input", with no position).
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const peek = (): string => {
    if (i >= text.length) throw new Stop(-1);
    return text[i];
  };
  const fail = (): never => {
    throw new Stop(i);
  };
  const skipSpace = () => {
    while (i < text.length && WHITESPACE.includes(text[i])) i++;
  };
  const expect = (c: string) => (peek() === c ? i++ : fail());
  const digits = () => {
    if (!DIGITS.includes(peek())) fail();
    while (i < text.length && DIGITS.includes(text[i])) i++;
  };

  const string = () => {
    expect('"');
    for (;;) {
      const c = peek();
      if (c === '"') return void i++;
      if (c < ' ') fail();
      i++;
      if (c !== '\\') continue;
      const escape = peek();
      if (ESCAPES.includes(escape)) i++;
      else if (escape === 'u') {
        i++;
        for (let n = 0; n < 4; n++) {
          if (!HEX.includes(peek())) fail();
          i++;
        }
      } else fail();
    }
  };

  const number = () => {
    if (peek() === '-') i++;
    if (peek() === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (peek() === '+' || peek() === '-') i++;
      digits();
    }
  };

  const literal = (word: string) => {
    for (const c of word) expect(c);
  };

  /** The members of an object or the elements of an array, up to and including `close`. */
  const members = (close: string, member: () => void) => {
    i++;
    skipSpace();
    if (peek() === close) return void i++;
    for (;;) {
      member();
      skipSpace();
      if (peek() === close) return void i++;
      expect(',');
      skipSpace();
    }
  };

  const value = (): void => {
    skipSpace();
    const c = peek();
    if (c === '{')
      members('}', () => {
        string();
        skipSpace();
        expect(':');
        value();
      });
    else if (c === '[') members(']', value);
    else if (c === '"') string();
    else if (c === '-' || DIGITS.includes(c)) number();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else fail();
  };

  try {
    value();
    skipSpace();
    if (i < text.length) fail();
    return undefined;
  } catch (e) {
    // Anything else is the walk's own limit (a stack overflow on very deep nesting): no position.
    return e instanceof Stop && e.at >= 0 ? e.at : undefined;
  }
}
