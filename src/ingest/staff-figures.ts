// Staff counts: the people a company employs is a level (employee_count); jobs cut, added or moved are a change, and
// stay unclassified ("cut 1,200 jobs, or 8% of its staff", "plans to hire 500 engineers", "laid off 300 workers").

/** Words of a change in staff anywhere in the figure's clause. */
const STAFF_CHANGE = /\b(?:cut|cuts|cutting|layoffs?|laid off|lay off|laying off|lays off|redundanc(?:y|ies)|shed|sheds|shedding|eliminat(?:e|es|ed|ing)|hire|hires|hired|hiring|recruit(?:s|ed|ing)?|add(?:s|ed|ing)?|reduc(?:e|es|ed|ing|tion)|job losses|fire|fired|furlough(?:s|ed)?|relocat(?:e|es|ed|ing)|transfer(?:s|red|ring)?|increase|decrease|buyouts?|retire(?:ment)?s?|attrition|affect(?:s|ed|ing)?|clos(?:e|es|ed|ing|ure|ures)|strike|strikes)\b/;

/** The figure's clause, as the cues read it (lower-cased tokens joined by spaces), speaks of a change in staff. */
export const staffChange = (clauseWords: string): boolean => STAFF_CHANGE.test(clauseWords);
