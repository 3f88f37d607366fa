// Another estimate of the figure just given: "Counterpoint puts Apple's share at 62%, while IDC puts it at 58%" is a
// second claim of the same statement, whoever made it, so the two meet in conflict detection.
import { AMOUNT_HEDGE, type Figure } from './figures.js';
import type { ClauseScope, Draft } from './scope.js';

/** Verbs an estimator gives a figure with: "IDC puts it at 58%", "Gartner estimated it at …", "Canalys pegs it at …". */
const ESTIMATES = /^(?:puts?|putting|estimates?|estimated|estimating|pegs?|pegged|places?|placed|sees|saw|reckons|reckoned)$/;
/** What the estimate is of: the figure just given. */
const THE_FIGURE = /^(?:it|that|the figure|the number|the share|its share|the total|the market share)$/;
/** How many sentences back the figure restated may be: the same one or the one before. */
const SENTENCES_BACK = 1;

/**
 * The draft a figure restates, when the words before it say it is another estimate of that figure ("while IDC puts it
 * at 58%"), of the same kind of value, and no date of its own says it is of another period; null otherwise.
 */
export function restatedEstimate(scope: ClauseScope, figure: Figure): Draft | null {
  const tokens = scope.doc.tokens;
  let at = figure.first - 1;
  while (at > scope.clause.first && AMOUNT_HEDGE.test(tokens[at]!.normal)) at -= 1;
  // "analysts put it at $4 billion for 2025" dates its own figure: another period's figure, not another estimate.
  if (tokens[at]?.normal !== 'at' || scope.bindings.has(figure)) return null;
  const what = [tokens[at - 1]?.normal, `${tokens[at - 2]?.normal} ${tokens[at - 1]?.normal}`];
  const words = THE_FIGURE.test(what[1]!) ? 2 : THE_FIGURE.test(what[0]!) ? 1 : 0;
  if (words === 0 || !ESTIMATES.test(tokens[at - 1 - words]?.normal ?? '')) return null;
  const last = scope.state.lastFigure;
  if (!last?.draft || last.dimension !== figure.dimension) return null;
  const back = tokens[figure.first]!.sentence - tokens[last.last]!.sentence;
  return back >= 0 && back <= SENTENCES_BACK ? last.draft : null;
}
