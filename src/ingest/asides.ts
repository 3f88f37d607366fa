// Relative clauses set off by commas inside a sentence's main clause: "Total revenue, which includes interest income and
// fees, rose 29%", "The group, which also runs an operation in Uganda, employs …". What they say is an aside: their
// names are not the main clause's subject, and their words do not say what the main clause's figures are.
import type { ArticleDocument } from './document.js';
import type { TokenRange } from './spans.js';

/** How long a relative clause set off by commas may be. */
const MAX_ASIDE = 16;

/** Each document's asides by sentence, found once: subjects and cues ask for them per mention and per figure. */
const found = new WeakMap<ArticleDocument, Map<number, readonly TokenRange[]>>();

/** The relative asides of the sentence holding token `at`, each from its opening comma to its closing one. */
export function relativeAsides(doc: ArticleDocument, at: number): readonly TokenRange[] {
  const index = doc.tokens[at]!.sentence;
  let bySentence = found.get(doc);
  if (bySentence === undefined) found.set(doc, (bySentence = new Map()));
  let asides = bySentence.get(index);
  if (asides === undefined) bySentence.set(index, (asides = asidesOf(doc, index)));
  return asides;
}

function asidesOf(doc: ArticleDocument, index: number): TokenRange[] {
  const sentence = doc.sentences[index]!;
  const asides: TokenRange[] = [];
  for (let open = sentence.first; open < sentence.last; open++) {
    if (doc.tokens[open]!.text !== ',' || !/^(?:which|who)$/.test(doc.tokens[open + 1]!.normal)) continue;
    const limit = Math.min(sentence.last, open + MAX_ASIDE);
    // The aside closes at the comma after which the main clause goes on with its verb (an adverb may come first); a
    // list inside it has commas of its own ("which strip out fuel, VAT and new space, rose 3.8%").
    for (let close = open + 2; close <= limit; close++) {
      if (doc.tokens[close]!.text !== ',') continue;
      // ", which beat forecasts, and revenue, which includes fees, rose 4%": a clause joined after the comma, or a
      // second aside, ends the search; this aside closed where the sentence went on without a verb.
      if (/^(?:and|while|but|whereas|which|who)$/.test(doc.tokens[close + 1]?.normal ?? '')) break;
      let next = close + 1;
      if (doc.tokens[next]?.pos === 'ADV') next += 1;
      const verb = doc.tokens[next];
      if (next <= sentence.last && (verb!.pos === 'VERB' || verb!.pos === 'AUX')) {
        asides.push({ first: open, last: close });
        break;
      }
    }
  }
  return asides;
}

/** The aside token `at` stands in, or undefined. */
export const asideAt = (doc: ArticleDocument, at: number): TokenRange | undefined => relativeAsides(doc, at).find((aside) => aside.first <= at && at <= aside.last);
