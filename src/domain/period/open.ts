// Open-ended periods around a closed one: "since 2024", "after Q3 2025", "until 2026", "before late 2023".
import type { Attempts } from './attempts.js';
import { shiftIsoDate } from './calendar.js';
import { readClosed } from './closed.js';
import type { ParsedPeriod } from './intervals.js';
import type { Resolver } from './resolver.js';

type OpenBound = 'since' | 'from' | 'after' | 'until' | 'through' | 'before';

/** "since it was founded in 2019", "since its launch in March 2023", "since going public in 2021": since the date. */
const SINCE_ORIGIN =
  /^since\s+(?:(?:it|they|the (?:company|firm|startup|group|service|app|product)|its|their)\s+)?(?:(?:was|were|first)\s+)?(?:founded|founding|launch|launched|launching|inception|creation|created|debut|debuted|started|starting|incorporated|incorporation|established|establishment|opened|opening|ipo|listing|listed|going public|went public)\s+(?:in|on)\s+(.+)$/;

const OPEN_PREFIXES: ReadonlyArray<readonly [RegExp, OpenBound]> = [
  [SINCE_ORIGIN, 'since'],
  [/^since\s+(.+)$/, 'since'],
  [/^(?:from|starting|starting in|starting from|beginning in|as from|effective|no earlier than)\s+(.+)$/, 'from'],
  [/^(.+?)\s+(?:onwards?|and beyond|and later)$/, 'from'],
  [/^(?:after|later than|post)\s+(.+)$/, 'after'],
  [/^(?:until|till|til|up to|up until|no later than)\s+(.+)$/, 'until'],
  [/^(?:through|thru)\s+(.+)$/, 'through'],
  [/^(?:before|prior to|earlier than|ahead of|pre)\s+(.+)$/, 'before'],
];

/**
 * Open intervals around a closed one: "since 2024" and "from 2024" start with it, "after 2024" the day after it;
 * "until 2024" and "through 2024" end with it (both inclusive: "until 2024" is read as running through 2024, the
 * wider and so safer reading); "before late 2023" ends the day before it starts.
 */
export function readOpen(text: string, r: Resolver, attempts: Attempts): ParsedPeriod | null {
  for (const [pattern, bound] of OPEN_PREFIXES) {
    const inner = pattern.exec(text)?.[1];
    const closed = inner === undefined ? null : readClosed(inner, r, attempts);
    if (!closed?.start || !closed.end) continue;
    const label = `${bound} ${closed.label}`;
    switch (bound) {
      case 'since':
      case 'from':
        return { label, start: closed.start, end: null, precision: 'OPEN' };
      case 'after':
        return { label, start: shiftIsoDate(closed.end, 1), end: null, precision: 'OPEN' };
      case 'until':
      case 'through':
        return { label, start: null, end: closed.end, precision: 'OPEN' };
      case 'before':
        return { label, start: null, end: shiftIsoDate(closed.start, -1), precision: 'OPEN' };
    }
  }
  return null;
}
