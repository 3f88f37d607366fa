// Splits a sentence into clauses, so "X holds 32% while Y has dropped to 25%" gives each figure its own subject.
import type { ArticleDocument, Sentence } from './document.js';
import type { TokenRange } from './spans.js';

export interface Clause extends TokenRange {
  sentence: number;
  /** Position in the sentence: later clauses may inherit a subject, market or date from earlier ones. */
  position: number;
}

/** Words that open a new clause wherever they stand. */
const OPENERS = new Set(['while', 'whereas', 'although', 'though', 'meanwhile']);
/** Conjunctions that open a clause after a comma (", and reached", ", but"). */
const AFTER_COMMA = new Set(['and', 'but', 'yet', 'while', 'whereas']);

/** ", and reached $2.5B", ", and Anthropic raised $5M" open clauses; ", and Google Cloud's Vertex AI" ends a list. */
function opensClause(doc: ArticleDocument, conjunction: number, last: number): boolean {
  for (let i = conjunction + 1; i <= Math.min(last, conjunction + 5); i++) {
    const token = doc.tokens[i]!;
    if (token.text === ',' || token.text === ';') return false;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'SCONJ') return true;
    // ", and Taiwan's Brightwell rounded out the top five": a past tense after a name, though tagged an adjective.
    if (token.pos === 'ADJ' && /ed$/.test(token.normal) && doc.tokens[i - 1]!.pos === 'PROPN') return true;
  }
  return false;
}

export function splitClauses(doc: ArticleDocument, sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  let first = sentence.first;
  const close = (last: number): void => {
    if (last >= first) clauses.push({ first, last, sentence: sentence.index, position: clauses.length });
  };
  for (let i = sentence.first + 1; i <= sentence.last; i++) {
    const token = doc.tokens[i]!;
    const previous = doc.tokens[i - 1]!;
    // A spaced dash ends a dateline ("SAN FRANCISCO, March 4 -- Acme ...") or opens an aside.
    const spacedDash = /^(?:--|—|–|-)$/.test(previous.text) && doc.tokens[i - 2] !== undefined && doc.tokens[i - 2]!.end < previous.start && previous.end < token.start;
    if (previous.text === ';' || spacedDash) {
      close(i - 1);
      first = i;
    } else if (OPENERS.has(token.normal) || (previous.text === ',' && AFTER_COMMA.has(token.normal) && opensClause(doc, i, sentence.last))) {
      close(i - 1);
      first = i;
    }
  }
  close(sentence.last);
  return clauses;
}
