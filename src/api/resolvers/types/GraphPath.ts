// A path between entities: its hops, the entities along it, and each hop's claim.
import type { GraphPathResolvers, PathStepResolvers } from '../../generated/resolvers-types.js';
import { named } from '../../loaders.js';

export const GraphPath: GraphPathResolvers = {
  length: (path) => path.steps.length,
  steps: (path) => path.steps.map((step, index) => ({ ...step, fromId: index === 0 ? path.fromId : path.steps[index - 1]!.entityId })),
  entities: async (path, _args, { loaders }) => {
    const entities = await loaders.entity.loadMany([path.fromId, ...path.steps.map((step) => step.entityId)]);
    return entities.filter((entity) => entity !== null && !(entity instanceof Error)) as NonNullable<(typeof entities)[number]>[] as never;
  },
};

export const PathStep: PathStepResolvers = {
  claim: (step, _args, { loaders }) => (step.claimId ? loaders.claim.load(step.claimId) : null),
  from: (step, _args, { loaders }) => named(loaders.entity.load(step.fromId)),
  to: (step, _args, { loaders }) => named(loaders.entity.load(step.entityId)),
};
