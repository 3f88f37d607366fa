// Whose an article's shared currency words are: "42 cents a share" in a story told in US dollars is 0.42 USD,
// "1.24 billion pesos" in a Mexican story Mexican pesos, "Sh9.7 billion" in a Kenyan one Kenyan shillings.
import { SHARED_CURRENCY_NAMES, type SharedCurrencies, type Unit } from '../domain/quantity.js';
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

/** How an article names the country of each currency that shares its word with others: the country, its people, its cities. */
const COUNTRIES: ReadonlyArray<readonly [Unit, RegExp]> = [
  ['MXN', /\b(?:Mexico|Mexican|Monterrey|Guadalajara)\b/g],
  ['PHP', /\b(?:Philippines|Philippine|Filipino|Manila)\b/g],
  ['CLP', /\b(?:Chile|Chilean|Santiago)\b/g],
  ['COP', /\b(?:Colombia|Colombian|Bogot(?:a\b|á)|Medell[ií]n\b)/g],
  ['ARS', /\b(?:Argentina|Argentine|Argentinian|Buenos Aires)\b/g],
  ['KES', /\b(?:Kenya|Kenyan|Nairobi|Mombasa)\b/g],
  ['UGX', /\b(?:Uganda|Ugandan|Kampala)\b/g],
  ['TZS', /\b(?:Tanzania|Tanzanian|Dar es Salaam|Dodoma)\b/g],
  ['SEK', /\b(?:Sweden|Swedish|Stockholm)\b/g],
  ['NOK', /\b(?:Norway|Norwegian|Oslo)\b/g],
  ['DKK', /\b(?:Denmark|Danish|Copenhagen)\b/g],
  ['CZK', /\b(?:Czech|Czechia|Prague)\b/g],
  ['SAR', /\b(?:Saudi|Riyadh|Jeddah|Jubail|Dammam|Tadawul)\b/g],
];

/** The words the countries above share, and whose each may be: the value parser's own table of their names. */
const SHARED_WORDS = ['pesos', 'shillings', 'crowns', 'kroner', 'riyals'] as const;
type SharedWord = (typeof SHARED_WORDS)[number];
const SHARED = SHARED_WORDS.map((word) => [word, Object.keys(SHARED_CURRENCY_NAMES[word]) as Unit[]] as const);

/**
 * An article that says its dollars are another country's: "All figures are in Canadian dollars unless otherwise
 * noted", "the Vancouver-based company, which reports in Canadian dollars", "(All figures in A$)".
 */
const DECLARED: Readonly<Record<string, Unit>> = {
  // By the country's word of the value parser's names ("Canadian dollars": canadian), and by the sign's letters.
  ...Object.fromEntries(Object.entries(SHARED_CURRENCY_NAMES.dollars).map(([unit, name]) => [name!.replace(/ dollars$/, '').toLowerCase(), unit as Unit])),
  c: 'CAD', a: 'AUD', nz: 'NZD', s: 'SGD', hk: 'HKD',
};
const COUNTRY_WORDS = Object.values(SHARED_CURRENCY_NAMES.dollars).map((name) => name!.replace(/ dollars$/, '')).join('|');
const DECLARED_DOLLARS = new RegExp(
  String.raw`\b(?:figures|amounts|numbers|results|dollar figures|prices)(?: are| were)?(?: (?:stated|expressed|given|reported))? in (${COUNTRY_WORDS}|C|A|NZ|S|HK)(?: dollars|\$)|\b(?:reports|reported|reporting|accounts) in (${COUNTRY_WORDS}) dollars\b`,
  'i',
);

/** The most named must be named this many times as often as the next for its word to be the article's. */
const DOMINANCE = 3;

const known = new WeakMap<ArticleDocument, SharedCurrencies>();

/**
 * Whose each shared currency word is in the article, read once: a bare "$" is the dollar it says it counts in ("All
 * figures are in Canadian dollars"), else left to the value parser (US dollars); its cents are those of that dollar,
 * or of the one currency with cents it writes its amounts in (or writes far more often than any other: a story in dollars with one conversion into euros;
 * the rand's in an article in rand); its pesos, shillings, crowns, kroner and riyals are those it first names in full
 * ("Swedish crowns"), else those of the country it names far more often than the others that use the word. A word
 * with no such currency is left out, and stays unread.
 */
export function sharedCurrenciesOf(doc: ArticleDocument): SharedCurrencies {
  let shared = known.get(doc);
  if (shared === undefined) known.set(doc, (shared = read(doc)));
  return shared;
}

function read(doc: ArticleDocument): SharedCurrencies {
  const shared: SharedCurrencies = {};
  const declared = DECLARED_DOLLARS.exec(doc.text);
  const dollars = declared ? DECLARED[(declared[1] ?? declared[2]!).toLowerCase()] : undefined;
  if (dollars !== undefined) shared.dollars = dollars;
  // In a story told in Canadian dollars, its cents are Canadian cents however often it writes a bare "$".
  // In a story told in rand, "412.5 cents" of headline earnings per share are the rand's hundredths.
  const cents = dollars ?? (countsInRand(doc) ? 'ZAR' : dominant(doc.text, CENTS_CURRENCIES));
  if (cents !== null) shared.cents = cents;
  for (const [word, units] of SHARED) {
    const countries = COUNTRIES.filter(([unit]) => units.includes(unit));
    const country = dominant(doc.text, countries) ?? storyNamesFirst(doc.text, word, units, countries);
    if (country !== null) shared[word] = country;
  }
  return shared;
}

/**
 * Where no country is named far more often: the currency the article names in full the first time it writes the word,
 * when it is also the first country the story names ("STOCKHOLM … fell 6% to 14.2 billion Swedish crowns … Revenue
 * rose 2% to 15.8 billion crowns" counts in Swedish crowns, as a newsroom names a currency once and then writes it
 * bare; a Danish acquisition's crowns are named each time). A story that opens on one country and first names
 * another's currency (a Swedish group buying a Norwegian company "for 2 billion Norwegian crowns") is left unread.
 */
function storyNamesFirst(text: string, word: SharedWord, units: readonly Unit[], countries: ReadonlyArray<readonly [Unit, RegExp]>): Unit | null {
  const named = firstNamed(text, word, units);
  const first = countries.map(([unit, pattern]) => [unit, text.search(new RegExp(pattern.source))] as const).filter(([, at]) => at >= 0).sort((a, b) => a[1] - b[1])[0];
  return named !== null && first?.[0] === named ? named : null;
}

/** The currency named in full ("Swedish crowns") first in the text, of those sharing the word. */
function firstNamed(text: string, word: SharedWord, units: readonly Unit[]): Unit | null {
  let first: { unit: Unit; at: number } | null = null;
  for (const unit of units) {
    const name = SHARED_CURRENCY_NAMES[word][unit];
    const at = name === undefined ? -1 : text.search(new RegExp(`\\b${name}\\b`, 'i'));
    if (at >= 0 && (first === null || at < first.at)) first = { unit, at };
  }
  return first?.unit ?? null;
}

function dominant(text: string, written: ReadonlyArray<readonly [Unit, RegExp]>): Unit | null {
  const counts = written.map(([unit, pattern]) => [unit, text.match(pattern)?.length ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  return first !== undefined && first[1] > 0 && first[1] >= DOMINANCE * (second?.[1] ?? 0) ? first[0] : null;
}
