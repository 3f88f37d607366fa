// Groups claims once for every rule: by market (qualifiers, object), then predicate, then subject, so statement groups nest in market groups.
import { qualifierKey } from './comparability.js';
import type { ClaimView } from './types.js';

/** Stands for "no object" among object ids, which never contain it. */
const NO_OBJECT = '\u0001';
/** Separates the qualifier key from the object id in a qualified market's key; neither contains it. */
const SEPARATOR = '\u0000';

/** The claims of one predicate about one market, by subject: each statement group holds its claims in their given order. */
export interface PredicateGroup {
  predicate: string;
  statements: ClaimView[][];
  /** The same claims in one list: the statements one after the other. */
  claims: ClaimView[];
}

/** The claims about one object with one set of qualifiers. */
export interface MarketGroup {
  objectId: string | null;
  predicates: PredicateGroup[];
}

/** Numbers each distinct value of one part of the key, from 0, in first-seen order. */
class Codes {
  private readonly numbers = new Map<string, number>();

  get size(): number {
    return this.numbers.size;
  }

  of(value: string): number {
    let number = this.numbers.get(value);
    if (number === undefined) this.numbers.set(value, (number = this.numbers.size));
    return number;
  }
}

/**
 * Numbers each market (object and qualifiers) from 0, in first-seen order. Most claims have no qualifiers:
 * their market is found by object id alone, with one lookup and no key string built for the claim.
 */
class MarketCodes {
  private readonly unqualified = new Map<string, number>();
  private readonly qualified = new Map<string, number>();

  get size(): number {
    return this.unqualified.size + this.qualified.size;
  }

  of(view: ClaimView): number {
    const object = view.claim.objectId ?? NO_OBJECT;
    const codes = view.claim.qualifiers.length === 0 ? this.unqualified : this.qualified;
    const key = codes === this.unqualified ? object : qualifierKey(view) + SEPARATOR + object;
    let number = codes.get(key);
    if (number === undefined) codes.set(key, (number = this.size));
    return number;
  }
}

/** `order` (indexes into `codes`) stably sorted by code: a counting sort, two sequential walks and no comparisons. */
function sortByCode(order: Int32Array<ArrayBuffer>, codes: ArrayLike<number>, size: number): Int32Array<ArrayBuffer> {
  // One distinct value (no qualifiers anywhere, one predicate): the stable order is the order already held.
  if (size <= 1) return order;
  const starts = new Int32Array(size + 1);
  for (const index of order) starts[codes[index]! + 1]!++;
  for (let code = 1; code <= size; code++) starts[code]! += starts[code - 1]!;
  const sorted = new Int32Array(order.length);
  for (const index of order) sorted[starts[codes[index]!]!++] = index;
  return sorted;
}

/** Counting arrays larger than this many entries per claim cost more than a second sort would. */
const COMBINED_SLOTS_PER_CLAIM = 4;

/**
 * Claims added one at a time, their key parts numbered as they come (lookups in maps of few, hot entries),
 * so a caller walking a million claims touches each once: the walk that reads a claim also codes it. Stable
 * counting sorts then order them by (market, predicate, subject) and the groups are the runs. A rescan thus
 * builds no map per group and groups once for the statement, share and market rules.
 */
export class MarketGrouping {
  private readonly views: ClaimView[] = [];
  private readonly markets = new MarketCodes();
  private readonly predicates = new Codes();
  private readonly subjects = new Codes();
  // Plain arrays of small integers (V8 keeps them unboxed), grown by push as claims arrive.
  private readonly market: number[] = [];
  private readonly predicate: number[] = [];
  private readonly subject: number[] = [];

  add(view: ClaimView): void {
    this.views.push(view);
    this.market.push(this.markets.of(view));
    this.predicate.push(this.predicates.of(view.claim.predicate));
    this.subject.push(this.subjects.of(view.claim.subjectId));
  }

  /** The groups, in an order of no meaning (rules' findings are sorted afterwards). */
  groups(): MarketGroup[] {
    const order = this.groupOrder();
    const { views, market, predicate, subject } = this;
    // The views in group order, once; every group is then an exact-size slice of it. Arrays grown by push
    // (one per statement, hundreds of thousands in a rescan) reserve room for 17 and were most of its garbage.
    const sorted: ClaimView[] = new Array(order.length);
    for (let at = 0; at < order.length; at++) sorted[at] = views[order[at]!]!;
    const groups: MarketGroup[] = [];
    let group: PredicateGroup | undefined;
    let predicateStart = 0;
    let statementStart = 0;
    const closeStatement = (end: number) => {
      if (group && end > statementStart) group.statements.push(sorted.slice(statementStart, end));
      statementStart = end;
    };
    const closePredicate = (end: number) => {
      closeStatement(end);
      if (group) group.claims = sorted.slice(predicateStart, end);
      predicateStart = end;
    };
    for (let at = 0; at < order.length; at++) {
      const index = order[at]!;
      const previous = at > 0 ? order[at - 1]! : -1;
      const newMarket = previous < 0 || market[index] !== market[previous];
      const newPredicate = newMarket || predicate[index] !== predicate[previous];
      if (newPredicate) closePredicate(at);
      else if (subject[index] !== subject[previous]) closeStatement(at);
      if (newMarket) groups.push({ objectId: sorted[at]!.claim.objectId, predicates: [] });
      if (newPredicate) groups[groups.length - 1]!.predicates.push((group = { predicate: sorted[at]!.claim.predicate, statements: [], claims: [] }));
    }
    closePredicate(order.length);
    return groups;
  }

  /** Indexes of the added views ordered by (market, predicate, subject), each part's ties in the order added. */
  private groupOrder(): Int32Array<ArrayBuffer> {
    const count = this.views.length;
    let order = new Int32Array(count);
    for (let index = 0; index < count; index++) order[index] = index;
    // Least significant part first; each sort keeps the previous order among equal codes. Predicate and
    // subject go in one sort when their combined codes are few enough to count.
    const subjects = this.subjects.size;
    const combined = this.predicates.size * subjects;
    if (combined <= COMBINED_SLOTS_PER_CLAIM * count + 1024) {
      const statement = new Int32Array(count);
      for (let index = 0; index < count; index++) statement[index] = this.predicate[index]! * subjects + this.subject[index]!;
      order = sortByCode(order, statement, combined);
    } else {
      order = sortByCode(order, this.subject, subjects);
      order = sortByCode(order, this.predicate, this.predicates.size);
    }
    return sortByCode(order, this.market, this.markets.size);
  }
}
