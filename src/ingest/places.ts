// Places a business story reports a company's figures by ("North America contributed $452 million"): a place is
// where a figure holds, not a party of its own, in a story about a company.
import type { Mention } from './mentions.js';
import { mainSubject, type ClauseScope } from './scope.js';

/** World regions companies report by, and the countries stories most often break figures down to. */
const PLACES = new Set(
  [
    'europe', 'north america', 'latin america', 'south america', 'central america', 'asia', 'asia-pacific', 'asia pacific',
    'apac', 'emea', 'americas', 'the americas', 'middle east', 'the middle east', 'africa', 'greater china', 'southeast asia',
    'south asia', 'western europe', 'eastern europe', 'central europe', 'northern europe', 'nordics', 'the nordics', 'oceania',
    'united states', 'the united states', 'u.s.', 'us', 'china', 'japan', 'india', 'germany', 'france', 'united kingdom',
    'the united kingdom', 'uk', 'u.k.', 'britain', 'italy', 'spain', 'canada', 'brazil', 'mexico', 'south korea', 'korea',
    'australia', 'indonesia', 'russia', 'turkey', 'saudi arabia', 'netherlands', 'the netherlands', 'switzerland', 'sweden',
    'norway', 'denmark', 'finland', 'poland', 'thailand', 'vietnam', 'philippines', 'the philippines', 'malaysia', 'singapore',
    'taiwan', 'hong kong', 'south africa', 'nigeria', 'egypt', 'argentina', 'chile', 'colombia', 'israel', 'ireland',
    'belgium', 'austria', 'portugal', 'new zealand',
  ],
);

export const isPlaceName = (name: string): boolean => PLACES.has(name.trim().toLowerCase());

/**
 * "North America contributed $452 million", "India was the weakest region, down 11%": in a story about a company, a
 * place the clause opens with is where the company's figure holds. Returns the company and the place, or null when
 * the subject is no place, owns the figure by a possessive ("India's economy grew 7%"), the story is a market report,
 * or it is about no company but places.
 */
export function companyInPlace(scope: ClauseScope, subject: Mention): { company: Mention; place: string } | null {
  if (subject.kind === 'MARKET' || subject.possessive || !isPlaceName(subject.name)) return null;
  // In a market report a place's figures are its regional market's (region.ts), not the leading company's.
  if (scope.state.reportedMarket !== null || scope.state.reportingPeriods.market !== null) return null;
  const company = mainSubject(scope.state);
  if (company === null || isPlaceName(company.name)) return null;
  return { company, place: subject.name };
}
