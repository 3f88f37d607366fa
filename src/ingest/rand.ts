// Whether an article counts in rand: then "R96 a month" is money too, not only the unambiguous "R12.4bn".
import { RAND_AMOUNT } from '../domain/quantity.js';
import type { ArticleDocument } from './document.js';

/** An amount the value parser reads as rand ("R12.4bn", "R1.7 billion"), or the currency named: the article is in rand. */
const RAND_SIGNS = new RegExp(String.raw`\b${RAND_AMOUNT}|\brand\b|\bZAR\b`);

const known = new WeakMap<ArticleDocument, boolean>();

/** The article writes amounts in rand ("R12.4bn"), so a bare "R96" in it is rand as well; read once per article. */
export function countsInRand(doc: ArticleDocument): boolean {
  let inRand = known.get(doc);
  if (inRand === undefined) known.set(doc, (inRand = RAND_SIGNS.test(doc.text)));
  return inRand;
}
