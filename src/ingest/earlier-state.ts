// Whether a figure is an earlier or compared state ("up from 12% a year earlier"), which dates no other figure.
import type { ArticleDocument } from './document.js';

/** Words before a figure that make it an earlier or compared state ("from 50%"), which takes no sibling's date. */
const EARLIER = new Set(['from', 'than', 'versus', 'vs', 'vs.']);

/** A sign written as a word before the figure: "from negative 7%". */
const SIGN_WORDS = /^(?:negative|minus|positive|plus)$/;

/** Whether the figure starting at `first` is an earlier or compared state ("up from 12% a year earlier", "from negative 7%"). */
export const isEarlierState = (doc: ArticleDocument, first: number): boolean => {
  const before = SIGN_WORDS.test(doc.tokens[first - 1]?.normal ?? '') ? first - 2 : first - 1;
  const word = doc.tokens[before]?.normal ?? '';
  // "compared with Rs 11,909 crore a year ago"
  return EARLIER.has(word) || (/^(?:with|to)$/.test(word) && doc.tokens[before - 1]?.normal === 'compared');
};
