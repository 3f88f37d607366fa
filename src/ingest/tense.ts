// Tells whether a figure is stated as holding now ("holds 32%", "has dropped to 25%") rather than as past or as a change.
import type { ArticleDocument } from './document.js';
import type { TokenRange } from './spans.js';

const PRESENT_AUX = new Set(['is', 'are', "'s", 'has', 'have', "'ve", 'remains', 'remain', 'stands', 'stand', 'sits']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'would', 'will', 'could', 'might', 'may']);
/** Verbs whose past tense is written as their present: the tense cannot be told from them. */
const SAME_IN_THE_PAST = /^(?:hit|cut|put|set|cost|let|shut|spread|quit|bet|hurt|split|read|beat|bid|cast|burst|shed|slit|thrust|upset|broadcast|forecast)$/;

/** "holds", "commands": wink's lemma drops the third person's -s ("was" ends in one too: callers rule out PAST_AUX first). */
const thirdPersonPresent = (token: { normal: string; lemma: string }): boolean => token.normal.endsWith('s') && token.lemma !== token.normal;

/** Verbs in the past tense business stories report with (regular ones end in "-ed"). */
export const IRREGULAR_PAST = /^(?:had|was|were|rose|fell|grew|made|took|got|gave|sold|won|lost|cut|paid|spent|saw|came|went|hit|set|shed|led|held|ran|beat|built|bought|brought|drew|kept|left|met|sank|shrank|slid|swung|stood)$/;

/** A figure after these is an earlier or other state: "up from 25%", "compared with 30%". */
const NOT_NOW = new Set(['from', 'than', 'versus', 'vs', 'vs.', 'compared', 'against']);

/**
 * True when the nearest verb before the figure, in its clause, is in the present ("holds", "commands", "is") or the
 * present perfect ("has dropped to"), and the figure is not an earlier state ("from 50%").
 */
export function statedAsNow(doc: ArticleDocument, clause: TokenRange, figure: TokenRange): boolean {
  if (NOT_NOW.has(doc.tokens[figure.first - 1]?.normal ?? '')) return false;
  // Headlines speak in the present about the past ("Helios passes 10 million users"): a sentence must end like one.
  const end = doc.sentences[doc.tokens[figure.first]!.sentence]!.last;
  if (!/^[.!?"”)]$/.test(doc.tokens[end]!.text)) return false;
  for (let i = figure.first - 1; i >= clause.first; i--) {
    const token = doc.tokens[i]!;
    // wink sometimes tags "commands 30%" or "captures roughly 20%" as a noun: right before the figure it is the verb.
    const verbBeforeFigure = token.pos === 'NOUN' && (i === figure.first - 1 || doc.tokens[i + 1]?.pos === 'ADV');
    if (token.pos !== 'VERB' && token.pos !== 'AUX' && !verbBeforeFigure) continue;
    if (PRESENT_AUX.has(token.normal)) return true;
    if (PAST_AUX.has(token.normal)) return false;
    const auxiliary = doc.tokens[i - 1]?.normal ?? '';
    if (PRESENT_AUX.has(auxiliary)) return true;
    if (PAST_AUX.has(auxiliary)) return false;
    // Third person present: "holds", "commands" (wink's lemma drops the -s); "captures" is sometimes tagged a noun.
    if (thirdPersonPresent(token)) return true;
    // Plural present: "Subscriptions start at £39 a month", "Prices range from …": the base form after a plural noun,
    // except verbs whose past is spelled the same ("Sales hit $5 billion that year", "Analysts put it at $1 billion").
    const subject = doc.tokens[i - 1];
    return (
      token.pos === 'VERB' &&
      token.lemma === token.normal &&
      !SAME_IN_THE_PAST.test(token.normal) &&
      subject !== undefined &&
      (subject.pos === 'NOUN' || subject.pos === 'PROPN') &&
      /[^s]s$/.test(subject.normal)
    );
  }
  return fronted(doc, clause, figure);
}

/**
 * "At $2.9 trillion, Microsoft is the world's second most valuable company": a figure put before its clause's
 * subject ("At …," "With …,") is stated in the tense of the verb after that subject.
 */
function fronted(doc: ArticleDocument, clause: TokenRange, figure: TokenRange): boolean {
  const opening = doc.tokens[figure.first - 1];
  if (!opening || opening.index !== clause.first || !/^(?:at|with)$/.test(opening.normal)) return false;
  let i = figure.last + 1;
  while (i <= clause.last && doc.tokens[i]!.text !== ',') i++;
  for (i += 1; i <= clause.last; i++) {
    const token = doc.tokens[i]!;
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
    return PRESENT_AUX.has(token.normal) || (!PAST_AUX.has(token.normal) && thirdPersonPresent(token));
  }
  return false;
}
