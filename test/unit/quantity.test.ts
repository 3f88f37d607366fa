// Table-driven tests of the value parser: each written form, its committed interval, the refusals, overlap and rendering.
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/domain/errors.js';
import { expectDomainError } from '../support/domain-error.js';
import {
  DEFAULT_TOLERANCE,
  dimensionOf,
  formatQuantity,
  intervalsOverlap,
  parseCardinal,
  parseQuantity,
  SHARED_CURRENCY_NAMES,
  SHILLING_SIGNS,
  type Dimension,
  type Quantity,
  type Unit,
} from '../../src/domain/quantity.js';

const ALL: Dimension[] = ['SHARE', 'MONEY', 'DURATION', 'MULTIPLE', 'COUNT', 'POWER', 'ENERGY'];
const parse = (text: string, accept: Dimension[] = ALL): Quantity => parseQuantity(text, { accept });

/** [lower, upper, lowerInclusive, upperInclusive] */
type Interval = [number | null, number | null, boolean, boolean];

interface Row {
  text: string;
  unit: Unit;
  interval: Interval;
  stated: [number | null, number | null];
  approx?: boolean;
  tolerance?: number;
}

const B = 1_000_000_000;
const M = 1_000_000;

const rows: Row[] = [
  // shares
  { text: '32%', unit: 'PERCENT', interval: [32, 32, true, true], stated: [32, 32] },
  { text: '32 percent', unit: 'PERCENT', interval: [32, 32, true, true], stated: [32, 32] },
  { text: '32 per cent', unit: 'PERCENT', interval: [32, 32, true, true], stated: [32, 32] },
  { text: '23.4pc', unit: 'PERCENT', interval: [23.4, 23.4, true, true], stated: [23.4, 23.4] },
  { text: '2.5%', unit: 'PERCENT', interval: [2.5, 2.5, true, true], stated: [2.5, 2.5] },
  { text: 'twenty-one percent', unit: 'PERCENT', interval: [21, 21, true, true], stated: [21, 21] },
  { text: 'twenty one percent', unit: 'PERCENT', interval: [21, 21, true, true], stated: [21, 21] },
  { text: 'half', unit: 'PERCENT', interval: [50, 50, true, true], stated: [50, 50] },
  { text: 'a third', unit: 'PERCENT', interval: [100 / 3, 100 / 3, true, true], stated: [100 / 3, 100 / 3] },
  { text: 'one-third', unit: 'PERCENT', interval: [100 / 3, 100 / 3, true, true], stated: [100 / 3, 100 / 3] },
  { text: 'a quarter', unit: 'PERCENT', interval: [25, 25, true, true], stated: [25, 25] },
  { text: 'two-thirds', unit: 'PERCENT', interval: [200 / 3, 200 / 3, true, true], stated: [200 / 3, 200 / 3] },
  { text: 'three quarters', unit: 'PERCENT', interval: [75, 75, true, true], stated: [75, 75] },
  { text: 'one in five developers', unit: 'PERCENT', interval: [20, 20, true, true], stated: [20, 20] },
  { text: 'majority', unit: 'PERCENT', interval: [50, 100, false, true], stated: [50, null] },
  { text: 'the vast majority', unit: 'PERCENT', interval: [50, 100, false, true], stated: [50, null] },
  { text: 'a minority', unit: 'PERCENT', interval: [0, 50, true, false], stated: [null, 50] },
  { text: '32% of the enterprise LLM API market', unit: 'PERCENT', interval: [32, 32, true, true], stated: [32, 32] },
  { text: '32% market share', unit: 'PERCENT', interval: [32, 32, true, true], stated: [32, 32] },
  // money, in whole currency units
  { text: '$2.5 billion', unit: 'USD', interval: [2.5 * B, 2.5 * B, true, true], stated: [2.5 * B, 2.5 * B] },
  { text: '$1B', unit: 'USD', interval: [B, B, true, true], stated: [B, B] },
  { text: '$1,000M', unit: 'USD', interval: [B, B, true, true], stated: [B, B] },
  { text: '$1000 million', unit: 'USD', interval: [B, B, true, true], stated: [B, B] },
  { text: '1 billion dollars', unit: 'USD', interval: [B, B, true, true], stated: [B, B] },
  { text: 'USD 1bn', unit: 'USD', interval: [B, B, true, true], stated: [B, B] },
  { text: 'US$5 million', unit: 'USD', interval: [5 * M, 5 * M, true, true], stated: [5 * M, 5 * M] },
  { text: '$1.1 million', unit: 'USD', interval: [1_100_000, 1_100_000, true, true], stated: [1_100_000, 1_100_000] },
  { text: 'half a billion dollars', unit: 'USD', interval: [0.5 * B, 0.5 * B, true, true], stated: [0.5 * B, 0.5 * B] },
  { text: 'two billion dollars', unit: 'USD', interval: [2 * B, 2 * B, true, true], stated: [2 * B, 2 * B] },
  { text: '€3m', unit: 'EUR', interval: [3 * M, 3 * M, true, true], stated: [3 * M, 3 * M] },
  { text: '5 million euros', unit: 'EUR', interval: [5 * M, 5 * M, true, true], stated: [5 * M, 5 * M] },
  { text: '£1.2 million', unit: 'GBP', interval: [1.2 * M, 1.2 * M, true, true], stated: [1.2 * M, 1.2 * M] },
  { text: '$1tn', unit: 'USD', interval: [1e12, 1e12, true, true], stated: [1e12, 1e12] },
  { text: '$1B annualized run rate', unit: 'USD', interval: [B, B, true, true], stated: [B, B] },
  { text: '$4 billion annualized', unit: 'USD', interval: [4 * B, 4 * B, true, true], stated: [4 * B, 4 * B] },
  { text: '£2bn in net income', unit: 'GBP', interval: [2 * B, 2 * B, true, true], stated: [2 * B, 2 * B] },
  { text: '$3 trillion market cap', unit: 'USD', interval: [3000 * B, 3000 * B, true, true], stated: [3000 * B, 3000 * B] },
  // other currencies, never compared with one another (no exchange rate is assumed)
  { text: '¥10 trillion', unit: 'JPY', interval: [1e13, 1e13, true, true], stated: [1e13, 1e13] },
  { text: '500 billion yen', unit: 'JPY', interval: [500 * B, 500 * B, true, true], stated: [500 * B, 500 * B] },
  { text: 'RMB 3.5 billion', unit: 'CNY', interval: [3.5 * B, 3.5 * B, true, true], stated: [3.5 * B, 3.5 * B] },
  { text: '2 billion yuan', unit: 'CNY', interval: [2 * B, 2 * B, true, true], stated: [2 * B, 2 * B] },
  { text: 'Rs 500 crore', unit: 'INR', interval: [5 * B, 5 * B, true, true], stated: [5 * B, 5 * B] },
  { text: 'Rs. 3 lakh', unit: 'INR', interval: [300_000, 300_000, true, true], stated: [300_000, 300_000] },
  { text: '₹1,200 crore', unit: 'INR', interval: [12 * B, 12 * B, true, true], stated: [12 * B, 12 * B] },
  // a lakh of crores: a trillion rupees
  { text: 'Rs 1.2 lakh crore', unit: 'INR', interval: [1200 * B, 1200 * B, true, true], stated: [1200 * B, 1200 * B] },
  { text: '1.5 trillion won', unit: 'KRW', interval: [1.5e12, 1.5e12, true, true], stated: [1.5e12, 1.5e12] },
  { text: 'CHF 2.1 billion', unit: 'CHF', interval: [2.1 * B, 2.1 * B, true, true], stated: [2.1 * B, 2.1 * B] },
  { text: '40 million Canadian dollars', unit: 'CAD', interval: [40 * M, 40 * M, true, true], stated: [40 * M, 40 * M] },
  { text: 'AUD 12m', unit: 'AUD', interval: [12 * M, 12 * M, true, true], stated: [12 * M, 12 * M] },
  { text: 'S$41 billion', unit: 'SGD', interval: [41 * B, 41 * B, true, true], stated: [41 * B, 41 * B] },
  { text: 'HK$3 billion', unit: 'HKD', interval: [3 * B, 3 * B, true, true], stated: [3 * B, 3 * B] },
  { text: 'NZ$1 billion', unit: 'NZD', interval: [B, B, true, true], stated: [B, B] },
  // Capitals glued to "$": the Australian, Canadian and Mexican dollars (read as US dollars, or "circa", before).
  { text: 'A$1.25 billion', unit: 'AUD', interval: [1.25 * B, 1.25 * B, true, true], stated: [1.25 * B, 1.25 * B] },
  { text: 'AU$1.25 billion', unit: 'AUD', interval: [1.25 * B, 1.25 * B, true, true], stated: [1.25 * B, 1.25 * B] },
  { text: 'C$3.2 billion', unit: 'CAD', interval: [3.2 * B, 3.2 * B, true, true], stated: [3.2 * B, 3.2 * B] },
  { text: 'MX$2 billion', unit: 'MXN', interval: [2 * B, 2 * B, true, true], stated: [2 * B, 2 * B] },
  // Cents named with their currency are money; bare cents stay a count (quantity-numbers.test).
  { text: '21 Australian cents', unit: 'AUD', interval: [0.21, 0.21, true, true], stated: [0.21, 0.21] },
  { text: '40 US cents', unit: 'USD', interval: [0.4, 0.4, true, true], stated: [0.4, 0.4] },
  { text: '21 euro cents', unit: 'EUR', interval: [0.21, 0.21, true, true], stated: [0.21, 0.21] },
  // A scale hyphenated to its number, as Canadian papers write it.
  { text: '$412-million', unit: 'USD', interval: [412 * M, 412 * M, true, true], stated: [412 * M, 412 * M] },
  { text: 'C$1.02-billion', unit: 'CAD', interval: [1.02 * B, 1.02 * B, true, true], stated: [1.02 * B, 1.02 * B] },
  // Spaced, the letter is an article: US dollars.
  { text: 'A $50 million', unit: 'USD', interval: [50 * M, 50 * M, true, true], stated: [50 * M, 50 * M] },
  { text: '162 billion rand', unit: 'ZAR', interval: [162 * B, 162 * B, true, true], stated: [162 * B, 162 * B] },
  { text: 'R12.4bn', unit: 'ZAR', interval: [12.4 * B, 12.4 * B, true, true], stated: [12.4 * B, 12.4 * B] },
  { text: 'R1.7 billion', unit: 'ZAR', interval: [1.7 * B, 1.7 * B, true, true], stated: [1.7 * B, 1.7 * B] },
  { text: '12 billion Swedish crowns', unit: 'SEK', interval: [12 * B, 12 * B, true, true], stated: [12 * B, 12 * B] },
  { text: 'SEK 3 billion', unit: 'SEK', interval: [3 * B, 3 * B, true, true], stated: [3 * B, 3 * B] },
  { text: 'NOK 900 million', unit: 'NOK', interval: [900 * M, 900 * M, true, true], stated: [900 * M, 900 * M] },
  // digits grouped the Indian way (lakhs and crores)
  { text: '2,41,870', unit: 'COUNT', interval: [241_870, 241_870, true, true], stated: [241_870, 241_870] },
  { text: '₹1,23,456 crore', unit: 'INR', interval: [1_234_560_000_000, 1_234_560_000_000, true, true], stated: [1_234_560_000_000, 1_234_560_000_000] },
  // pence, the pound's hundredth, after the figure
  { text: '8.4p', unit: 'GBP', interval: [0.084, 0.084, true, true], stated: [0.084, 0.084] },
  { text: '287p', unit: 'GBP', interval: [2.87, 2.87, true, true], stated: [2.87, 2.87] },
  { text: '12 pence', unit: 'GBP', interval: [0.12, 0.12, true, true], stated: [0.12, 0.12] },
  { text: '8 to 12p', unit: 'GBP', interval: [0.08, 0.12, true, true], stated: [0.08, 0.12] },
  { text: '4 billion Danish kroner', unit: 'DKK', interval: [4 * B, 4 * B, true, true], stated: [4 * B, 4 * B] },
  { text: 'R$2 billion', unit: 'BRL', interval: [2 * B, 2 * B, true, true], stated: [2 * B, 2 * B] },
  { text: '500 million Mexican pesos', unit: 'MXN', interval: [500 * M, 500 * M, true, true], stated: [500 * M, 500 * M] },
  // Currencies of Asia, Europe's east, the Middle East, Africa and Latin America, by sign, code or name.
  { text: 'NT$1.2 billion', unit: 'TWD', interval: [1.2 * B, 1.2 * B, true, true], stated: [1.2 * B, 1.2 * B] },
  { text: '12 billion New Taiwan dollars', unit: 'TWD', interval: [12 * B, 12 * B, true, true], stated: [12 * B, 12 * B] },
  { text: '3.5 billion baht', unit: 'THB', interval: [3.5 * B, 3.5 * B, true, true], stated: [3.5 * B, 3.5 * B] },
  { text: 'RM1.2 billion', unit: 'MYR', interval: [1.2 * B, 1.2 * B, true, true], stated: [1.2 * B, 1.2 * B] },
  { text: '2 billion ringgit', unit: 'MYR', interval: [2 * B, 2 * B, true, true], stated: [2 * B, 2 * B] },
  { text: 'Rp5 trillion', unit: 'IDR', interval: [5e12, 5e12, true, true], stated: [5e12, 5e12] },
  { text: 'SFr12.4bn', unit: 'CHF', interval: [12.4 * B, 12.4 * B, true, true], stated: [12.4 * B, 12.4 * B] },
  { text: '5 trillion rupiah', unit: 'IDR', interval: [5e12, 5e12, true, true], stated: [5e12, 5e12] },
  { text: '₱2.5 billion', unit: 'PHP', interval: [2.5 * B, 2.5 * B, true, true], stated: [2.5 * B, 2.5 * B] },
  { text: '12 trillion dong', unit: 'VND', interval: [12e12, 12e12, true, true], stated: [12e12, 12e12] },
  { text: '4 billion lira', unit: 'TRY', interval: [4 * B, 4 * B, true, true], stated: [4 * B, 4 * B] },
  { text: '30 billion roubles', unit: 'RUB', interval: [30 * B, 30 * B, true, true], stated: [30 * B, 30 * B] },
  { text: '1.2 billion zlotys', unit: 'PLN', interval: [1.2 * B, 1.2 * B, true, true], stated: [1.2 * B, 1.2 * B] },
  { text: '₪300 million', unit: 'ILS', interval: [300 * M, 300 * M, true, true], stated: [300 * M, 300 * M] },
  { text: 'AED 2 billion', unit: 'AED', interval: [2 * B, 2 * B, true, true], stated: [2 * B, 2 * B] },
  { text: '₦50 billion', unit: 'NGN', interval: [50 * B, 50 * B, true, true], stated: [50 * B, 50 * B] },
  // The longest name wins: Egyptian pounds are not sterling.
  { text: '3 billion Egyptian pounds', unit: 'EGP', interval: [3 * B, 3 * B, true, true], stated: [3 * B, 3 * B] },
  { text: '400 billion Chilean pesos', unit: 'CLP', interval: [400 * B, 400 * B, true, true], stated: [400 * B, 400 * B] },
  { text: '9.8 billion Kenyan shillings', unit: 'KES', interval: [9.8 * B, 9.8 * B, true, true], stated: [9.8 * B, 9.8 * B] },
  { text: '5 billion Kenyan shilling', unit: 'KES', interval: [5 * B, 5 * B, true, true], stated: [5 * B, 5 * B] },
  { text: 'KSh 9.8 billion', unit: 'KES', interval: [9.8 * B, 9.8 * B, true, true], stated: [9.8 * B, 9.8 * B] },
  // "crowns" alone could be any of three currencies, and is read as a count of crowns
  { text: '5 crowns', unit: 'COUNT', interval: [5, 5, true, true], stated: [5, 5] },
  { text: 'a $1 billion annualized run-rate', unit: 'USD', interval: [B, B, true, true], stated: [B, B] },
  { text: '$2B in revenue', unit: 'USD', interval: [2 * B, 2 * B, true, true], stated: [2 * B, 2 * B] },
  // durations, in months
  { text: 'six months', unit: 'MONTH', interval: [6, 6, true, true], stated: [6, 6] },
  { text: '6 months', unit: 'MONTH', interval: [6, 6, true, true], stated: [6, 6] },
  { text: 'a year', unit: 'MONTH', interval: [12, 12, true, true], stated: [12, 12] },
  { text: 'a year and a half', unit: 'MONTH', interval: [18, 18, true, true], stated: [18, 18] },
  { text: 'two and a half years', unit: 'MONTH', interval: [30, 30, true, true], stated: [30, 30] },
  { text: '1.5 years', unit: 'MONTH', interval: [18, 18, true, true], stated: [18, 18] },
  { text: '2 weeks', unit: 'MONTH', interval: [2 / 4.345, 2 / 4.345, true, true], stated: [2 / 4.345, 2 / 4.345] },
  { text: '90 days', unit: 'MONTH', interval: [90 / 30.44, 90 / 30.44, true, true], stated: [90 / 30.44, 90 / 30.44] },
  { text: 'a decade', unit: 'MONTH', interval: [120, 120, true, true], stated: [120, 120] },
  // multiples
  { text: '2x', unit: 'TIMES', interval: [2, 2, true, true], stated: [2, 2] },
  { text: '2.5×', unit: 'TIMES', interval: [2.5, 2.5, true, true], stated: [2.5, 2.5] },
  { text: '3 times', unit: 'TIMES', interval: [3, 3, true, true], stated: [3, 3] },
  { text: 'twice', unit: 'TIMES', interval: [2, 2, true, true], stated: [2, 2] },
  { text: 'three-fold', unit: 'TIMES', interval: [3, 3, true, true], stated: [3, 3] },
  { text: 'threefold', unit: 'TIMES', interval: [3, 3, true, true], stated: [3, 3] },
  { text: '20-fold', unit: 'TIMES', interval: [20, 20, true, true], stated: [20, 20] },
  { text: 'tenfold', unit: 'TIMES', interval: [10, 10, true, true], stated: [10, 10] },
  // counts
  { text: '10 million users', unit: 'COUNT', interval: [10 * M, 10 * M, true, true], stated: [10 * M, 10 * M] },
  { text: '1.2k', unit: 'COUNT', interval: [1200, 1200, true, true], stated: [1200, 1200] },
  { text: 'six', unit: 'COUNT', interval: [6, 6, true, true], stated: [6, 6] },
  { text: 'twenty-one', unit: 'COUNT', interval: [21, 21, true, true], stated: [21, 21] },
  { text: 'a hundred and fifty', unit: 'COUNT', interval: [150, 150, true, true], stated: [150, 150] },
  { text: 'two dozen engineers', unit: 'COUNT', interval: [24, 24, true, true], stated: [24, 24] },
  // lower bounds
  { text: 'over half', unit: 'PERCENT', interval: [50, 100, false, true], stated: [50, null] },
  { text: 'more than 50%', unit: 'PERCENT', interval: [50, 100, false, true], stated: [50, null] },
  { text: 'just over half', unit: 'PERCENT', interval: [50, 100, false, true], stated: [50, null] },
  { text: 'above $1B', unit: 'USD', interval: [B, null, false, false], stated: [B, null] },
  { text: 'exceeding 10,000 customers', unit: 'COUNT', interval: [10_000, null, false, false], stated: [10_000, null] },
  { text: 'upwards of $2 billion', unit: 'USD', interval: [2 * B, null, false, false], stated: [2 * B, null] },
  { text: 'well over $1 trillion', unit: 'USD', interval: [1e12, null, false, false], stated: [1e12, null] },
  { text: 'more than six months', unit: 'MONTH', interval: [6, null, false, false], stated: [6, null] },
  { text: 'at least half', unit: 'PERCENT', interval: [50, 100, true, true], stated: [50, null] },
  { text: 'no less than 10 million users', unit: 'COUNT', interval: [10 * M, null, true, false], stated: [10 * M, null] },
  { text: '3 million-plus users', unit: 'COUNT', interval: [3 * M, null, true, false], stated: [3 * M, null] },
  { text: '10 or more', unit: 'COUNT', interval: [10, null, true, false], stated: [10, null] },
  { text: '10,000+ customers', unit: 'COUNT', interval: [10_000, null, true, false], stated: [10_000, null] },
  { text: '50%+', unit: 'PERCENT', interval: [50, 100, true, true], stated: [50, null] },
  { text: '10+ years', unit: 'MONTH', interval: [120, null, true, false], stated: [120, null] },
  // upper bounds: shares, money, counts and durations cannot go below zero
  { text: 'under 5%', unit: 'PERCENT', interval: [0, 5, true, false], stated: [null, 5] },
  { text: 'less than $1B', unit: 'USD', interval: [0, B, true, false], stated: [null, B] },
  { text: 'below 3 months', unit: 'MONTH', interval: [0, 3, true, false], stated: [null, 3] },
  { text: 'fewer than 100 employees', unit: 'COUNT', interval: [0, 100, true, false], stated: [null, 100] },
  { text: 'under 2x', unit: 'TIMES', interval: [null, 2, false, false], stated: [null, 2] },
  { text: 'at most 3x', unit: 'TIMES', interval: [null, 3, false, true], stated: [null, 3] },
  { text: 'up to 20%', unit: 'PERCENT', interval: [0, 20, true, true], stated: [null, 20] },
  { text: 'no more than 6 months', unit: 'MONTH', interval: [0, 6, true, true], stated: [null, 6] },
  { text: '5 or fewer', unit: 'COUNT', interval: [0, 5, true, true], stated: [null, 5] },
  // ranges
  { text: '20 to 21%', unit: 'PERCENT', interval: [20, 21, true, true], stated: [20, 21] },
  { text: '20-21%', unit: 'PERCENT', interval: [20, 21, true, true], stated: [20, 21] },
  { text: '20–21%', unit: 'PERCENT', interval: [20, 21, true, true], stated: [20, 21] },
  { text: '20%-21%', unit: 'PERCENT', interval: [20, 21, true, true], stated: [20, 21] },
  { text: 'between 20 and 21 percent', unit: 'PERCENT', interval: [20, 21, true, true], stated: [20, 21] },
  { text: 'from 20 to 30%', unit: 'PERCENT', interval: [20, 30, true, true], stated: [20, 30] },
  { text: '$1-2 billion', unit: 'USD', interval: [B, 2 * B, true, true], stated: [B, 2 * B] },
  { text: '$1 billion to $2 billion', unit: 'USD', interval: [B, 2 * B, true, true], stated: [B, 2 * B] },
  { text: '$500 million to $1 billion', unit: 'USD', interval: [0.5 * B, B, true, true], stated: [0.5 * B, B] },
  { text: '1 to 2 billion dollars', unit: 'USD', interval: [B, 2 * B, true, true], stated: [B, 2 * B] },
  { text: '6-12 months', unit: 'MONTH', interval: [6, 12, true, true], stated: [6, 12] },
  { text: '2-3x', unit: 'TIMES', interval: [2, 3, true, true], stated: [2, 3] },
  { text: '10-20 million users', unit: 'COUNT', interval: [10 * M, 20 * M, true, true], stated: [10 * M, 20 * M] },
  // hedged: ±max(10% of the larger stated value, 1 point for percentages)
  { text: 'roughly 20 to 21%', unit: 'PERCENT', interval: [17.9, 23.1, true, true], stated: [20, 21], approx: true, tolerance: 2.1 },
  { text: 'about 20%', unit: 'PERCENT', interval: [18, 22, true, true], stated: [20, 20], approx: true, tolerance: 2 },
  { text: 'about 5%', unit: 'PERCENT', interval: [4, 6, true, true], stated: [5, 5], approx: true, tolerance: 1 },
  { text: 'about 0.5%', unit: 'PERCENT', interval: [0, 1.5, true, true], stated: [0.5, 0.5], approx: true, tolerance: 1 },
  { text: 'some 20%', unit: 'PERCENT', interval: [18, 22, true, true], stated: [20, 20], approx: true, tolerance: 2 },
  { text: 'approx. 20%', unit: 'PERCENT', interval: [18, 22, true, true], stated: [20, 20], approx: true, tolerance: 2 },
  { text: '20% or so', unit: 'PERCENT', interval: [18, 22, true, true], stated: [20, 20], approx: true, tolerance: 2 },
  { text: 'around half', unit: 'PERCENT', interval: [45, 55, true, true], stated: [50, 50], approx: true, tolerance: 5 },
  { text: 'close to 98%', unit: 'PERCENT', interval: [88.2, 100, true, true], stated: [98, 98], approx: true, tolerance: 9.8 },
  { text: '~$2B', unit: 'USD', interval: [1.8 * B, 2.2 * B, true, true], stated: [2 * B, 2 * B], approx: true, tolerance: 0.2 * B },
  { text: 'approximately six months', unit: 'MONTH', interval: [5.4, 6.6, true, true], stated: [6, 6], approx: true, tolerance: 0.6 },
  { text: 'about $1-2 billion', unit: 'USD', interval: [0.8 * B, 2.2 * B, true, true], stated: [B, 2 * B], approx: true, tolerance: 0.2 * B },
  { text: 'nearly 50%', unit: 'PERCENT', interval: [45, 50, true, true], stated: [null, 50], approx: true, tolerance: 5 },
  { text: 'almost $1B', unit: 'USD', interval: [0.9 * B, B, true, true], stated: [null, B], approx: true, tolerance: 0.1 * B },
  { text: 'nearly half', unit: 'PERCENT', interval: [45, 50, true, true], stated: [null, 50], approx: true, tolerance: 5 },
  { text: 'roughly over 50%', unit: 'PERCENT', interval: [45, 100, false, true], stated: [50, null], approx: true, tolerance: 5 },
  // relative figures: the adjective is dropped, and a relative percentage may pass 100
  { text: '25% faster', unit: 'PERCENT', interval: [25, 25, true, true], stated: [25, 25] },
  { text: '25 percent faster', unit: 'PERCENT', interval: [25, 25, true, true], stated: [25, 25] },
  { text: '150% faster', unit: 'PERCENT', interval: [150, 150, true, true], stated: [150, 150] },
  { text: '2x faster', unit: 'TIMES', interval: [2, 2, true, true], stated: [2, 2] },
  { text: 'twice as fast', unit: 'TIMES', interval: [2, 2, true, true], stated: [2, 2] },
  { text: '3 times as many', unit: 'TIMES', interval: [3, 3, true, true], stated: [3, 3] },
  { text: '2x more productive', unit: 'TIMES', interval: [2, 2, true, true], stated: [2, 2] },
  { text: 'over 50% faster', unit: 'PERCENT', interval: [50, null, false, false], stated: [50, null] },
];

describe('parseQuantity: written forms', () => {
  it.each(rows)('$text', ({ text, unit, interval, stated, approx = false, tolerance }) => {
    const q = parse(text);
    expect(q.text).toBe(text);
    expect(q.unit).toBe(unit);
    const [lower, upper, lowerInclusive, upperInclusive] = interval;
    expectNumber(q.lower, lower);
    expectNumber(q.upper, upper);
    expect(q.lowerInclusive).toBe(lowerInclusive);
    expect(q.upperInclusive).toBe(upperInclusive);
    expectNumber(q.statedLower, stated[0]);
    expectNumber(q.statedUpper, stated[1]);
    expect(q.approx).toBe(approx);
    expectNumber(q.tolerance, approx ? (tolerance ?? null) : null);
  });
});

/** Exact for null, and to 9 significant digits otherwise: decimal arithmetic (20 - 2.1) is not exact in binary. */
function expectNumber(actual: number | null, expected: number | null): void {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs((actual ?? NaN) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-9 + 1e-9);
}

describe('parseQuantity: details', () => {
  it('keeps the text exactly as written, only trimmed', () => {
    expect(parse('  Over Half  ').text).toBe('Over Half');
  });

  it('scales decimals exactly (no binary rounding noise)', () => {
    expect(parse('$1.1 million').lower).toBe(1_100_000);
    expect(parse('$2.3B').lower).toBe(2_300_000_000);
    expect(parse('1.2k').lower).toBe(1200);
  });

  it('widens with a custom tolerance', () => {
    const q = parseQuantity('about 40%', { accept: ['SHARE'], tolerance: { relative: 0.05, minPercentPoints: 3 } });
    expect([q.lower, q.upper, q.tolerance]).toEqual([37, 43, 3]);
  });

  it('uses a 10% / 1 point default tolerance', () => {
    expect(DEFAULT_TOLERANCE).toEqual({ relative: 0.1, minPercentPoints: 1 });
  });

  it('reads a bare number as a count when counts are accepted', () => {
    const q = parseQuantity('32', { accept: ['COUNT'] });
    expect([q.unit, q.lower, q.upper]).toEqual(['COUNT', 32, 32]);
  });

  it('reads each currency word several countries share once named for one, and the shilling\'s "Sh" as that country\'s', () => {
    for (const [word, names] of Object.entries(SHARED_CURRENCY_NAMES)) {
      for (const [unit, name] of Object.entries(names)) {
        expect([word, parseQuantity(`5 ${name}`, { accept: ['MONEY'] }).unit]).toEqual([word, unit]);
        expect([word, parseQuantity(`5 ${word}`, { accept: ['MONEY'], shared: { [word]: unit } }).unit]).toEqual([word, unit]);
        // A dollar's bare sign too, hedged or not.
        const dollars = { dollars: unit as Unit };
        if (word === 'dollars') expect([parseQuantity('$5', { accept: ['MONEY'], shared: dollars }).unit, parseQuantity('~$5', { accept: ['MONEY'], shared: dollars }).unit]).toEqual([unit, unit]);
      }
    }
    expect(parseQuantity('US$5', { accept: ['MONEY'], shared: { dollars: 'CAD' } }).unit).toBe('USD');
    expect(parseQuantity('5 US dollars', { accept: ['MONEY'], shared: { dollars: 'CAD' } }).unit).toBe('USD');
    for (const unit of Object.keys(SHILLING_SIGNS)) expect(parseQuantity('Sh9.7 billion', { accept: ['MONEY'], shared: { shillings: unit as 'KES' } }).unit).toBe(unit);
    expect(() => parseQuantity('Sh9.7 billion', { accept: ['MONEY'] })).toThrow();
    expect(parseQuantity('5 pesos', { accept: ['MONEY', 'COUNT'] }).unit).toBe('COUNT');
  });

  it("reads bare cents as the currency's hundredths only for text known to count in it", () => {
    const read = (text: string, cents?: 'USD' | 'EUR') => {
      const q = parseQuantity(text, { accept: ['MONEY', 'COUNT', 'SHARE'], shared: cents ? { cents } : undefined });
      return [q.unit, q.lower];
    };
    expect(read('42 cents')).toEqual(['COUNT', 42]);
    expect(read('42 cents', 'USD')).toEqual(['USD', 0.42]);
    expect(read('85 cents to $1.05', 'USD')).toEqual(['USD', 0.85]);
    expect(read('21 cents', 'EUR')).toEqual(['EUR', 0.21]);
    expect(read('42 per cent', 'USD')).toEqual(['PERCENT', 42]);
    expect(read('42 Australian cents', 'USD')).toEqual(['AUD', 0.42]);
  });

  it('maps units to dimensions', () => {
    expect((['PERCENT', 'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'MONTH', 'TIMES', 'COUNT', 'WATT', 'WATT_HOUR'] as const).map(dimensionOf)).toEqual([
      'SHARE', 'MONEY', 'MONEY', 'MONEY', 'MONEY', 'MONEY', 'DURATION', 'MULTIPLE', 'COUNT', 'POWER', 'ENERGY',
    ]);
  });

  it('reads power and energy with their prefixes, written out or as symbols, and renders them back', () => {
    const read = (text: string) => {
      const q = parseQuantity(text, { accept: ALL });
      return [q.unit, q.lower, q.upper, formatQuantity(q)];
    };
    expect(read('1.2 GW')).toEqual(['WATT', 1.2e9, 1.2e9, '1.2 GW']);
    expect(read('22 gigawatts')).toEqual(['WATT', 22e9, 22e9, '22 GW']);
    expect(read('1,250 megawatts')).toEqual(['WATT', 1.25e9, 1.25e9, '1.25 GW']);
    expect(read('41.2 terawatt hours')).toEqual(['WATT_HOUR', 41.2e12, 41.2e12, '41.2 TWh']);
    expect(read('41.2 terawatt-hours')).toEqual(['WATT_HOUR', 41.2e12, 41.2e12, '41.2 TWh']);
    expect(read('350 MWh')).toEqual(['WATT_HOUR', 350e6, 350e6, '350 MWh']);
    expect(read('about 5 kWh')[0]).toBe('WATT_HOUR');
    expect(read('2.5 billion kWh')).toEqual(['WATT_HOUR', 2.5e12, 2.5e12, '2.5 TWh']);
    // Power is not energy, and neither is money: a predicate taking one refuses the others.
    expect(() => parseQuantity('1.2 GW', { accept: ['ENERGY'] })).toThrow(/POWER/);
    expect(() => parseQuantity('$1.2 GW', { accept: ALL })).toThrow();
  });

  it('keeps unreadable text as free text when the predicate allows it', () => {
    const q = parseQuantity('developer-in-the-loop local terminal workflow', { accept: [], allowFreeText: true });
    expect(q).toEqual({
      text: 'developer-in-the-loop local terminal workflow',
      unit: null,
      lower: null,
      upper: null,
      lowerInclusive: false,
      upperInclusive: false,
      statedLower: null,
      statedUpper: null,
      approx: false,
      tolerance: null,
    });
    expect(parseQuantity('reasoning', { accept: ['SHARE'], allowFreeText: true }).unit).toBeNull();
  });

  it('keeps numbers as text for a predicate that takes only text', () => {
    expect(parseQuantity('2 execution modes', { accept: [], allowFreeText: true }).unit).toBeNull();
  });

  it('still reads numbers for a predicate that takes numbers or text', () => {
    expect(parseQuantity('32%', { accept: ['SHARE'], allowFreeText: true }).lower).toBe(32);
  });
});

interface ErrorRow {
  text: string;
  accept?: Dimension[];
  code: ErrorCode;
  message: string | RegExp;
}

const errorRows: ErrorRow[] = [
  { text: 'xyz', code: ErrorCode.ValueUnparseable, message: 'cannot read a value from "xyz"' },
  // A currency code that is also a word is not read before a figure: "PHP 8" is a language's version, not 8 pesos.
  { text: 'PHP 8', code: ErrorCode.ValueUnparseable, message: /cannot read a value from "PHP 8"/ },
  { text: '', code: ErrorCode.ValueUnparseable, message: 'cannot read a value from ""' },
  { text: '   ', code: ErrorCode.ValueUnparseable, message: 'cannot read a value from ""' },
  { text: 'about', code: ErrorCode.ValueUnparseable, message: 'cannot read a value from "about"' },
  { text: '$', code: ErrorCode.ValueUnparseable, message: 'cannot read a value from "$"' },
  // A letter before a number with no scale is as often a name ("the R2") as the rand: not read.
  { text: 'R2', code: ErrorCode.ValueUnparseable, message: 'cannot read a value from "R2"' },
  { text: '50% by 2026', code: ErrorCode.ValueUnparseable, message: 'cannot read a value from "50% by 2026"' },
  { text: '25% faster than Copilot', code: ErrorCode.ValueUnparseable, message: /"than"/ },
  { text: '20 and 21%', code: ErrorCode.ValueUnparseable, message: /"and"/ },
  { text: '1,2', code: ErrorCode.ValueUnparseable, message: 'cannot read a value from "1,2"' },
  { text: '1e9', code: ErrorCode.ValueUnparseable, message: 'cannot read a value from "1e9"' },
  { text: '-5%', code: ErrorCode.ValueUnparseable, message: /negative/ },
  { text: '150%', code: ErrorCode.ValueUnparseable, message: /cannot exceed 100%/ },
  { text: 'over 100%', code: ErrorCode.ValueUnparseable, message: /empty/ },
  { text: '21-20%', code: ErrorCode.ValueUnparseable, message: /backwards/ },
  { text: 'between 20%', code: ErrorCode.ValueUnparseable, message: /second figure/ },
  { text: '$5%', code: ErrorCode.ValueUnparseable, message: /currency/ },
  { text: '20% to $21', code: ErrorCode.ValueUnparseable, message: /different units/ },
  { text: '11% to 28.6 million', code: ErrorCode.ValueUnparseable, message: /percentage and a scaled figure/ },
  { text: 'over 50% or more', code: ErrorCode.ValueUnparseable, message: /two bounds/ },
  { text: 'nearly 20-21%', code: ErrorCode.ValueUnparseable, message: /range/ },
  { text: 'five thirds', code: ErrorCode.ValueUnparseable, message: /"thirds"/ },
  { text: `${'9'.repeat(400)} dollars`, code: ErrorCode.ValueUnparseable, message: /too large/ },
  { text: '$2B', accept: ['SHARE'], code: ErrorCode.ValueUnitMismatch, message: '"$2B" is a MONEY value (USD), but this predicate accepts SHARE' },
  { text: 'six months', accept: ['MONEY'], code: ErrorCode.ValueUnitMismatch, message: /DURATION value \(MONTH\).*accepts MONEY/ },
  { text: '25%', accept: ['MULTIPLE'], code: ErrorCode.ValueUnitMismatch, message: /SHARE value/ },
  { text: '10 million users', accept: ['SHARE', 'MONEY'], code: ErrorCode.ValueUnitMismatch, message: /COUNT value.*SHARE or MONEY/ },
  { text: '32', accept: ['SHARE'], code: ErrorCode.ValueUnitMismatch, message: /"32" has no unit/ },
  { text: '32', accept: ['MONEY'], code: ErrorCode.ValueUnitMismatch, message: /"32" has no unit/ },
  { text: '$2B', accept: ['SHARE'], code: ErrorCode.ValueUnitMismatch, message: /MONEY/ },
  // A counted noun phrase ends at another number: the rest is another phrase, not what is counted.
  { text: '50 million registered users two', code: ErrorCode.ValueUnparseable, message: /"two" does not belong to a value/ },
];

describe('parseQuantity: refusals', () => {
  it.each(errorRows)('$text → $code', ({ text, accept = ALL, code, message }) => {
    expectDomainError(() => parseQuantity(text, { accept }), code, message);
  });

  it('still refuses a unit mismatch when free text is allowed alongside numbers', () => {
    expect(() => parseQuantity('$2B', { accept: ['SHARE'], allowFreeText: true })).toThrow(
      expect.objectContaining({ code: ErrorCode.ValueUnitMismatch }),
    );
  });

  it('refuses empty text even when free text is allowed', () => {
    expect(() => parseQuantity(' ', { accept: [], allowFreeText: true })).toThrow(
      expect.objectContaining({ code: ErrorCode.ValueUnparseable }),
    );
  });
});

describe('intervalsOverlap', () => {
  const cases: Array<[string, string, boolean]> = [
    ['over half', '50%', false],
    ['at least half', '50%', true],
    ['over half', '51%', true],
    ['roughly 20 to 21%', '22%', true],
    ['roughly 20 to 21%', '24%', false],
    ['20 to 21%', '22%', false],
    ['$1B', '$1,000M', true],
    ['$1B', '$1.1B', false],
    ['under 5%', '5%', false],
    ['up to 5%', '5%', true],
    ['at most 3x', 'at least 3x', true],
    ['under 3x', 'at least 3x', false],
    ['over $1B', 'under $1B', false],
    ['over $1B', '$5 trillion', true],
    ['more than six months', 'a year', true],
    ['nearly 50%', 'over half', false],
    ['nearly 50%', '46%', true],
    ['32%', '$32', false],
    ['$1B', '€1B', false],
  ];
  it.each(cases)('%s vs %s → %s', (a, b, expected) => {
    expect(intervalsOverlap(parse(a), parse(b))).toBe(expected);
    expect(intervalsOverlap(parse(b), parse(a))).toBe(expected);
  });

  it('never overlaps free text', () => {
    const text = parseQuantity('reasoning', { accept: [], allowFreeText: true });
    expect(intervalsOverlap(text, text)).toBe(false);
  });
});

describe('formatQuantity', () => {
  const cases: Array<[string, string]> = [
    ['over half', '> 50%'],
    ['at least half', '≥ 50%'],
    ['under 5%', '< 5%'],
    ['up to 20%', '≤ 20%'],
    ['$2.5 billion', '$2.5B'],
    ['$1,000M', '$1B'],
    ['€3m', '€3M'],
    ['£500', '£500'],
    ['18 to 23%', '18%–23%'],
    ['roughly 20 to 21%', '~20%–21%'],
    ['about $2B', '~$2B'],
    ['six months', '6 months'],
    ['a month', '1 month'],
    ['6-12 months', '6–12 months'],
    ['2x faster', '2x'],
    ['a third', '33.33%'],
    ['10 million users', '10M'],
    ['nearly 50%', '≲ 50%'],
    ['roughly over 50%', '> ~50%'],
    ['¥10 trillion', '¥10T'],
    ['CHF 2.1 billion', 'CHF 2.1B'],
  ];
  it.each(cases)('%s → %s', (text, rendered) => {
    expect(formatQuantity(parse(text))).toBe(rendered);
  });

  it('renders free text as written', () => {
    expect(formatQuantity(parseQuantity('coding performance', { accept: [], allowFreeText: true }))).toBe('coding performance');
  });

  it.each(cases)('reads its own rendering of %s back to the same interval', (text) => {
    const original = parse(text);
    const reread = parse(formatQuantity(original));
    expect(reread.unit).toBe(original.unit);
    expect(reread.lowerInclusive).toBe(original.lowerInclusive);
    expect(reread.upperInclusive).toBe(original.upperInclusive);
    expect(reread.approx).toBe(original.approx);
    // Rendering keeps four significant digits, so a third comes back as 33.33.
    expectNumber(reread.statedLower === null ? null : Number(reread.statedLower.toPrecision(4)), original.statedLower === null ? null : Number(original.statedLower.toPrecision(4)));
    expectNumber(reread.statedUpper === null ? null : Number(reread.statedUpper.toPrecision(4)), original.statedUpper === null ? null : Number(original.statedUpper.toPrecision(4)));
  });
});

describe('parseCardinal', () => {
  const cases: Array<[string, number | null]> = [
    ['six', 6],
    ['twenty-one', 21],
    ['a', 1],
    ['an', 1],
    ['18', 18],
    ['1.5', 1.5],
    ['two and a half', 2.5],
    ['a half', 0.5],
    ['launch', null],
    ['six months', null],
  ];
  it.each(cases)('%s → %s', (text, value) => {
    expect(parseCardinal(text)).toBe(value);
  });
});
