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
  String.raw`\b(?:` +
    [
      String.raw`${ADJUSTED}${KIND} (?:income|profits?|earnings|loss(?:es)?)`,
      String.raw`profits? before tax`,
      // Not "earnings per share" or "earnings-per-share" (tokens "earnings - per - share").
      String.raw`${ADJUSTED}(?:profits?|earnings)(?! (?:- )?per\b)`,
      String.raw`${ADJUSTED}ebitda`,
      String.raw`ebit`,
      // "posted a loss of ¥3.8 billion", "its losses narrowed": a loss of the party, not "a credit loss".
      String.raw`(?:a|an|its|their|quarterly|annual|full-year) loss(?:es)?(?! -)`,
    ].join('|') +
    String.raw`)\b`,
  'g',
);

/**
 * Which profit the cue words name, as the `measure` qualifier: "net income", "net loss", "operating profit",
 * "pre-tax loss", "adjusted EBITDA", "loss" … Null for a bare "profit" or "earnings", which could be any of them.
 */
export function profitMeasure(cueWords: string): string | null {
  const loss = /\bloss(?:es)?\b/.test(cueWords);
  const adjusted = /\b(?:adjusted|underlying|core|normali[sz]ed)\b/.exec(cueWords)?.[0];
  const prefix = adjusted ? `${adjusted} ` : '';
  if (/\bebitda\b/.test(cueWords)) return `${prefix}EBITDA`;
  if (/\bebit\b/.test(cueWords)) return 'EBIT';
  if (/\boperating\b/.test(cueWords)) return `${prefix}operating ${loss ? 'loss' : 'profit'}`;
  if (/\b(?:pre-tax|pretax|before tax)\b/.test(cueWords)) return `${prefix}pre-tax ${loss ? 'loss' : 'profit'}`;
  if (/\bgross\b/.test(cueWords)) return `${prefix}gross ${loss ? 'loss' : 'profit'}`;
  if (/\bnet\b/.test(cueWords)) return `${prefix}net ${loss ? 'loss' : 'income'}`;
  if (loss) return `${prefix}loss`;
  return adjusted ? `${adjusted} profit` : null;
}
