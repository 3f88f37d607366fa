// The shape every single-period reader shares, so the composition can try them in turn.
import type { ParsedPeriod } from './intervals.js';
import type { Resolver } from './resolver.js';

/** Reads one closed interval; null when the text is not its form, a DomainError when it is but cannot be resolved. */
export type Atom = (text: string, r: Resolver) => ParsedPeriod | null;
