// Loads what the rule engine reads beside each claim: entity names, source labels, periods; the pending write overlays the store.
import type { ClaimView } from '../../domain/conflicts/index.js';
import type { Claim, Entity, Period, Source } from '../../domain/model.js';
import type { ChangeSet } from '../../store/port.js';
import type { AppContext } from '../context.js';

const TITLE_CHARS = 48;

/** Who said it, short enough to read in a sentence: publisher, else title, else host. */
export function sourceLabel(source: Source | null | undefined): string {
  if (!source) return 'unknown source';
  if (source.publisher) return source.publisher;
  if (source.title) return source.title.length > TITLE_CHARS ? `${source.title.slice(0, source.title.lastIndexOf(' ', TITLE_CHARS))}…` : source.title;
  return new URL(source.url).host;
}

/** Fetches the records of `ids` the overlay lacks, in one batched call. */
async function byId<T extends { id: string }>(
  ids: ReadonlySet<string>,
  overlay: readonly T[] | undefined,
  fetch: (ids: readonly string[]) => Promise<Array<T | null>>,
): Promise<Map<string, T>> {
  const found = new Map((overlay ?? []).map((record) => [record.id, record]));
  const missing: string[] = [];
  for (const id of ids) if (!found.has(id)) missing.push(id);
  if (missing.length > 0) for (const record of await fetch(missing)) if (record) found.set(record.id, record);
  return found;
}

/** What views read of the records, derived once per record: a rescan reads a million claims but only thousands of records. */
interface Derived {
  names: Map<string, string>;
  labels: Map<string, string>;
  intervals: Map<string, NonNullable<ClaimView['period']>>;
}

function derive<T, D>(ids: ReadonlySet<string>, records: ReadonlyMap<string, T>, of: (record: T) => D): Map<string, D> {
  const derived = new Map<string, D>();
  for (const id of ids) {
    const record = records.get(id);
    if (record) derived.set(id, of(record));
  }
  return derived;
}

const UNKNOWN_SOURCE = sourceLabel(null);

/**
 * A claim's view, looking its names, label and period up when first read rather than when built: views are
 * built in the same walk that collects the ids to fetch (one touch of each claim, the walk's main cost at a
 * million claims), and only the claims a rule explains are ever named. The records are loaded before any read.
 */
class LoadedView implements ClaimView {
  readonly claim: Claim;
  private readonly derived: Derived;
  private interval: ClaimView['period'] | undefined = undefined;

  constructor(claim: Claim, derived: Derived) {
    this.claim = claim;
    this.derived = derived;
  }

  get period(): ClaimView['period'] {
    if (this.interval === undefined) this.interval = this.claim.periodId ? (this.derived.intervals.get(this.claim.periodId) ?? null) : null;
    return this.interval;
  }

  get subjectName(): string {
    return this.derived.names.get(this.claim.subjectId) ?? this.claim.subjectId;
  }

  get objectName(): string | null {
    return this.claim.objectId ? (this.derived.names.get(this.claim.objectId) ?? this.claim.objectId) : null;
  }

  get sourceLabel(): string {
    const citation = this.claim.citations[0];
    return citation ? (this.derived.labels.get(citation.sourceId) ?? UNKNOWN_SOURCE) : UNKNOWN_SOURCE;
  }
}

/**
 * Views handed out one claim at a time, noting the records they will read; `load` then fetches those records,
 * three store calls at most however many claims (one per kind of record). A rescan makes each claim's view in
 * the walk that reads the claim anyway; no view may be read before `load` has resolved.
 */
export class ViewLoader {
  private readonly entityIds = new Set<string>();
  private readonly sourceIds = new Set<string>();
  private readonly periodIds = new Set<string>();
  private readonly derived: Derived = { names: new Map(), labels: new Map(), intervals: new Map() };

  constructor(
    private readonly context: AppContext,
    private readonly pending: ChangeSet = {},
  ) {}

  of(claim: Claim): ClaimView {
    this.entityIds.add(claim.subjectId);
    if (claim.objectId) this.entityIds.add(claim.objectId);
    if (claim.citations[0]) this.sourceIds.add(claim.citations[0].sourceId);
    if (claim.periodId) this.periodIds.add(claim.periodId);
    return new LoadedView(claim, this.derived);
  }

  async load(): Promise<void> {
    const { store } = this.context;
    const { entityIds, sourceIds, periodIds, pending, derived } = this;
    const [entities, sources, periods] = await Promise.all([
      byId<Entity>(entityIds, pending.entities, (ids) => store.getEntities(ids)),
      byId<Source>(sourceIds, pending.sources, (ids) => store.getSources(ids)),
      byId<Period>(periodIds, pending.periods, (ids) => store.getPeriods(ids)),
    ]);
    // Views of one period share its interval object, which rules may use to compare a period once for many claims.
    derived.names = derive(entityIds, entities, (entity) => entity.name);
    derived.labels = derive(sourceIds, sources, sourceLabel);
    derived.intervals = derive(periodIds, periods, (period) => ({ start: period.start, end: period.end, label: period.label }));
  }
}

/** The views of `claims`, their records loaded (see ViewLoader). */
export async function loadViews(context: AppContext, claims: readonly Claim[], pending: ChangeSet = {}): Promise<ClaimView[]> {
  const loader = new ViewLoader(context, pending);
  const views = claims.map((claim) => loader.of(claim));
  await loader.load();
  return views;
}
