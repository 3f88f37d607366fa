// Currency words several countries share ("cents", "pesos", "shillings", "crowns", "kroner", "riyals", the shilling's "Sh"),
// named with the country a text is known to count in: "1.24 billion pesos" in a Mexican story is "1.24 billion
// Mexican pesos". Alone, the value parser reads these words only named (units.ts); the ingest knows the article.
import type { Unit } from './units.js';

export type SharedCurrencyWord = 'cents' | 'pesos' | 'shillings' | 'crowns' | 'kroner' | 'riyals' | 'dollars';
/** Whose each shared word is, for one text (ParseQuantityOptions.shared). */
export type SharedCurrencies = Partial<Record<SharedCurrencyWord, Unit>>;

/** Each shared word named for each currency, as the value parser reads it (quantity.test checks each reads so). */
export const SHARED_CURRENCY_NAMES: Readonly<Record<SharedCurrencyWord, Partial<Record<Unit, string>>>> = {
  cents: { USD: 'US cents', EUR: 'euro cents', AUD: 'Australian cents', CAD: 'Canadian cents', NZD: 'New Zealand cents', SGD: 'Singapore cents', HKD: 'Hong Kong cents', ZAR: 'South African cents' },
  pesos: { MXN: 'Mexican pesos', PHP: 'Philippine pesos', CLP: 'Chilean pesos', COP: 'Colombian pesos', ARS: 'Argentine pesos' },
  shillings: { KES: 'Kenyan shillings', UGX: 'Ugandan shillings', TZS: 'Tanzanian shillings' },
  crowns: { SEK: 'Swedish crowns', NOK: 'Norwegian crowns', DKK: 'Danish crowns', CZK: 'Czech crowns' },
  kroner: { NOK: 'Norwegian kroner', DKK: 'Danish kroner' },
  // Qatar's and Oman's riyals are not read: a bare "riyals" is the Saudi riyal only in a story about Saudi Arabia.
  riyals: { SAR: 'Saudi riyals' },
  // A bare "dollars" (and "$") in a story that says it counts in another dollar ("All figures are in Canadian dollars").
  dollars: { CAD: 'Canadian dollars', AUD: 'Australian dollars', NZD: 'New Zealand dollars', SGD: 'Singapore dollars', HKD: 'Hong Kong dollars' },
};

/** The shilling's sign glued to an amount ("Sh9.7 billion", "Shs1.2 trillion"), written as each country's own. */
export const SHILLING_SIGNS: Partial<Record<Unit, string>> = { KES: 'KSh', UGX: 'USh', TZS: 'TSh' };
const SHILLING_SIGN = /(^|[\s(–-])Shs?\s?(?=\d)/g;

/** A shared word standing alone: not already named ("Mexican pesos"), and cents only right after their number. */
const aloneWord = (word: SharedCurrencyWord): RegExp => {
  if (word === 'cents') return /(\d)\s+cents\b/gi;
  const named = Object.values(SHARED_CURRENCY_NAMES[word]).map((name) => name!.split(' ').slice(0, -1).join(' '));
  // "5 million US dollars" are US dollars in any story.
  if (word === 'dollars') named.push('US', 'U\\.S\\.');
  // "a 5 billion shilling debt facility": the singular before a noun too.
  const written = word === 'shillings' ? 'shillings?' : word;
  return new RegExp(String.raw`(^|[^\p{L}])(?<!(?:${named.join('|')})\s)${written}\b`, 'giu');
};
const ALONE = new Map((Object.keys(SHARED_CURRENCY_NAMES) as SharedCurrencyWord[]).map((word) => [word, aloneWord(word)]));

/**
 * A bare "$" before an amount: "$412-million", "~$5 million", not "US$", "C$" or "HK$" (letters glued to the sign name
 * their dollar already). It becomes the dollar's code ("CAD 412-million"), which a hedge before it still reads with.
 */
const BARE_DOLLAR_SIGN = /(^|[^\p{L}$])\$(?=\s?\d)/gu;

/** The text with each shared currency word `shared` knows named ("42 cents" → "42 US cents", "Sh9.7" → "KSh9.7"). */
export function withSharedCurrencies(text: string, shared: SharedCurrencies | undefined): string {
  if (shared === undefined || !/\d/.test(text)) return text;
  let named = text;
  for (const [word, unit] of Object.entries(shared) as Array<[SharedCurrencyWord, Unit]>) {
    const name = SHARED_CURRENCY_NAMES[word][unit];
    if (name !== undefined) named = named.replace(ALONE.get(word)!, `$1${word === 'cents' ? ' ' : ''}${name}`);
    if (word === 'shillings' && SHILLING_SIGNS[unit] !== undefined) named = named.replace(SHILLING_SIGN, `$1${SHILLING_SIGNS[unit]}`);
    if (word === 'dollars' && name !== undefined) named = named.replace(BARE_DOLLAR_SIGN, `$1${unit} `);
  }
  return named;
}
