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

type Interval = NonNullable<ClaimView['period']>;

const UNKNOWN_SOURCE = sourceLabel(null);

/**
 * What views read of the records, derived once per record (a rescan reads a million claims but only thousands
 * of records), and which records were asked for: a name read before its record was asked for is noted, for
 * names and labels may be loaded after detection, for the few claims a finding names.
 */
class Records {
  readonly names = new Map<string, string>();
  readonly labels = new Map<string, string>();
  readonly intervals = new Map<string, Interval>();
  /** Entity and source ids asked of the store, found or not. */
  readonly askedEntities = new Set<string>();
  readonly askedSources = new Set<string>();
  /** Claims whose names or source label were read before their records were asked for. */
  readonly readEarly = new Set<Claim>();

  name(claim: Claim, entityId: string): string {
    const name = this.names.get(entityId);
    if (name !== undefined) return name;
    if (!this.askedEntities.has(entityId)) this.readEarly.add(claim);
    return entityId;
  }

  label(claim: Claim): string {
    const sourceId = claim.citations[0]?.sourceId;
    if (sourceId === undefined) return UNKNOWN_SOURCE;
    const label = this.labels.get(sourceId);
    if (label !== undefined) return label;
    if (!this.askedSources.has(sourceId)) this.readEarly.add(claim);
    return UNKNOWN_SOURCE;
  }
}

/** A claim's view: its period read when it is made (the records are loaded by then), its names and label when first read. */
class LoadedView implements ClaimView {
  readonly claim: Claim;
  /** Views of one period share its interval object, which rules use to compare a period once for many claims. */
  readonly period: ClaimView['period'];
  private readonly records: Records;

  constructor(claim: Claim, periodId: string | null, records: Records) {
    this.claim = claim;
    this.period = periodId ? (records.intervals.get(periodId) ?? null) : null;
    this.records = records;
  }

  get subjectName(): string {
    return this.records.name(this.claim, this.claim.subjectId);
  }

  get objectName(): string | null {
    return this.claim.objectId ? this.records.name(this.claim, this.claim.objectId) : null;
  }

  get sourceLabel(): string {
    return this.records.label(this.claim);
  }
}

/**
 * When views' names and source labels are loaded: with the claims (`load` fetches every record the views
 * name), or when read (`load` fetches periods only, which rules compare; names and labels, which only
 * explanations read, are fetched afterwards for the views that read them: see loadNamesRead).
 */
export type Naming = 'with-claims' | 'when-read';

/**
 * Views of claims whose records are noted first (`note`, in the walk that reads the claims anyway), then
 * fetched by `load`, one store call per kind of record however many claims. A view (`viewOf`) may be made
 * before or after `load`, but not read before it, and only of a noted claim.
 */
export class ViewLoader {
  private readonly records = new Records();
  private readonly periodIds = new Set<string>();
  private readonly entityIds = new Set<string>();
  private readonly sourceIds = new Set<string>();
  private loaded = false;

  constructor(
    private readonly context: AppContext,
    private readonly naming: Naming,
    private readonly pending: ChangeSet = {},
  ) {}

  note(claim: Claim): void {
    if (claim.periodId) this.periodIds.add(claim.periodId);
    if (this.naming === 'with-claims') this.noteNames(claim);
  }

  /**
   * The view of a noted claim; only once `load` has resolved, for the view reads its period when made.
   * `periodId` is the claim's, when the caller read it already (a rescan reads each claim once, in storage order).
   */
  viewOf(claim: Claim, periodId: string | null = claim.periodId): ClaimView {
    if (!this.loaded) throw new Error('a claim view was made before its records were loaded');
    return new LoadedView(claim, periodId, this.records);
  }

  async load(): Promise<void> {
    const periods = byId<Period>(this.periodIds, this.pending.periods, (ids) => this.context.store.getPeriods(ids));
    await Promise.all([this.loadNames(), periods]);
    for (const [id, period] of await periods) this.records.intervals.set(id, { start: period.start, end: period.end, label: period.label });
    this.loaded = true;
  }

  /** Loads the names and labels that views read before they were loaded (their placeholders are wrong); false when none were. */
  async loadNamesRead(): Promise<boolean> {
    const { readEarly } = this.records;
    if (readEarly.size === 0) return false;
    for (const claim of readEarly) this.noteNames(claim);
    readEarly.clear();
    await this.loadNames();
    return true;
  }

  /** Throws if a view read a name or label that was not loaded: what it read stood in for it and is wrong. */
  checkNamesLoaded(): void {
    if (this.records.readEarly.size > 0) throw new Error(`${this.records.readEarly.size} claim views read names that were not loaded`);
  }

  private noteNames(claim: Claim): void {
    this.entityIds.add(claim.subjectId);
    if (claim.objectId) this.entityIds.add(claim.objectId);
    if (claim.citations[0]) this.sourceIds.add(claim.citations[0].sourceId);
  }

  /** Fetches the entities and sources noted since the last call. */
  private async loadNames(): Promise<void> {
    const { store } = this.context;
    const { records, entityIds, sourceIds, pending } = this;
    const [entities, sources] = await Promise.all([
      byId<Entity>(entityIds, pending.entities, (ids) => store.getEntities(ids)),
      byId<Source>(sourceIds, pending.sources, (ids) => store.getSources(ids)),
    ]);
    for (const id of entityIds) {
      const entity = entities.get(id);
      if (entity) records.names.set(id, entity.name);
      records.askedEntities.add(id);
    }
    for (const id of sourceIds) {
      const source = sources.get(id);
      if (source) records.labels.set(id, sourceLabel(source));
      records.askedSources.add(id);
    }
    entityIds.clear();
    sourceIds.clear();
  }
}

/** The views of `claims`, every record they read loaded. */
export async function loadViews(context: AppContext, claims: readonly Claim[], pending: ChangeSet = {}): Promise<ClaimView[]> {
  const loader = new ViewLoader(context, 'with-claims', pending);
  for (const claim of claims) loader.note(claim);
  await loader.load();
  return claims.map((claim) => loader.viewOf(claim));
}
