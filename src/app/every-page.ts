// Reads a paged listing whole, page by page, so a store answers in bounded chunks.
import type { Page, PageRequest } from '../store/port.js';

export async function everyPage<T>(read: (page: PageRequest) => Promise<Page<T>>, pageSize: number): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await read({ first: pageSize, after });
    items.push(...page.items);
    if (!page.hasNextPage || !page.endCursor) return items;
    after = page.endCursor;
  }
}
