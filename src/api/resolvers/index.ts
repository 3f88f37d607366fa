// The resolver map: one file per field or type, assembled here.
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers-types.js';
import { addClaims } from './Mutation/addClaims.js';
import { declarePredicate } from './Mutation/declarePredicate.js';
import { mergeEntities } from './Mutation/mergeEntities.js';
import { retractClaim } from './Mutation/retractClaim.js';
import { updateClaim } from './Mutation/updateClaim.js';
import { upsertEntity } from './Mutation/upsertEntity.js';
import { reviewClaim } from './Mutation/reviewClaim.js';
import { detectConflicts } from './Mutation/detectConflicts.js';
import { flagConflict } from './Mutation/flagConflict.js';
import { setConflictStatus } from './Mutation/setConflictStatus.js';
import { acceptClaim } from './Mutation/acceptClaim.js';
import { ingestArticle } from './Mutation/ingestArticle.js';
import { rejectClaim } from './Mutation/rejectClaim.js';
import { claim } from './Query/claim.js';
import { claims } from './Query/claims.js';
import { entities } from './Query/entities.js';
import { entity } from './Query/entity.js';
import { node } from './Query/node.js';
import { path } from './Query/path.js';
import { predicate, predicates } from './Query/predicates.js';
import { sources } from './Query/sources.js';
import { stats } from './Query/stats.js';
import { series } from './Query/series.js';
import { conflicts } from './Query/conflicts.js';
import { claimReviewed } from './Subscription/claimReviewed.js';
import { conflictDetected } from './Subscription/conflictDetected.js';
import { Citation } from './types/Citation.js';
import { Claim } from './types/Claim.js';
import { ClaimConnection, ConflictConnection, EntityConnection, SourceConnection } from './types/connections.js';
import { Entity } from './types/Entity.js';
import { GraphPath, PathStep } from './types/GraphPath.js';
import { Node } from './types/Node.js';
import { Period } from './types/Period.js';
import { Source } from './types/Source.js';
import { Value } from './types/Value.js';
import { ClaimVerdict } from './types/ClaimVerdict.js';
import { Evidence } from './types/Evidence.js';
import { Review } from './types/Review.js';
import { SeriesPoint } from './types/Series.js';
import { ClaimConflicts } from './types/ClaimConflicts.js';
import { Conflict, ConflictClaim } from './types/Conflict.js';
import { ClaimAnchor } from './types/ClaimAnchor.js';
import { IngestPayload } from './types/IngestPayload.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Query: { node, claim, claims, entity, entities, sources, path, predicates, predicate, stats, series, conflicts },
  Mutation: { addClaims, updateClaim, retractClaim, mergeEntities, upsertEntity, declarePredicate, reviewClaim, detectConflicts, setConflictStatus, flagConflict, ingestArticle, acceptClaim, rejectClaim },
  Subscription: { claimReviewed, conflictDetected },
  Node,
  Claim: { ...Claim, ...ClaimVerdict, ...ClaimConflicts, ...ClaimAnchor },
  IngestPayload,
  Conflict,
  ConflictClaim,
  ConflictConnection,
  Review,
  Evidence,
  SeriesPoint,
  Entity,
  Source,
  Period,
  Citation,
  Value,
  GraphPath,
  PathStep,
  ClaimConnection,
  EntityConnection,
  SourceConnection,
};
