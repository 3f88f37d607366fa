// The units a value can carry, the dimension each measures, and the words and signs that name them in text.

/** Currencies a value can be in. Different currencies are never compared (no exchange rate is assumed). */
export const CURRENCIES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'KRW', 'CHF', 'CAD', 'AUD', 'SGD', 'HKD', 'NZD', 'ZAR', 'SEK', 'NOK', 'DKK', 'BRL', 'MXN',
  'TWD', 'THB', 'MYR', 'IDR', 'PHP', 'VND', 'TRY', 'RUB', 'PLN', 'CZK', 'HUF', 'ILS', 'AED', 'SAR', 'NGN', 'EGP', 'CLP', 'COP', 'ARS',
  'KES', 'UGX', 'TZS',
] as const;
export type Currency = (typeof CURRENCIES)[number];
/** Watts measure power (a plant's capacity, "1.2 GW"); watt-hours energy (what it generated, "41.2 TWh"). */
export type Unit = 'PERCENT' | Currency | 'MONTH' | 'TIMES' | 'COUNT' | 'WATT' | 'WATT_HOUR';
/** Every unit, in the order the API's Unit enum lists them. */
export const UNITS: readonly Unit[] = ['PERCENT', ...CURRENCIES, 'MONTH', 'TIMES', 'COUNT', 'WATT', 'WATT_HOUR'];
export type Dimension = 'SHARE' | 'MONEY' | 'DURATION' | 'MULTIPLE' | 'COUNT' | 'POWER' | 'ENERGY';
/** Every dimension, in the order the API documents them. */
export const DIMENSIONS: readonly Dimension[] = ['SHARE', 'MONEY', 'DURATION', 'MULTIPLE', 'COUNT', 'POWER', 'ENERGY'];

const OTHER_DIMENSIONS: Readonly<Record<Exclude<Unit, Currency>, Dimension>> = {
  PERCENT: 'SHARE',
  MONTH: 'DURATION',
  TIMES: 'MULTIPLE',
  COUNT: 'COUNT',
  WATT: 'POWER',
  WATT_HOUR: 'ENERGY',
};

export const isCurrency = (unit: Unit): unit is Currency => (CURRENCIES as readonly string[]).includes(unit);
export const dimensionOf = (unit: Unit): Dimension => (isCurrency(unit) ? 'MONEY' : OTHER_DIMENSIONS[unit]);

/**
 * Signs and codes before a figure. "¥" alone is the yen, as the financial press writes it ("CN¥" and "RMB" are the
 * yuan). "S$", "HK$", "NZ$" are other dollars; the ingest reads them only glued to the sign, and leaves a figure
 * in another dollar it does not know unread rather than read it as US dollars. "A$", "C$", "MX$" and "NT$" glued
 * to their figure are read before these tokens are made (parse.ts, OTHER_DOLLAR_SIGN).
 *
 * A code that is also an English word or a name ("TRY", "PHP", "COP", "ARS", "SAR", "ILS", "RUB") is not read
 * before a figure: "PHP 8.3" is a language's version. Those currencies are read by their names after the figure.
 */
export const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, Unit]> = [
  ['$', 'USD'], ['usd', 'USD'], ['€', 'EUR'], ['eur', 'EUR'], ['£', 'GBP'], ['gbp', 'GBP'],
  ['¥', 'JPY'], ['jpy', 'JPY'], ['cn ¥', 'CNY'], ['rmb', 'CNY'], ['cny', 'CNY'], ['₹', 'INR'], ['inr', 'INR'], ['rs', 'INR'], ['rs .', 'INR'],
  // "SFr12.4bn", "Sfr 3.62": the Swiss franc as the financial press abbreviates it.
  ['₩', 'KRW'], ['krw', 'KRW'], ['chf', 'CHF'], ['sfr', 'CHF'], ['cad', 'CAD'], ['aud', 'AUD'],
  // Dollars other than the US dollar, written with letters before the sign: "S$41 billion", "HK$3 billion" (and the
  // real, "R$2 billion").
  // Not "a $" and "c $": "a $50 million round" and "c. $5 million" (circa) are US dollars; glued capitals are read in parse.ts.
  ['s $', 'SGD'], ['sgd', 'SGD'], ['hk $', 'HKD'], ['hkd', 'HKD'], ['nz $', 'NZD'], ['nzd', 'NZD'],
  // "R$" is the Brazilian real; a bare "R" (the rand) is left alone, as it is also an initial.
  ['zar', 'ZAR'], ['sek', 'SEK'], ['nok', 'NOK'], ['dkk', 'DKK'], ['r $', 'BRL'], ['brl', 'BRL'], ['mxn', 'MXN'],
  // "RM1.2 billion" is the ringgit and "Rp5 trillion" the rupiah, as the Malaysian and Indonesian press write them.
  ['twd', 'TWD'], ['thb', 'THB'], ['฿', 'THB'], ['myr', 'MYR'], ['rm', 'MYR'], ['idr', 'IDR'], ['rp', 'IDR'], ['₱', 'PHP'],
  ['vnd', 'VND'], ['₫', 'VND'], ['₺', 'TRY'], ['₽', 'RUB'], ['pln', 'PLN'], ['czk', 'CZK'], ['huf', 'HUF'], ['₪', 'ILS'], ['aed', 'AED'],
  ['ngn', 'NGN'], ['₦', 'NGN'], ['egp', 'EGP'], ['clp', 'CLP'], ['kes', 'KES'], ['ksh', 'KES'], ['ugx', 'UGX'], ['ush', 'UGX'], ['tzs', 'TZS'], ['tsh', 'TZS'],
  // "Dh17.1 billion" (the dirham, as the Gulf press writes it) and "TL 42.4 billion" (the Turkish lira).
  ['dh', 'AED'], ['tl', 'TRY'],
];
/** The currency codes read before a figure ("CHF 2.1 billion", "Rs 500 crore", "RM1.2 billion"), as lower-case words. */
export const CURRENCY_CODES_BEFORE_FIGURES: readonly string[] = CURRENCY_PREFIXES.map(([sign]) => sign).filter((sign) => /^[a-z]+$/.test(sign));

/**
 * Dollars named by capitals glued to "$" that the lower-cased tokens cannot tell from an article or "circa" ("A$1.25
 * billion" against "a $50 million round"): read before the tokens are made (parse.ts), and by the ingest's figure
 * finder where wink makes one token of "A$" (and of "US$" and "CAD$", which it would otherwise block).
 */
export const GLUED_DOLLARS: Readonly<Record<string, Unit>> = { A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', CAD: 'CAD', MX: 'MXN', NT: 'TWD', US: 'USD' };

/**
 * "R12.4bn", "R1.7 billion": the rand's sign glued to an amount with a scale (the source of a pattern, for the value
 * parser and the ingest). A bare "R96" or "R2" is as often a model's or a product's name ("the R2").
 */
export const RAND_AMOUNT = String.raw`R\d[\d,]*(?:\.\d+)?\s?(?:bn|mn|m|k|tn|billion|million|trillion)\b`;

export const CURRENCY_SUFFIXES: ReadonlyArray<readonly [string, Unit]> = [
  ['dollars', 'USD'], ['dollar', 'USD'], ['usd', 'USD'], ['us dollars', 'USD'],
  ['euros', 'EUR'], ['euro', 'EUR'], ['eur', 'EUR'],
  ['pounds', 'GBP'], ['pound', 'GBP'], ['pounds sterling', 'GBP'], ['sterling', 'GBP'], ['gbp', 'GBP'],
  ['yen', 'JPY'], ['jpy', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rmb', 'CNY'], ['cny', 'CNY'],
  ['rupees', 'INR'], ['rupee', 'INR'], ['inr', 'INR'], ['won', 'KRW'], ['krw', 'KRW'],
  ['swiss francs', 'CHF'], ['francs', 'CHF'], ['chf', 'CHF'], ['canadian dollars', 'CAD'], ['cad', 'CAD'],
  ['australian dollars', 'AUD'], ['aud', 'AUD'], ['singapore dollars', 'SGD'], ['sgd', 'SGD'], ['hong kong dollars', 'HKD'],
  ['hkd', 'HKD'], ['new zealand dollars', 'NZD'], ['nzd', 'NZD'],
  // Crowns and pesos are named with their country: "crowns" alone is Swedish, Norwegian, Danish or Czech; "pesos" any of five.
  ['rand', 'ZAR'], ['zar', 'ZAR'], ['swedish kronor', 'SEK'], ['kronor', 'SEK'], ['swedish crowns', 'SEK'], ['sek', 'SEK'],
  ['norwegian kroner', 'NOK'], ['norwegian crowns', 'NOK'], ['nok', 'NOK'], ['danish kroner', 'DKK'], ['danish crowns', 'DKK'],
  ['dkk', 'DKK'], ['reais', 'BRL'], ['brazilian reais', 'BRL'], ['brl', 'BRL'], ['mexican pesos', 'MXN'], ['mxn', 'MXN'],
  ['new taiwan dollars', 'TWD'], ['taiwan dollars', 'TWD'], ['twd', 'TWD'], ['baht', 'THB'], ['thb', 'THB'], ['ringgit', 'MYR'],
  ['myr', 'MYR'], ['rupiah', 'IDR'], ['idr', 'IDR'], ['philippine pesos', 'PHP'], ['dong', 'VND'], ['vietnamese dong', 'VND'], ['vnd', 'VND'],
  ['turkish lira', 'TRY'], ['turkish liras', 'TRY'], ['lira', 'TRY'], ['liras', 'TRY'], ['roubles', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'], ['ruble', 'RUB'],
  ['zlotys', 'PLN'], ['zloty', 'PLN'], ['pln', 'PLN'], ['czech crowns', 'CZK'], ['koruna', 'CZK'], ['czk', 'CZK'], ['forints', 'HUF'],
  ['forint', 'HUF'], ['huf', 'HUF'], ['shekels', 'ILS'], ['new shekels', 'ILS'], ['dirhams', 'AED'], ['uae dirhams', 'AED'], ['emirati dirhams', 'AED'], ['aed', 'AED'],
  ['saudi riyals', 'SAR'], ['naira', 'NGN'], ['ngn', 'NGN'], ['egyptian pounds', 'EGP'], ['egp', 'EGP'], ['chilean pesos', 'CLP'],
  ['clp', 'CLP'], ['colombian pesos', 'COP'], ['argentine pesos', 'ARS'],
  // Shillings are named with their country, as pesos are: "shillings" alone is Kenya's, Uganda's or Tanzania's.
  ['kenyan shillings', 'KES'], ['kes', 'KES'], ['ugandan shillings', 'UGX'], ['ugx', 'UGX'], ['tanzanian shillings', 'TZS'], ['tzs', 'TZS'],
  // In the singular before a noun, as "a 200 million euro loan": "a 5 billion shilling debt facility".
  ['kenyan shilling', 'KES'], ['ugandan shilling', 'UGX'], ['tanzanian shilling', 'TZS'],
];

/** The last word of each currency name written after a figure ("dollars" of "hong kong dollars", "dirhams", "yen"). */
export const CURRENCY_NOUNS: ReadonlySet<string> = new Set(CURRENCY_SUFFIXES.map(([phrase]) => phrase.split(' ').at(-1)!));

/**
 * A currency's hundredth, written after the figure: "8.4p a share", "287p", "12 pence" are pounds. Cents are left
 * out unless their currency is named ("21 Australian cents"): "20 cents" is as often a euro's as a dollar's.
 */
export const CURRENCY_SUBUNIT_SUFFIXES: ReadonlyArray<readonly [string, Unit]> = [
  ['pence', 'GBP'], ['p', 'GBP'],
  // Cents named with their currency: "21 Australian cents per share", "40 US cents".
  ['australian cents', 'AUD'], ['canadian cents', 'CAD'], ['new zealand cents', 'NZD'], ['singapore cents', 'SGD'],
  ['hong kong cents', 'HKD'], ['us cents', 'USD'], ['euro cents', 'EUR'], ['south african cents', 'ZAR'],
];

/**
 * Currency words that are also common English words or names: after a bare year-like number ("in 2019 won the
 * prize", "in 2021 Dong Energy …") they are not the currency; after a scale word or any other figure ("1.5 trillion
 * won", "5,000 won", "12 trillion dong") they are.
 */
export const AMBIGUOUS_CURRENCY_SUFFIXES: ReadonlySet<string> = new Set(['won', 'dong']);

/** Duration units as a ratio to months: [multiply, divide] keeps "6 weeks" as 6 / 4.345 rather than 6 × 0.2301…. */
export const DURATION_UNITS: ReadonlyArray<readonly [string, readonly [number, number]]> = [
  ['decades', [120, 1]], ['decade', [120, 1]],
  ['years', [12, 1]], ['year', [12, 1]], ['yrs', [12, 1]], ['yr', [12, 1]],
  ['months', [1, 1]], ['month', [1, 1]], ['mos', [1, 1]], ['mo', [1, 1]], ['mths', [1, 1]], ['mth', [1, 1]],
  ['weeks', [1, 4.345]], ['week', [1, 4.345]], ['wks', [1, 4.345]], ['wk', [1, 4.345]],
  ['days', [1, 30.44]], ['day', [1, 30.44]],
];
export const DURATION_WORDS = new Set(DURATION_UNITS.map(([word]) => word));

export const PERCENT_SIGNS: ReadonlyArray<readonly [string, true]> = [['%', true], ['percent', true], ['pct', true]];
export const TIMES_SIGNS: ReadonlyArray<readonly [string, true]> = [['x', true], ['times', true], ['fold', true], ['- fold', true]];

/**
 * Units of power and energy after a figure, with the power of ten their prefix scales it by: "1.2 GW", "22
 * gigawatts", "41.2 terawatt hours (TWh)", "350 MWh". Capitals matter only to the reader: the tokens are lower-cased.
 */
export const POWER_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['terawatts', 12], ['terawatt', 12], ['tw', 12], ['gigawatts', 9], ['gigawatt', 9], ['gw', 9], ['megawatts', 6], ['megawatt', 6],
  ['mw', 6], ['kilowatts', 3], ['kilowatt', 3], ['kw', 3], ['watts', 0], ['watt', 0], ['w', 0],
];
export const ENERGY_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['terawatt hours', 12], ['terawatt - hours', 12], ['terawatt hour', 12], ['twh', 12], ['gigawatt hours', 9], ['gigawatt - hours', 9],
  ['gigawatt hour', 9], ['gwh', 9], ['megawatt hours', 6], ['megawatt - hours', 6], ['megawatt hour', 6], ['mwh', 6],
  ['kilowatt hours', 3], ['kilowatt - hours', 3], ['kilowatt hour', 3], ['kwh', 3], ['watt hours', 0], ['wh', 0],
];
