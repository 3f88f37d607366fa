// Dates that belong to an aside or a running total rather than to the figures around them: "Halden, which has
// struggled since … in March, saw shipments fall", "The enterprise segment, home to … it bought in 2022, posted sales of
// …", "…, bringing the nine-month total to €689m". Shared by date binding and by the rules that lend a date on.
import { relativeAsides } from './asides.js';
import type { ArticleDocument } from './document.js';
import type { TokenRange } from './spans.js';

/** Verbs that carry a figure on to a running total: "bringing the first-half total to", "taking nine-month sales to". */
const TOTAL_VERB = /^(?:bringing|taking|lifting|pushing|raising|putting)$/;

/** "bringing the nine-month total to …", "taking its first-half earnings to …": the date opens a running total. */
function runningTotalDate(doc: ArticleDocument, date: TokenRange): boolean {
  let before = date.first - 1;
  if (/^(?:the|its|their)$/.test(doc.tokens[before]?.normal ?? '')) before -= 1;
  return TOTAL_VERB.test(doc.tokens[before]?.normal ?? '');
}

/** "rose to €248m, bringing the nine-month total to €689m": a running total's date after `anchor`, which it does not date. */
export const runningTotalAfter = (doc: ArticleDocument, date: TokenRange, anchor: TokenRange): boolean => date.first > anchor.last && runningTotalDate(doc, date);

/**
 * "Halden, which has struggled since discontinuing its band in March, saw shipments fall 11%": whether `date` stands in
 * a relative aside about a party (a name before it) that `anchor` is outside of.
 */
function inPartyAsideApart(doc: ArticleDocument, date: TokenRange, anchor: TokenRange): boolean {
  const aside = relativeAsides(doc, date.first).find((range) => range.first <= date.first && date.last <= range.last);
  const aboutParty = aside !== undefined && /^\p{Lu}/u.test(doc.tokens[aside.first - 1]?.text ?? '');
  return aside !== undefined && aboutParty && !(aside.first <= anchor.first && anchor.last <= aside.last);
}

/** A date in an aside (a relative one about a party, or one set off by commas before the verb) that `anchor` is outside of. */
export const asideApart = (doc: ArticleDocument, date: TokenRange, anchor: TokenRange): boolean =>
  inPartyAsideApart(doc, date, anchor) || (date.last < anchor.first && inAppositiveBefore(doc, date, anchor));

/** How long an aside set off by commas may be: "The enterprise segment, home to … it bought for $5.8 billion in 2022,". */
const APPOSITIVE_REACH = 30;

/**
 * "The enterprise segment, home to … the platform it bought for $5.8 billion in 2022, posted sales of 6.2 billion
 * crowns": a date in an aside between a noun and its verb, set off by commas, dates the aside, not the figure after it.
 */
function inAppositiveBefore(doc: ArticleDocument, date: TokenRange, anchor: TokenRange): boolean {
  let close = date.last + 1;
  while (close < anchor.first && doc.tokens[close]!.text !== ',') close += 1;
  if (close >= anchor.first || !/^(?:VERB|AUX)$/.test(doc.tokens[close + 1]?.pos ?? '')) return false;
  const sentenceFirst = doc.sentences[doc.tokens[date.first]!.sentence]!.first;
  for (let open = date.first - 1; open >= Math.max(sentenceFirst, date.first - APPOSITIVE_REACH); open--) {
    if (doc.tokens[open]!.text !== ',') continue;
    // The aside follows the clause's subject ("The enterprise segment, …"), which is no span or report it describes:
    // "for the fourth quarter, the quarter ended June 30, was", "The report, covering April to June, put …" date it.
    // A relative aside ("revenue, which covers the three months to September,") is inPartyAsideApart's to judge.
    const noun = doc.tokens[open - 1];
    if (/^(?:which|who|whose|that)$/.test(doc.tokens[open + 1]?.normal ?? '')) return false;
    // "Acme Corp, in the third quarter, posted revenue of …": an aside that is only the date is the figure's.
    if (date.first <= open + 2 && date.last >= close - 1) return false;
    return open - sentenceFirst <= SUBJECT_WORDS && /^(?:NOUN|PROPN)$/.test(noun?.pos ?? '') && !DESCRIBED_BY_ITS_DATES.test(noun?.normal ?? '');
  }
  return false;
}

/** How far into its sentence the subject an aside follows may end: "The enterprise segment,". */
const SUBJECT_WORDS = 6;
/** Nouns whose aside tells their own span: a period, a report on one, or a measure counted over one. */
const DESCRIBED_BY_ITS_DATES =
  /^(?:quarter|half|year|period|months|weeks|season|report|survey|study|data|statistics|figures|filing|results|tally|index|revenues?|sales|turnover|profits?|income|earnings|ebitda|output|production|shipments|deliveries)$/;
