// Groups claims once for every rule: by market (qualifiers, object), then predicate, then subject, so statement groups nest in market groups.
import { qualifierKey } from './comparability.js';
import type { ClaimView } from './types.js';

/** Stands for "no object" among object ids, which never contain it. */
const NO_OBJECT = '\u0001';

/** The claims about one object with one set of qualifiers, by predicate, then by subject: each leaf is a statement group. */
export interface MarketGroup {
  objectId: string | null;
  byPredicate: Map<string, Map<string, ClaimView[]>>;
}

/**
 * One walk over the claims, four lookups each, in maps from few keys to many (qualifiers, objects, predicates,
 * subjects): a rescan of a million claims then builds thousands of maps, not one per statement, and groups once
 * for the statement, share and market rules instead of three times. Groups keep the claims' order.
 */
export function groupByMarket(views: Iterable<ClaimView>): MarketGroup[] {
  const root = new Map<string, Map<string, MarketGroup>>();
  const markets: MarketGroup[] = [];
  for (const view of views) {
    const { claim } = view;
    const qualifiers = qualifierKey(view);
    let byObject = root.get(qualifiers);
    if (!byObject) root.set(qualifiers, (byObject = new Map()));
    let market = byObject.get(claim.objectId ?? NO_OBJECT);
    if (!market) {
      byObject.set(claim.objectId ?? NO_OBJECT, (market = { objectId: claim.objectId, byPredicate: new Map() }));
      markets.push(market);
    }
    let bySubject = market.byPredicate.get(claim.predicate);
    if (!bySubject) market.byPredicate.set(claim.predicate, (bySubject = new Map()));
    const statement = bySubject.get(claim.subjectId);
    if (statement) statement.push(view);
    else bySubject.set(claim.subjectId, [view]);
  }
  return markets;
}
