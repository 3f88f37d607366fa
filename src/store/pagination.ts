// Opaque Relay cursors and page slicing shared by every store adapter: a cursor names the last id seen.
import { DomainError, ErrorCode } from '../domain/errors.js';
import type { Page, PageRequest } from './port.js';

const PREFIX = 'after:';

export function encodeCursor(id: string): string {
  return Buffer.from(PREFIX + id, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(PREFIX) || decoded.length === PREFIX.length) {
    throw new DomainError(ErrorCode.CursorInvalid, `cursor "${cursor}" was not issued by this API`, ['after']);
  }
  return decoded.slice(PREFIX.length);
}

/** Slices items sorted by id into one page after the cursor. */
export function pageOfSorted<T extends { id: string }>(sorted: readonly T[], request: PageRequest): Page<T> {
  const afterId = decodeCursor(request.after);
  const startIndex = afterId === null ? 0 : upperBound(sorted, afterId);
  const items = sorted.slice(startIndex, startIndex + request.first);
  const last = items[items.length - 1];
  return {
    items,
    totalCount: sorted.length,
    endCursor: last ? encodeCursor(last.id) : null,
    hasNextPage: startIndex + items.length < sorted.length,
  };
}

/** Index of the first item whose id is greater than `id` (binary search; items sorted by id). */
export function upperBound<T extends { id: string }>(sorted: readonly T[], id: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]!.id <= id) low = mid + 1;
    else high = mid;
  }
  return low;
}
