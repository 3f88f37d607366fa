// The shapes resolvers hand to child resolvers where no domain record fits (mapped in codegen.ts).
import type { Claim, Conflict, Entity, Source } from '../domain/model.js';
import type { Page, PathStep, StoreCounts } from '../store/port.js';

export type ClaimPage = Page<Claim>;
export type EntityPage = Page<Entity>;
export type SourcePage = Page<Source>;
export type PathStepParent = PathStep & { fromId: string };
export type StatsParent = StoreCounts & { store: string };
export type ConflictPage = Page<Conflict>;
/** A conflict's member: the claim by id, with its role and the version the conflict saw. */
export type ConflictMember = Conflict['claims'][number];
