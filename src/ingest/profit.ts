// Profit figures: the words that make a sum of money a profit or a loss, and which one it is (the `measure`).
//
// Why a measure: "net income of $1.6 billion" and "operating profit of $2.1 billion" for the same quarter are two
// true figures, not a conflict; two sources giving the same company's net income for the same quarter differently
// are one. A loss keeps its amount and says so in the measure ("net loss"): values are never negative.

/** Words before a profit that say how it is counted, kept in the measure ("adjusted EBITDA"). */
const ADJUSTED = String.raw`(?:(?:adjusted|underlying|core|normali[sz]ed) )?`;
/** A kind of profit or loss: "net", "operating", "pre-tax", "gross". */
const KIND = String.raw`(?:net|operating|pre-tax|pretax|gross)`;

/**
 * The cue words of a profit figure, over a clause's lower-cased tokens joined by single spaces. Not "earnings per
 * share" (a per-share figure), not "net interest income" or "fee income" (a bank's revenue lines), not "credit
 * losses" or "loss-making" (a provision, a description): those stay with the unclassified money cues.
 */
export const PROFIT_CUE = new RegExp(
  // A word boundary, or the possessive's apostrophe (no boundary between the space before it and it).
  String.raw`(?:\b|(?=['’]))(?:` +
    [
      // "Adjusted earnings before interest, taxes and amortization (EBITA)": the spelled-out measures.
      String.raw`${ADJUSTED}(?:earnings|profits?|income) before interest (?:, )?(?:and )?tax(?:es|ation)?(?: (?:, )?(?:and )?depreciation)?(?: (?:, )?(?:and )?amorti[sz]ation)?(?: (?:, )?(?:and )?rent)?`,
      // "underlying profit before tax", "income before taxes", "a loss before tax": pre-tax, whatever the noun.
      String.raw`${ADJUSTED}(?:${KIND} )?(?:profits?|earnings|income|loss(?:es)?) before (?:income )?tax(?:es|ation)?`,
      String.raw`${ADJUSTED}(?:net )?profits? after tax(?:es|ation)?`,
      String.raw`${ADJUSTED}${KIND} (?:income|profits?|earnings|loss(?:es)?)`,
      String.raw`${ADJUSTED}income from operations`,
      // Japan's keijo rieki, South Africa's headline earnings, "profit attributable to shareholders".
      String.raw`(?:recurring|ordinary) profits?|headline earnings|profits? attributable`,
      // Not "earnings per share" or "earnings-per-share" (tokens "earnings - per - share").
      // Nor "profit-sharing" (tokens "profit - sharing").
      String.raw`${ADJUSTED}(?:profits?|earnings)(?! (?:- )?per\b)(?! -)`,
      String.raw`${ADJUSTED}(?:ebitda|ebitdaal|ebitdar|ebita)`,
      String.raw`ebit`,
      // "posted a loss of ¥3.8 billion", "its losses narrowed": a loss of the party, not "a credit loss".
      // "Rivian Automotive's loss narrowed" (tokens "rivian automotive 's loss").
      // Not "the unit's loss", a part no word names ("the streaming unit's loss" is, with its segment).
      String.raw`(?:a|an|its|their|(?<!the (?:unit|segment|division|arm|business|subsidiary) )'s|quarterly|annual|full-year) loss(?:es)?(?! -)(?! before)`,
      // "Glencore lost $1.6 billion in the first half" (see lostValue in figure-claims.ts for "lost $50bn in market value").
      String.raw`lost|loses`,
      // "The company earned $268.5 million, or $2.14 per share" (not "earned $5 million in fees": see earnedOther).
      String.raw`earned|earns`,
    ].join('|') +
    String.raw`)\b`,
  'g',
);

/**
 * Which profit the cue words name, as the `measure` qualifier: "net income", "net loss", "operating profit",
 * "pre-tax loss", "adjusted EBITDA", "loss" … Null for a bare "profit" or "earnings", which could be any of them.
 */
/** The measure of the opposite sign: a net loss compared with a net income, an operating profit with an operating loss. */
export function oppositeMeasure(measure: string): string | null {
  if (measure === 'loss') return null; // a bare profit has no measure
  const flipped = measure.replace(/\b(?:loss|income|profit)$/, (word) => (word === 'loss' ? (/\bnet loss$/.test(measure) ? 'income' : 'profit') : 'loss'));
  return flipped === measure ? null : flipped;
}

/** Money a profit word stands near that is a charge, a gain or a write-down of its own: "a $3.5 billion charge". */
export const OWN_MONEY_NOUN = /^(?:charges?|impairments?|write-?downs?|write-?offs?|gains?|provisions?|fines?|settlements?|buybacks?|dividends?|investments?|costs?|contracts?|orders?|deals?|awards?|grants?|bonus(?:es)?)$/;

export function profitMeasure(cueWords: string): string | null {
  const loss = /\b(?:loss(?:es)?|lost|loses)\b/.test(cueWords);
  const adjusted = /\b(?:adjusted|underlying|core|normali[sz]ed)\b/.exec(cueWords)?.[0];
  const prefix = adjusted ? `${adjusted} ` : '';
  if (/\bebitdaal\b/.test(cueWords)) return `${prefix}EBITDAaL`;
  if (/\bebitdar\b|\bbefore interest\b.*\brent\b/.test(cueWords)) return `${prefix}EBITDAR`;
  if (/\bebitda\b|\bbefore interest\b.*\bdepreciation\b/.test(cueWords)) return `${prefix}EBITDA`;
  if (/\bebita\b|\bbefore interest\b.*\bamorti[sz]ation\b/.test(cueWords)) return `${prefix}EBITA`;
  if (/\bebit\b|\bbefore interest\b/.test(cueWords)) return `${prefix}EBIT`;
  if (/\b(?:recurring|ordinary)\b/.test(cueWords)) return 'ordinary profit';
  if (/\bheadline\b/.test(cueWords)) return 'headline earnings';
  if (/\b(?:before (?:income )?tax|pre-tax|pretax)/.test(cueWords)) return `${prefix}pre-tax ${loss ? 'loss' : 'profit'}`;
  if (/\b(?:after tax|attributable)/.test(cueWords)) return `${prefix}net income`;
  if (/\b(?:operating|from operations)\b/.test(cueWords)) return `${prefix}operating ${loss ? 'loss' : 'profit'}`;
  if (/\bgross\b/.test(cueWords)) return `${prefix}gross ${loss ? 'loss' : 'profit'}`;
  if (/\bnet\b/.test(cueWords)) return `${prefix}net ${loss ? 'loss' : 'income'}`;
  if (loss) return `${prefix}loss`;
  return adjusted ? `${adjusted} profit` : null;
}
