// The first pass over a sentence: its dates, the entities it names (known or proposed), and its figures.
import type { PartialDate } from '../domain/period.js';
import { findDates, type DateMention } from './dates.js';
import type { ArticleDocument, Sentence } from './document.js';
import { findFigures, type Figure } from './figures.js';
import type { Mention } from './mentions.js';
import { findNewNames, longerName } from './names.js';
import { contains } from './spans.js';

export interface SentenceReading {
  sentence: Sentence;
  mentions: Mention[];
  dates: DateMention[];
  figures: Figure[];
}

/**
 * Dates first (so "Q3 2025" is no figure), then names (a known name running on into a longer one gives the longer
 * one), then figures outside names and dates; a date counted from a launch keeps its duration as a figure.
 */
export function readSentence(doc: ArticleDocument, sentence: Sentence, knownMentions: readonly Mention[], publishedAt: PartialDate | null): SentenceReading {
  const known = knownMentions.filter((m) => contains(sentence, m));
  const dates = findDates(doc, sentence, publishedAt, known);
  const longer = known.map((m) => longerName(doc, sentence, m, [...known.filter((k) => k !== m), ...dates]));
  const own = known.filter((_, i) => longer[i] === null);
  const names = [...longer.filter((m): m is Mention => m !== null), ...findNewNames(doc, sentence, [...known, ...dates])];
  const mentions = [...own, ...names].sort((a, b) => a.first - b.first);
  const figures = findFigures(doc, sentence, [...mentions, ...dates.filter((d) => !d.anchored)]);
  return { sentence, mentions, dates, figures };
}
