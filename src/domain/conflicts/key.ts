// The conflict key: the same rule over the same claims is the same conflict, whoever found it and when.
import type { Finding } from './types.js';

export const conflictKey = (rule: string, claimIds: readonly string[]): string => `${rule}:${[...new Set(claimIds)].sort().join(',')}`;

/** Finding with its key computed from its rule and members. */
export function finding(parts: Omit<Finding, 'key'>): Finding {
  return { key: conflictKey(parts.rule, parts.claims.map((member) => member.claimId)), ...parts };
}
