// Claim's fields that are links: subject, object, predicate, period, history.
import type { ClaimResolvers } from '../../generated/resolvers-types.js';
import { named } from '../../loaders.js';

export const Claim: ClaimResolvers = {
  subject: (claim, _args, { loaders }) => named(loaders.entity.load(claim.subjectId)),
  object: (claim, _args, { loaders }) => (claim.objectId ? loaders.entity.load(claim.objectId) : null),
  predicate: (claim, _args, { app }) =>
    // A claim may name a predicate declared after it was written elsewhere; fall back to a bare description.
    app.registry.get(claim.predicate) ?? {
      name: claim.predicate,
      description: 'not in this registry',
      kind: claim.kind,
      valueDimensions: [],
      valueRequired: false,
      allowFreeText: true,
      objectRequired: false,
      defaultObjectKind: null,
      semantics: [],
      tolerance: { relative: 0, minPercentPoints: 0 },
      builtin: false,
    },
  period: (claim, _args, { loaders }) => (claim.periodId ? loaders.period.load(claim.periodId) : null),
  history: (claim, _args, { loaders }) => loaders.history.load(claim.id),
};
