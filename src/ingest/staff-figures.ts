// Staff counts: the people a company employs is a level (employee_count); jobs cut, added or moved are a change, and
// stay unclassified ("cut 1,200 jobs, or 8% of its staff", "plans to hire 500 engineers", "laid off 300 workers").
import type { ArticleDocument } from './document.js';
import type { TokenRange } from './spans.js';

/** Words of a change in staff near the figure. */
const STAFF_CHANGE = /\b(?:cut|cuts|cutting|layoffs?|laid off|lay off|laying off|lays off|redundanc(?:y|ies)|shed|sheds|shedding|eliminat(?:e|es|ed|ing)|hire|hires|hired|hiring|recruit(?:s|ed|ing)?|add(?:s|ed|ing)?|reduc(?:e|es|ed|ing|tion)|job losses|fire|fired|furlough(?:s|ed)?|relocat(?:e|es|ed|ing)|transfer(?:s|red|ring)?|increase|decrease|buyouts?|retire(?:ment)?s?|attrition|affect(?:s|ed|ing)?|clos(?:es|ed|ing|ures?)|close(?! to\b)|strike|strikes)\b/;

/** How far before and after the figure a change in staff is looked for: "said it would eliminate 1,850 jobs". */
const BEFORE = 6;
const AFTER = 4;

/**
 * The words around the figure in its clause speak of a change in staff. Near it, not anywhere in the clause: "About
 * 1,100 of the cuts will fall in Germany, where Kessler employs roughly 11,400 people" still counts who it employs.
 */
export function staffChange(doc: ArticleDocument, clause: TokenRange, figure: TokenRange): boolean {
  if (levelReached(doc, figure)) return false;
  const first = Math.max(clause.first, figure.first - BEFORE);
  const last = Math.min(clause.last, figure.last + AFTER);
  return STAFF_CHANGE.test(doc.tokens.slice(first, last + 1).map((t) => t.normal).join(' '));
}

/** "cut its workforce to about 17,900 employees", "bringing headcount to 5,200": the level a change reached (not "up to"). */
function levelReached(doc: ArticleDocument, figure: TokenRange): boolean {
  let before = figure.first - 1;
  if (HEDGE.test(doc.tokens[before]?.normal ?? '')) before -= 1;
  if (doc.tokens[before]?.normal !== 'to') return false;
  // Its own workforce reached it ("cut its workforce to", "bringing headcount to"), not "redundancy to 2,000
  // employees", "cut 3,000 to 4,000 employees" or "taking total cuts to 5,000".
  return doc.tokens.slice(Math.max(0, before - WORKFORCE_REACH), before).some((t) => WORKFORCE.test(t.normal));
}

/** The company's staff as a whole, whose level a change reaches. */
const WORKFORCE = /^(?:workforce|headcount|staff|payroll|personnel)$/;
const WORKFORCE_REACH = 3;

/** Words that hedge a level: "to about 17,900". */
const HEDGE = /^(?:about|around|roughly|some|nearly|almost|approximately|just|over|under)$/;

