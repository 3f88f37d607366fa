// Relay connections from store pages: edges with cursors, nodes, pageInfo and totalCount.
import { encodeCursor } from '../store/pagination.js';
import type { Page } from '../store/port.js';

export const connectionResolvers = {
  edges: <T extends { id: string }>(page: Page<T>) => page.items.map((node) => ({ cursor: encodeCursor(node.id), node })),
  nodes: <T>(page: Page<T>) => page.items,
  totalCount: <T>(page: Page<T>) => page.totalCount,
  pageInfo: <T extends { id: string }>(page: Page<T>) => ({
    hasNextPage: page.hasNextPage,
    // Forward-only pagination: there is never a previous page to go back to from a cursor.
    hasPreviousPage: false,
    startCursor: page.items[0] ? encodeCursor(page.items[0].id) : null,
    endCursor: page.endCursor,
  }),
};

export const emptyPage = <T>(): Page<T> => ({ items: [], totalCount: 0, endCursor: null, hasNextPage: false });
