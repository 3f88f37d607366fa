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
  return pageAt(
    sorted.length,
    (index) => sorted[index]!.id,
    request,
    (start, end) => sorted.slice(start, end),
  );
}

/**
 * The same page from a list sorted by id, read by index and fetching only the items on the page: a connection
 * over a hub's thousands of claims then costs a binary search and `first` lookups, not a lookup per candidate.
 * `idAt` is for the cursor's search, `itemAt` only for the page.
 */
export function pageOfSortedList<T extends { id: string }>(
  length: number,
  idAt: (index: number) => string,
  request: PageRequest,
  itemAt: (index: number) => T,
): Page<T> {
  return pageAt(length, idAt, request, (start, end) => {
    const items: T[] = [];
    for (let index = start; index < end; index++) items.push(itemAt(index));
    return items;
  });
}

function pageAt<T extends { id: string }>(
  length: number,
  idAt: (index: number) => string,
  request: PageRequest,
  slice: (start: number, end: number) => T[],
): Page<T> {
  const afterId = decodeCursor(request.after);
  const startIndex = afterId === null ? 0 : upperBoundOf(length, idAt, afterId);
  const items = slice(startIndex, Math.min(startIndex + request.first, length));
  const last = items[items.length - 1];
  return {
    items,
    totalCount: length,
    endCursor: last ? encodeCursor(last.id) : null,
    hasNextPage: startIndex + items.length < length,
  };
}

/** Index of the first of `length` sorted ids (read through idAt) that is greater than `id`. */
function upperBoundOf(length: number, idAt: (index: number) => string, id: string): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (idAt(mid) <= id) low = mid + 1;
    else high = mid;
  }
  return low;
}
