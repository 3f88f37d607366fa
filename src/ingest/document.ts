// Reads article text with wink-nlp into tokens and sentences carrying offsets into the original text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  index: number;
  /** Exactly as written. */
  text: string;
  /** Lower-cased. */
  normal: string;
  lemma: string;
  /** Universal part of speech, e.g. PROPN, VERB, NUM. */
  pos: string;
  /** wink's token type: word, number, punctuation, currency, symbol, ... */
  type: string;
  /** Offsets into the original text: text.slice(start, end) === token.text. */
  start: number;
  end: number;
  sentence: number;
}

export interface Sentence {
  index: number;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface ArticleDocument {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

type Wink = ReturnType<typeof winkNLP>;

// The model takes a moment to load: once per process, on first use.
let nlp: Wink | null = null;
/** wink numbers lexicon entries first; a word it has never seen gets the next id past the lexicon's end. */
let lexiconSize = 0;

/** One `its` column of a text's tokens (wink's typings do not cover every helper, e.g. lemma). */
function column(wink: Wink, text: string, helper: 'lemma' | 'uniqueId'): unknown[] {
  const doc = wink.readDoc(text);
  return doc.tokens().out(wink.its[helper] as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as unknown[];
}

function reader(): Wink {
  if (!nlp) {
    nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
    // Read before any other unknown word takes an id: the first unknown id is the lexicon's size.
    lexiconSize = Number(column(nlp, 'zqxjvkwqzx', 'uniqueId')[0]);
  }
  return nlp;
}

/**
 * Locates each token in the original text. wink keeps whitespace apart from tokens, so the offset is found by
 * searching from where the previous token ended; that survives any normalisation wink might do to spacing.
 */
function locate(text: string, values: string[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  for (const value of values) {
    let start = text.indexOf(value, cursor);
    if (start < 0) start = cursor;
    const end = Math.min(text.length, start + value.length);
    spans.push({ start, end });
    cursor = end;
  }
  return spans;
}

/** A break wink made inside a name ("GPT-5." + "3-Codex"): no space follows the full stop. */
const gluedBreak = (text: string, previousEnd: number, nextStart: number): boolean => nextStart === previousEnd && /\S/.test(text[nextStart] ?? '');

/** A line break that ends a headline, dateline or list item, which carries no full stop of its own. */
function lineBreakEndsSentence(text: string, tokens: readonly Token[], next: Token, lineStart: number): boolean {
  const gap = text.slice(tokens[next.index - 1]?.end ?? 0, next.start);
  if (!gap.includes('\n')) return false;
  if (/\n\s*\n/.test(gap)) return true;
  const previous = tokens[next.index - 1];
  // A short line, or the article's first with a byline under it (a headline, however long), that ends without a stop
  // is a line of its own.
  const shortLine = next.index - lineStart <= 12 || (lineStart === 0 && next.normal === 'by');
  return shortLine && previous !== undefined && !/[.!?:;,]$/.test(previous.text) && /^\p{Lu}/u.test(next.text);
}

/** wink reads "€30m." as an abbreviation; a sentence-opening word after it ("It", "The") shows the stop ended a sentence. */
const OPENER_POS = new Set(['PRON', 'DET', 'CCONJ', 'ADV', 'SCONJ', 'ADP', 'AUX']);
/** "£312m.", "3.6p.", "$5bn.", "use 4G.": a unit's letters glued to a figure, with a stop no sentence goes on after. */
const UNIT_WITH_STOP = /^(?:m|mn|bn|b|k|tn|p|g)\.$/i;
const figureWithStop = (tokens: readonly Token[], previous: Token): boolean => {
  const number = tokens[previous.index - 1];
  return UNIT_WITH_STOP.test(previous.text) && number !== undefined && number.end === previous.start && /\d$/.test(number.text);
};
/** "… in a Series A. \"Customs is …": a round's letter with the sentence's stop on it, which no name goes on after. */
const roundLetterWithStop = (tokens: readonly Token[], previous: Token): boolean => /^[A-H]\.$/.test(previous.text) && tokens[previous.index - 1]?.text === 'Series';
const abbreviationEndsSentence = (tokens: readonly Token[], previous: Token | undefined, token: Token): boolean =>
  previous !== undefined &&
  /\p{L}\.$/u.test(previous.text) &&
  ((/^\p{Lu}\p{Ll}/u.test(token.text) && (OPENER_POS.has(token.pos) || figureWithStop(tokens, previous) || roundLetterWithStop(tokens, previous))) ||
    (/^["“]$/.test(token.text) && roundLetterWithStop(tokens, previous)));

/** Sentence boundaries: wink's, minus glued ones, plus paragraph and headline breaks. */
function sentenceStarts(text: string, tokens: readonly Token[], winkStarts: ReadonlySet<number>): number[] {
  const starts: number[] = [];
  let lineStart = 0;
  for (const token of tokens) {
    const previous = tokens[token.index - 1];
    const atLine = previous !== undefined && text.slice(previous.end, token.start).includes('\n');
    const isStart =
      token.index === 0 ||
      (winkStarts.has(token.index) && !gluedBreak(text, previous?.end ?? 0, token.start)) ||
      lineBreakEndsSentence(text, tokens, token, lineStart) ||
      (previous !== undefined && previous.end < token.start && abbreviationEndsSentence(tokens, previous, token));
    if (atLine) lineStart = token.index;
    if (isStart) starts.push(token.index);
  }
  return starts;
}

/**
 * wink's tokenizer slows down sharply on very long runs without a space (base64, minified code, a padded file).
 * Such runs carry no figures or names; they are read as spaces of the same length, so offsets stay exact.
 */
const LONGEST_WORD = 64;
const readable = (text: string): string => text.replace(new RegExp(`\\S{${LONGEST_WORD},}`, 'g'), (run) => ' '.repeat(run.length));

export function readArticle(text: string): ArticleDocument {
  const doc = reader().readDoc(readable(text));
  const its = reader().its;
  // wink's typings do not cover every `its` helper (lemma); each of these is a string per token.
  const column = (helper: unknown): string[] => doc.tokens().out(helper as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[];
  const values = doc.tokens().out();
  const normals = column(its.normal);
  const lemmas = column(its.lemma);
  const pos = column(its.pos);
  const types = column(its.type);
  const spans = locate(text, values);
  // Line breaks come back as tokens of their own; they carry nothing, and dropping them keeps neighbours adjacent.
  const kept = values.map((_, index) => index).filter((index) => values[index]!.trim() !== '');
  const tokens: Token[] = kept.map((winkIndex, index) => ({
    index,
    text: text.slice(spans[winkIndex]!.start, spans[winkIndex]!.end),
    normal: normals[winkIndex] ?? values[winkIndex]!.toLowerCase(),
    lemma: lemmas[winkIndex] ?? values[winkIndex]!.toLowerCase(),
    pos: pos[winkIndex] ?? 'X',
    type: types[winkIndex] ?? 'word',
    start: spans[winkIndex]!.start,
    end: spans[winkIndex]!.end,
    sentence: 0,
  }));
  retagMovementVerbs(tokens);
  const ourIndex = new Map(kept.map((winkIndex, index) => [winkIndex, index] as const));
  const winkStarts = new Set<number>();
  doc.sentences().each((sentence: { out(helper: unknown): unknown }) => {
    const [first] = sentence.out(its.span) as unknown as number[];
    // A sentence wink starts on a line break starts at the next kept token.
    for (let i = first ?? -1; i >= 0 && i < values.length; i++) {
      const index = ourIndex.get(i);
      if (index !== undefined) {
        winkStarts.add(index);
        break;
      }
    }
  });
  const starts = sentenceStarts(text, tokens, winkStarts);
  const sentences: Sentence[] = starts.map((first, index) => {
    const last = (starts[index + 1] ?? tokens.length) - 1;
    for (let i = first; i <= last; i++) tokens[i]!.sentence = index;
    return { index, first, last, start: tokens[first]!.start, end: tokens[last]!.end };
  });
  return { text, tokens, sentences };
}

/** Past forms of a movement that are also nouns ("a rose", "the fell"), which the tagger takes for nouns after a number. */
const NOUN_LIKE_MOVEMENTS = new Set(['rose', 'fell']);
/** What follows a movement verb: its figure, or the words before one ("rose to", "fell by about", "rose sharply"). */
const AFTER_MOVEMENT = new Set(['NUM', 'SYM', 'ADP', 'PART', 'ADV']);
/** What a noun "rose" takes before it ("a rose", "her roses", "white rose"), and a verb does not. */
const BEFORE_NOUN = new Set(['DET', 'ADJ', 'PRON']);

/**
 * "Revenue for the three months to Sept. 30 rose 11.3%", "Output in 2025 rose 4%": after a date's number the tagger
 * reads "rose" and "fell" as nouns, and the clause had no verb, so its figures were lost. Lower-case, followed by a
 * figure or what leads to one and not preceded by a determiner, an adjective or a pronoun ("her rose"), they are the verb.
 */
function retagMovementVerbs(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    if (token.pos === 'VERB' || !NOUN_LIKE_MOVEMENTS.has(token.text)) return;
    const [before, after] = [tokens[i - 1], tokens[i + 1]];
    if (after === undefined || !AFTER_MOVEMENT.has(after.pos) || (before !== undefined && BEFORE_NOUN.has(before.pos))) return;
    token.pos = 'VERB';
    token.lemma = token.text === 'rose' ? 'rise' : 'fall';
  });
}

export interface WordFacts {
  /** The dictionary form of the lower-cased word ("shares" -> "share", "helios" -> "helios"). */
  lemma: string;
  /** In the English model's lexicon: a word of the language (or a famous name), not a coinage like "Nvidia". */
  inLexicon: boolean;
}

const wordFacts = new Map<string, WordFacts>();

/** What the language model knows of a word read on its own. */
export function factsOf(word: string): WordFacts {
  const lower = word.toLowerCase();
  let facts = wordFacts.get(lower);
  if (facts === undefined) {
    const wink = reader();
    facts = { lemma: String(column(wink, lower, 'lemma')[0] ?? lower), inLexicon: Number(column(wink, lower, 'uniqueId')[0]) < lexiconSize };
    wordFacts.set(lower, facts);
  }
  return facts;
}

/** The original text from the start of token `first` to the end of token `last`. */
export const sliceTokens = (doc: ArticleDocument, first: number, last: number): string =>
  doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end);

/**
 * The tagger's verb at `i` is no verb of the sentence: a participle before a noun ("Annual recurring revenue"), or
 * a noun read as a verb because another verb follows it ("Monthly churn improved").
 */
export const verbTagOnModifier = (doc: ArticleDocument, i: number): boolean => {
  const [token, next] = [doc.tokens[i], doc.tokens[i + 1]];
  if (token === undefined) return false;
  return (/ing$/.test(token.normal) && next?.pos === 'NOUN') || (token.pos === 'VERB' && (next?.pos === 'VERB' || next?.pos === 'AUX'));
};

/** Token `i` is a hyphen glued to the words on both sides: the "-" of "third-quarter", "write-down", "Rolls-Royce". */
export const hyphenJoins = (doc: ArticleDocument, i: number): boolean => {
  const [before, hyphen, after] = [doc.tokens[i - 1], doc.tokens[i], doc.tokens[i + 1]];
  return hyphen?.text === '-' && before !== undefined && after !== undefined && before.end === hyphen.start && hyphen.end === after.start;
};

/**
 * "… earned $268.5 million in the three months ended Nov. 1. That compares with $241.9 million …": the sentence
 * opens by setting itself against the one before.
 */
export const comparesWithPrevious = (doc: ArticleDocument, sentence: Sentence): boolean =>
  /^(?:that|this) (?:compares|compared)$/.test(`${doc.tokens[sentence.first]?.normal ?? ''} ${doc.tokens[sentence.first + 1]?.normal ?? ''}`);

/** True when no whitespace separates token i from token i + 1. */
export const gluedToNext = (doc: ArticleDocument, i: number): boolean => {
  const next = doc.tokens[i + 1];
  return next !== undefined && next.start === doc.tokens[i]!.end;
};
