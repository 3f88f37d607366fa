// Whose cents an article's bare "cents" are: "earned 42 cents a share" in a story told in US dollars is 0.42 USD.
import type { Unit } from '../domain/quantity.js';
import type { ArticleDocument } from './document.js';
import { countsInRand } from './rand.js';

/** How an article writes amounts in each currency with cents (a sign or a name before a number, or the currency named). */
const CENTS_CURRENCIES: ReadonlyArray<readonly [Unit, RegExp]> = [
  // "$3.4 billion", "US$3.4 billion", "USD 3.4 billion"; not "A$", "C$", "HK$", "NT$" (capitals glued to the sign).
  ['USD', /(?:^|[^\p{L}$])(?:US)?\$\s?\d|\bUSD\b|\bU\.S\. dollars?\b/gu],
  ['EUR', /€\s?\d|\d\s?€|\beuros?\b|\bEUR\b/g],
  ['AUD', /\bA\$\s?\d|\bAustralian dollars?\b|\bAUD\b/g],
  ['CAD', /\bC\$\s?\d|\bCanadian dollars?\b|\bCAD\b/g],
  ['NZD', /\bNZ\$\s?\d|\bNew Zealand dollars?\b|\bNZD\b/g],
  ['SGD', /\bS\$\s?\d|\bSingapore dollars?\b|\bSGD\b/g],
  ['HKD', /\bHK\$\s?\d|\bHong Kong dollars?\b|\bHKD\b/g],
];

/** The most written currency must be written this many times as often as the next for its cents to be the article's. */
const DOMINANCE = 3;

const known = new WeakMap<ArticleDocument, Unit | null>();

/**
 * The currency an article's bare "cents" are hundredths of: the one currency with cents it writes amounts in, or the
 * one it writes far more often than any other (a story in dollars with one conversion into euros). None in an article
 * in rand (whose cents the value parser does not name), or with no such currency, or two used alike. Read once.
 */
export function centsCurrency(doc: ArticleDocument): Unit | null {
  let unit = known.get(doc);
  if (unit === undefined) known.set(doc, (unit = countsInRand(doc) ? null : dominantCurrency(doc.text)));
  return unit;
}

function dominantCurrency(text: string): Unit | null {
  const counts = CENTS_CURRENCIES.map(([currency, written]) => [currency, text.match(written)?.length ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  return first![1] > 0 && first![1] >= DOMINANCE * second![1] ? first![0] : null;
}
