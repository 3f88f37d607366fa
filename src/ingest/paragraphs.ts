// Which paragraph a sentence stands in: a blank line between two sentences starts a new one.
import type { ArticleDocument } from './document.js';

const paragraphsOf = new WeakMap<ArticleDocument, number[]>();

/** The paragraph number of sentence `index` (0 for the first paragraph). */
export function paragraphOf(doc: ArticleDocument, index: number): number {
  let paragraphs = paragraphsOf.get(doc);
  if (!paragraphs) {
    paragraphs = [];
    let current = 0;
    doc.sentences.forEach((sentence, i) => {
      const previous = doc.sentences[i - 1];
      if (previous && /\n\s*\n/.test(doc.text.slice(previous.end, sentence.start))) current += 1;
      paragraphs!.push(current);
    });
    paragraphsOf.set(doc, paragraphs);
  }
  return paragraphs[index] ?? 0;
}
