// Validates what ingestArticle is given: the article text within its size limit, an http(s) URL, a readable date.
import { DomainError, ErrorCode } from '../../domain/errors.js';
import { parsePartialDate } from '../../domain/period.js';
import { parseInput, SourceInput } from '../inputs.js';

/**
 * The longest article ingestArticle takes, in characters (UTF-16 code units, as JavaScript counts them): about
 * 30,000 words, far beyond any news story or analyst note, and small enough to read in one request.
 */
export const MAX_ARTICLE_CHARS = 200_000;

export interface IngestInput {
  url: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  text: string;
}

/** Checks every field before any work; errors carry the field path under `input`. */
export function parseIngestInput(raw: unknown): IngestInput {
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const text = record.text;
  if (typeof text !== 'string' || text.trim() === '') {
    throw new DomainError(ErrorCode.IngestTextEmpty, 'input.text: the article text is empty', ['input', 'text']);
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new DomainError(
      ErrorCode.IngestTextTooLarge,
      `input.text: the article is ${text.length} characters long; at most ${MAX_ARTICLE_CHARS} are accepted`,
      ['input', 'text'],
      { length: text.length, limit: MAX_ARTICLE_CHARS },
    );
  }
  const source = parseInput(SourceInput, { url: record.url, title: record.title, publisher: record.publisher, publishedAt: record.publishedAt }, ['input']);
  if (source.publishedAt) {
    try {
      parsePartialDate(source.publishedAt);
    } catch (error) {
      throw error instanceof DomainError ? error.at('input', 'publishedAt') : error;
    }
  }
  return { url: source.url, title: source.title ?? null, publisher: source.publisher ?? null, publishedAt: source.publishedAt || null, text };
}
