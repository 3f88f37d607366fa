// Groups claims once for every rule: by market (qualifiers, object), then predicate, then subject, so statement groups nest in market groups.
import type { Claim } from '../model.js';
import { qualifiersKey } from './comparability.js';
import type { ClaimView } from './types.js';

/** Stands for "no object" among object ids, which never contain it. */
const NO_OBJECT = '\u0001';

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
 * their market is found by object id alone, with one lookup and no key string built for the claim; a qualified
 * one by its qualifiers' key (remembered per shared list: see qualifiersKey), then its object.
 */
class MarketCodes {
  private readonly unqualified = new Map<string, number>();
  private readonly qualified = new Map<string, Map<string, number>>();
  size = 0;

  of(claim: Claim): number {
    const object = claim.objectId ?? NO_OBJECT;
    let codes = this.unqualified;
    if (claim.qualifiers.length > 0) {
      const scope = qualifiersKey(claim.qualifiers);
      const scoped = this.qualified.get(scope);
      if (scoped) codes = scoped;
      else this.qualified.set(scope, (codes = new Map()));
    }
    let number = codes.get(object);
    if (number === undefined) codes.set(object, (number = this.size++));
    return number;
  }
}

/** `codes` in an array twice as long. */
function doubled(codes: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const longer = new Int32Array(codes.length * 2);
  longer.set(codes);
  return longer;
}

/** `order` (indexes into `codes`) stably sorted by code: a counting sort, two sequential walks and no comparisons. */
function sortByCode(order: Int32Array<ArrayBuffer>, codes: ArrayLike<number>, size: number): Int32Array<ArrayBuffer> {
  // One distinct value (no qualifiers anywhere, one predicate): the stable order is the order already held.
  if (size <= 1) return order;
  // Indexed loops: for-of over a typed array made an iterator result per element (~160 MB in a 1M rescan).
  const starts = new Int32Array(size + 1);
  for (let at = 0; at < order.length; at++) starts[codes[order[at]!]! + 1]!++;
  for (let code = 1; code <= size; code++) starts[code]! += starts[code - 1]!;
  const sorted = new Int32Array(order.length);
  for (let at = 0; at < order.length; at++) sorted[starts[codes[order[at]!]!]!++] = order[at]!;
  return sorted;
}

/** Counting arrays larger than this many entries per claim cost more than a second sort would. */
const COMBINED_SLOTS_PER_CLAIM = 4;
/** Items are kept in chunks of this many, so a million claims are added without copying a growing array. */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;

/**
 * Claims added one at a time, their key parts numbered as they come (lookups in maps of few, hot entries),
 * so a caller walking a million claims touches each once: the walk that reads a claim also codes it. Stable
 * counting sorts then order them by (market, predicate, subject) and the groups are the runs. A rescan thus
 * builds no map per group and groups once for the statement, share and market rules.
 *
 * Each claim comes with an item of the caller's (its view, or the claim itself), turned into a view only when
 * its market's turn comes: views then live as long as their market's rules run, not the whole detection.
 * Items sit in fixed-size chunks and codes in typed arrays (outside the collected heap) that double as they
 * fill: four arrays grown by push allocated ~120 MB (copies of themselves) in a rescan of a million claims.
 */
export class MarketGrouping<T> {
  private readonly chunks: T[][] = [];
  /**
   * Each item's claim's period id, in chunks as the items are, read by the walk that adds the claim: the views,
   * made in market order, then need not read the claim again for it (a cache miss each, at random, in a rescan).
   */
  private readonly periodIds: Array<Array<string | null>> = [];
  private count = 0;
  private readonly markets = new MarketCodes();
  private readonly predicates = new Codes();
  private readonly subjects = new Codes();
  private market = new Int32Array(64);
  private predicate = new Int32Array(64);
  private subject = new Int32Array(64);

  /** The number of a predicate among those seen; a caller may ask before adding, and hand the number to `add`. */
  predicateCode(predicate: string): number {
    return this.predicates.of(predicate);
  }

  /** Adds a claim; `predicate` is its predicate's number (predicateCode), when the caller has it already. */
  add(item: T, claim: Claim, predicate = this.predicates.of(claim.predicate)): void {
    const index = this.count++;
    // The first chunk grows as items come (detection on write groups a few claims, many times over); the next
    // ones, needed only by large detections, are made whole.
    if (index === 0 || (index & (CHUNK - 1)) === 0) {
      this.chunks.push(index === 0 ? [] : new Array<T>(CHUNK));
      this.periodIds.push(index === 0 ? [] : new Array<string | null>(CHUNK));
    }
    this.chunks[this.chunks.length - 1]![index & (CHUNK - 1)] = item;
    this.periodIds[this.periodIds.length - 1]![index & (CHUNK - 1)] = claim.periodId;
    if (index === this.market.length) {
      this.market = doubled(this.market);
      this.predicate = doubled(this.predicate);
      this.subject = doubled(this.subject);
    }
    this.market[index] = this.markets.of(claim);
    this.predicate[index] = predicate;
    this.subject[index] = this.subjects.of(claim.subjectId);
  }

  /**
   * The markets one at a time, in an order of no meaning (rules' findings are sorted afterwards); `viewOf` gets
   * each item with its claim's period id.
   */
  *groups(viewOf: (item: T, periodId: string | null) => ClaimView): Generator<MarketGroup> {
    const order = this.groupOrder();
    // The codes, items and period ids in group order, gathered in one pass first: a loop of independent reads lets
    // the CPU overlap their cache misses, where the walk below, reading them through `order` as it compares
    // neighbours, waited on each in turn (a million claims' codes and items are tens of MB, read at random).
    const count = order.length;
    const market = new Int32Array(count);
    const predicate = new Int32Array(count);
    const subject = new Int32Array(count);
    const items: T[] = new Array<T>(count);
    const periodIds: Array<string | null> = new Array<string | null>(count);
    for (let at = 0; at < count; at++) {
      const index = order[at]!;
      market[at] = this.market[index]!;
      predicate[at] = this.predicate[index]!;
      subject[at] = this.subject[index]!;
      items[at] = this.chunks[index >>> CHUNK_BITS]![index & (CHUNK - 1)]!;
      periodIds[at] = this.periodIds[index >>> CHUNK_BITS]![index & (CHUNK - 1)]!;
    }
    let start = 0;
    while (start < count) {
      const code = market[start];
      let end = start + 1;
      while (end < count && market[end] === code) end++;
      // The market's views in group order; every group is an exact-size slice of them. Arrays grown by push
      // (one per statement, hundreds of thousands in a rescan) reserve room for 17 and were most of its garbage.
      const views: ClaimView[] = new Array(end - start);
      for (let at = start; at < end; at++) views[at - start] = viewOf(items[at]!, periodIds[at]!);
      const predicates: PredicateGroup[] = [];
      let predicateStart = 0;
      let statements: ClaimView[][] = [];
      let statementStart = 0;
      for (let at = 1; at <= views.length; at++) {
        const here = start + at;
        const newPredicate = at === views.length || predicate[here] !== predicate[here - 1];
        if (!newPredicate && subject[here] === subject[here - 1]) continue;
        statements.push(views.slice(statementStart, at));
        statementStart = at;
        if (!newPredicate) continue;
        predicates.push({ predicate: views[predicateStart]!.claim.predicate, statements, claims: views.slice(predicateStart, at) });
        predicateStart = at;
        statements = [];
      }
      yield { objectId: views[0]!.claim.objectId, predicates };
      start = end;
    }
  }

  /** Indexes of the added claims ordered by (market, predicate, subject), each part's ties in the order added. */
  private groupOrder(): Int32Array<ArrayBuffer> {
    const { count } = this;
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
