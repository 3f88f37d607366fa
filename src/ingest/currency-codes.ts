// Currency codes as an article's tokens show them: glued to an amount ("RM2.6", "VND190", "AED35.5") or standing
// before one ("SAR 400 billion"). Neither is a company's name, and a code glued to its amount starts a figure.
import { CURRENCIES, CURRENCY_CODES_BEFORE_FIGURES } from '../domain/quantity.js';
import type { Token } from './document.js';

/** Codes the value parser reads before a figure ("rm", "rp", "aed"). */
const READ_BEFORE_FIGURES = new Set(CURRENCY_CODES_BEFORE_FIGURES);
/**
 * Every code, the ones that are also words included ("SAR", "TRY", "PHP"): in capitals before a number, still a
 * currency. So is the shilling's "Sh" ("Sh9.7 billion"), which the value parser reads where the article's country says
 * whose it is.
 */
const ANY_CODE = new Set([...CURRENCY_CODES_BEFORE_FIGURES, ...CURRENCIES.map((code) => code.toLowerCase()), 'sh', 'shs']);

const gluedCode = (text: string): string | null => /^(\p{Lu}\p{L}{1,2})\p{N}/u.exec(text)?.[1]?.toLowerCase() ?? null;

/** "RM2.6", "Rp41", "VND190": a code the value parser reads, glued to the number after it (a figure starts here). */
export function codeGluedToAmount(text: string): boolean {
  const code = gluedCode(text);
  return code !== null && READ_BEFORE_FIGURES.has(code);
}

/** "RM2.6", "SAR 400 billion", "Rp 5.84 trillion": a currency code at `token`, glued to a number or before one. */
export function currencyCodeAt(token: Token, next: Token | undefined): boolean {
  const glued = gluedCode(token.text);
  if (glued !== null) return ANY_CODE.has(glued);
  if (next?.type !== 'number') return false;
  // "Rp 5.84 trillion", "SFr 12.4bn": a code the value parser reads, capitalised, is one before a number however cased.
  return (/^\p{Lu}{2,3}$/u.test(token.text) && ANY_CODE.has(token.normal)) || (/^\p{Lu}\p{L}{1,2}$/u.test(token.text) && READ_BEFORE_FIGURES.has(token.normal));
}
