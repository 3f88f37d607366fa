// Splits a value's text into number, word and symbol tokens, and the cursor every reader of the value walks them with.

type Token = { kind: 'num' | 'word' | 'sym'; text: string };

/** Folds the many ways of typing the same thing (dashes, ×, "per cent", "US$") onto one spelling. */
const normalize = (text: string): string =>
  text
    // "23.4pc" is British and Indian papers' per cent, written in lower case after a figure; "40 PC" counts computers.
    .replace(/(\d) ?pc\b/g, '$1 percent')
    .toLowerCase()
    .replace(/[\u00a0\u2007\u2009\u202f]/g, ' ')
    .replace(/[\u2010-\u2015\u2212\ufe63\uff0d]/g, '-')
    .replace(/\u00d7/g, 'x')
    .replace(/\bper\s+cent\b/g, 'percent')
    // "3 million-plus users" is three million or more, not a range to a second figure.
    .replace(/(\w)-plus\b/g, '$1 plus')
    .replace(/\bus\s*\$/g, '$');

/** Digits grouped in thousands ("12,345"), in the Indian way ("2,41,870", "1,23,456": lakhs and crores), or not at all. */
const TOKEN = /\s+|((?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?|\.\d+)|([a-z]+)|([^\s\da-z])/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (match = TOKEN.exec(text)) !== null) {
    const [, num, word, sym] = match;
    if (num !== undefined) tokens.push({ kind: 'num', text: num.replace(/,/g, '') });
    else if (word !== undefined) tokens.push({ kind: 'word', text: word });
    else if (sym !== undefined) tokens.push({ kind: 'sym', text: sym });
  }
  // A full stop after a word is an abbreviation ("approx.", "c."), and one at the very end closes a sentence.
  return tokens.filter((token, i) => {
    if (token.text !== '.' || token.kind !== 'sym') return true;
    return i === tokens.length - 1 ? false : tokens[i - 1]?.kind !== 'word';
  });
}

const splitPhrases = new Map<string, readonly string[]>();

/** A phrase's words, split once: phrases are a fixed vocabulary, and splitting per attempt dominated value parsing. */
function wordsOf(phrase: string): readonly string[] {
  let parts = splitPhrases.get(phrase);
  if (!parts) splitPhrases.set(phrase, (parts = phrase.split(' ')));
  return parts;
}

const sortedTables = new WeakMap<ReadonlyArray<readonly [string, unknown]>, ReadonlyArray<readonly [readonly string[], unknown]>>();

/** A phrase table split and ordered longest first (stable among equals), once per table rather than on every lookup. */
function longestFirst<T>(phrases: ReadonlyArray<readonly [string, T]>): ReadonlyArray<readonly [readonly string[], T]> {
  let sorted = sortedTables.get(phrases) as ReadonlyArray<readonly [readonly string[], T]> | undefined;
  if (!sorted) {
    sorted = phrases.map(([phrase, meaning]) => [wordsOf(phrase), meaning] as const).sort((a, b) => b[0].length - a[0].length);
    sortedTables.set(phrases, sorted);
  }
  return sorted;
}

/** A cursor over tokens; every `take*` either consumes what it matched or leaves the position untouched. */
export class Tokens {
  pos = 0;
  constructor(private readonly items: readonly Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.items[this.pos + offset];
  }

  get done(): boolean {
    return this.pos >= this.items.length;
  }

  /** Consumes a phrase such as "more than"; a hyphen may join two of its words ("run-rate", "three-fold"). */
  take(phrase: string): boolean {
    return this.takeParts(wordsOf(phrase));
  }

  private takeParts(parts: readonly string[]): boolean {
    let i = this.pos;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      if (k > 0 && this.items[i]?.text === '-' && parts[k - 1] !== '-' && part !== '-') i += 1;
      if (this.items[i]?.text !== part) return false;
      i += 1;
    }
    this.pos = i;
    return true;
  }

  /** Consumes the longest of the phrases that matches here. */
  takeAny<T>(phrases: ReadonlyArray<readonly [string, T]>): T | null {
    for (const [parts, meaning] of longestFirst(phrases)) if (this.takeParts(parts)) return meaning;
    return null;
  }

  word(offset = 0): string | null {
    const token = this.peek(offset);
    return token?.kind === 'word' ? token.text : null;
  }
}

/** The cursor at the start of the text, normalised the one way both the value and the cardinal readers expect. */
export const tokensOf = (text: string): Tokens => new Tokens(tokenize(normalize(text)));
