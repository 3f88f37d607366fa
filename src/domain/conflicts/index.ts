// The conflict rule engine's public face: detection, corroboration, keys and the shapes they use.
export { ConflictDetection, detectConflicts, takesPart } from './engine.js';
export { corroborates, independentSourceCount } from './corroboration.js';
export { conflictKey } from './key.js';
export { statementOf } from './phrases.js';
export { MANUAL_RULE, RULES, type ClaimFacts, type ClaimView, type Finding, type PredicateLookup, type RuleId } from './types.js';
