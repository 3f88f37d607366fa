// Applies a verified binary snapshot to a new GraphState, block by block in file order: JSON change sets
// through the ordinary apply, sources, claims and history from their rows, then the claim indexes as stored
// (each list checked now and made into positions when first read: see ../claim-lists.ts).
import type { Claim } from '../../../domain/model.js';
import type { ChangeSet } from '../../port.js';
import { corruptionError } from '../framing.js';
import { RestoredLists } from '../claim-lists.js';
import { isAscending } from '../id-lists.js';
import type { GraphState } from '../state.js';
import type { BinarySnapshotImage } from './binary-file.js';
import { readClaimRows, type ClaimSink } from './claim-rows.js';
import { BlockKind } from './format.js';
import { readHistoryRows } from './history-rows.js';
import { readIndexRows, type IndexSink } from './index-rows.js';
import { HistoryLoader } from './lazy-history.js';
import { MalformedPayload, PayloadReader } from './payload.js';
import { readSourceRows } from './source-rows.js';
import { everyListInIdOrder, restoreList } from './state-indexes.js';
import { StringTableReader } from './string-table.js';
import { ValueTableReader } from './value-table.js';

const EMPTY_PAYLOAD = Buffer.alloc(0);

/**
 * Loads `image` into `state`, which must be new; the image is consumed (each block let go once decoded).
 * Damage found now (the crcs matched) is a writer bug or tampering: it throws.
 */
export function loadBinarySnapshot(image: BinarySnapshotImage, state: GraphState): void {
  // Entities, periods and sources come first in a snapshot, so the ids rows point to are held by the time they are read.
  const strings = new StringTableReader((id) => state.entities.get(id)?.id ?? state.sources.get(id)?.id ?? state.periods.get(id)?.id);
  const values = new ValueTableReader();
  /** Claim ids by row number, as history targets refer to them (index lists hold rows, which are the claims' positions). */
  const claimIds: string[] = [];

  const claimSink: ClaimSink = {
    strings,
    values: values.values,
    restored: (claim: Claim) => {
      state.restoreClaim(claim, true);
      claimIds.push(claim.id);
    },
    restoredFromJson: (claim: Claim) => {
      state.restoreClaim(claim, false);
      claimIds.push(claim.id);
    },
    qualifiers: (json) => state.qualifiersOf(json),
  };
  const history = new HistoryLoader(strings, claimIds, {
    nodeId: (id) => state.entities.get(id)?.id ?? state.conflicts.get(id)?.id ?? state.claims.get(id)?.id,
    intern: (entry) => state.internHistoryEntry(entry),
    restore: (targetId, entries) => state.history.restore(targetId, entries),
    restoreUnbuilt: (unbuilt) => state.history.restoreUnbuilt(unbuilt),
  });
  const restoredLists = new RestoredLists();
  const indexSink: IndexSink = {
    strings,
    // Claims come before the indexes in a snapshot, and each restored claim's position is its row.
    get claimCount() {
      return claimIds.length;
    },
    lists: restoredLists,
    restoredList: (name, key, subKey, list) => restoreList(state, name, key, subKey, restoredLists, list),
  };

  // Room for the claims the footer counts, but no more than the blocks could hold (a claim row takes over 64
  // bytes): a damaged count must not ask for gigabytes. The table grows if it is short.
  const bodyBytes = image.body.reduce((total, block) => total + block.payload.length, 0);
  state.claims.reserve(Math.min(image.footer.claims, Math.floor(bodyBytes / 64)));

  image.body.forEach((block, index) => {
    const reader = new PayloadReader(block.payload);
    // The image is read once: a block's bytes can go once decoded (what the state keeps views of stays).
    block.payload = EMPTY_PAYLOAD;
    try {
      switch (reader.kind) {
        case BlockKind.Json:
          state.apply(JSON.parse(reader.rest().toString('utf8')) as ChangeSet);
          break;
        case BlockKind.Strings:
          strings.read(reader);
          break;
        case BlockKind.Sources:
          readSourceRows(reader, strings, (source) => state.restoreSource(source));
          break;
        case BlockKind.Values:
          values.read(reader);
          break;
        case BlockKind.Claims:
          readClaimRows(reader, claimSink);
          break;
        case BlockKind.History:
          readHistoryRows(reader, history);
          break;
        case BlockKind.ClaimIndex:
          if (image.footer.indexes) readIndexRows(reader, indexSink);
          break;
        default:
          throw new MalformedPayload(`unknown block kind ${reader.kind}`);
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw corruptionError(image.path, index + 2, block.offset, `it does not decode (${reason})`, 'block');
    }
  });
  const ascending = isAscending(claimIds);
  if (!ascending && image.footer.indexes && !everyListInIdOrder(state)) {
    throw corruptionError(image.path, image.body.length + 2, 0, 'a claim index list out of order: its claim rows ascend but their ids do not', 'block');
  }
  state.restoredClaimOrder(ascending);
  history.finish(ascending);
  state.claimByFingerprint.restoredRows(claimIds, state.claims);
  if (claimIds.length !== image.footer.claims) {
    throw corruptionError(image.path, image.body.length + 2, 0, `${claimIds.length} claims read, the footer says ${image.footer.claims}`, 'block');
  }
  if (!image.footer.indexes) state.reindexClaims();
}
