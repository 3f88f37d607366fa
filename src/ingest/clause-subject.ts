// The subject of a claim in a clause: named there, carried from an earlier clause, stood for by "it", or continued from the last sentence.
import type { Mention } from './mentions.js';
import { companyDescriptionBefore, pronounBefore, subjectCandidates, subjectOf } from './roles.js';
import { mainSubject, type ClauseScope } from './scope.js';

/** `share`: the claim is read from a share figure ("Azure at 20%" names its holder). */
export function subjectAt(scope: ClauseScope, index: number, share = false): Mention | null {
  // "it" is the last subject; "the company" the one the story is about ("Broadcom remains the leader. The company
  // said it repurchased …" is the story's company, not Broadcom).
  const described = companyDescriptionBefore(scope.doc, scope.clause, index) ? mainSubject(scope.state) : null;
  const carried = scope.carried ?? described ?? (pronounBefore(scope.doc, scope.clause, index) ? scope.state.lastSubject : null);
  return subjectOf(scope.doc, scope.clause, index, scope.mentions, carried, share);
}

/**
 * "Nvidia reported revenue of $35.1 billion. Data center revenue rose 112% to $30.8 billion.": a sentence naming no
 * one goes on about the previous sentence's subject.
 */
export function continuedSubject(scope: ClauseScope): Mention | null {
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  const namesSomeone = subjectCandidates(scope.doc, sentence, scope.mentions).length > 0;
  if (namesSomeone || scope.state.lastSubjectSentence !== sentence.index - 1) return null;
  return opensWithOwnProperty(scope, sentence.first) ? scope.state.lastSubject : null;
}

/** What a company has, opening a sentence about it: "Data center revenue rose", "Shares fell". */
const PROPERTY = /^(?:revenues?|sales|shares|stock|profits?|income|margins?|earnings|users|customers|subscribers|valuation|growth|funding|arr|bookings|market|run|chipmaker|company|startup|firm|model|platform|app|service)$/;

/**
 * The sentence's subject, before its verb, is a property of the last subject ("Data center revenue", "Shares") or
 * a definite description of it ("The chipmaker forecast"), not some other party ("The three leaders together").
 */
function opensWithOwnProperty(scope: ClauseScope, first: number): boolean {
  const tokens = scope.doc.tokens;
  let verb = first;
  while (verb <= scope.clause.last && tokens[verb]!.pos !== 'VERB' && tokens[verb]!.pos !== 'AUX') verb += 1;
  const opening = tokens.slice(first, verb);
  // "The three leaders together" is other parties; "Revenue for the three months to September" is a date's number.
  const inDate = (index: number): boolean => scope.dates.some((d) => d.first <= index && index <= d.last);
  if (opening.some((t, k) => t.pos === 'NUM' && !inDate(first + k))) return false;
  return opening.some((t) => PROPERTY.test(t.normal));
}
