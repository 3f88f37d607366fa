// Reads claim values ("over half", "$2.5 billion", "roughly 20 to 21%") into unit-tagged intervals, refusing text it cannot read.
// The public face of the value parser: callers import from here, so the files under ./quantity/ can move freely.
export { parseCardinal } from './quantity/cardinal.js';
export { formatQuantity, plain, renderNumber } from './quantity/format.js';
export type { Quantity } from './quantity/interval.js';
export { intervalsOverlap } from './quantity/overlap.js';
export { parseQuantity, type ParseQuantityOptions } from './quantity/parse.js';
export { SHARED_CURRENCY_NAMES, SHILLING_SIGNS, withSharedCurrencies, type SharedCurrencies, type SharedCurrencyWord } from './quantity/shared-currencies.js';
export { DEFAULT_TOLERANCE, type Tolerance } from './quantity/tolerance.js';
export { CURRENCIES, CURRENCY_CODES_BEFORE_FIGURES, CURRENCY_NOUNS, DIMENSIONS, dimensionOf, GLUED_DOLLARS, RAND_AMOUNT, type Dimension, type Unit } from './quantity/units.js';
