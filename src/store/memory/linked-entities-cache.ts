// The entities linked to a hub, kept between path queries until the next write to the graph.
import type { GraphState } from './state.js';

/**
 * Listing a hub's links (a market with tens of thousands of claims) means a claim lookup and a status
 * check per claim, and path queries ask for the same few hubs again and again: at 1M claims that listing
 * was most of a path query's CPU. A list is kept until the state's revision changes (any write), so an
 * answer never differs from listing afresh. Bounded by the ids held, oldest list dropped first, so a
 * stream of different targets costs at most the cap in memory.
 */
const MAX_IDS_HELD = 500_000;

interface Held {
  revision: number;
  lists: Map<string, ReadonlySet<string>>;
  ids: number;
}

const heldByState = new WeakMap<GraphState, Held>();

export function cachedLinkedEntities(state: GraphState, entityId: string, list: () => Set<string>): ReadonlySet<string> {
  let held = heldByState.get(state);
  if (!held || held.revision !== state.revision) {
    held = { revision: state.revision, lists: new Map(), ids: 0 };
    heldByState.set(state, held);
  }
  const known = held.lists.get(entityId);
  if (known) return known;
  const linked = list();
  if (linked.size > MAX_IDS_HELD) return linked;
  for (const [oldest, ids] of held.lists) {
    if (held.ids + linked.size <= MAX_IDS_HELD) break;
    held.lists.delete(oldest);
    held.ids -= ids.size;
  }
  held.lists.set(entityId, linked);
  held.ids += linked.size;
  return linked;
}
