// Words a candidate claim in the project's own plain style ("Anthropic holds 32% of enterprise LLM API market (now).").

export interface Wording {
  subject: string;
  predicate: string;
  object: string | null;
  value: string | null;
  period: string | null;
  negated: boolean;
  /** The sentence, for claims no predicate describes. */
  sentence: string;
  /** What a milestone was ("$1 billion annualized run rate"). */
  milestone?: string | null;
  /** Which profit or loss a profit figure is ("net loss", "operating profit"), a per-share one ("adjusted EPS"), or what a growth rate is of ("revenue"). */
  measure?: string | null;
  /** Which way a growth rate went ("increase", "decrease") and what it is counted against ("year earlier"). */
  direction?: string | null;
  against?: string | null;
  /** Which kind of plant a capacity or an output is of ("offshore wind", "nuclear"). */
  technology?: string | null;
  /** Who outside the company gave the figure as their estimate ("Maria Lopez"): said so, as the figure is not the company's. */
  estimatedBy?: string | null;
}

type Template = (w: Wording) => string;

const TEMPLATES: Readonly<Record<string, Template>> = {
  market_share: (w) => `${w.subject} holds ${w.value} of ${w.object}`,
  leader_of: (w) => `${w.subject} leads ${w.object}`,
  revenue_run_rate: (w) => `${w.subject} has an annualized revenue run rate of ${w.value}`,
  revenue: (w) => `${w.subject} has revenue of ${w.value}`,
  profit: (w) => `${w.subject} has ${w.measure ?? 'a profit'} of ${w.value}`,
  growth_rate: (w) => `${w.subject}'s ${w.measure ?? 'measure'} ${w.direction === 'decrease' ? 'fell' : 'grew'} ${w.value?.replace(/ (?:increase|decrease)$/, '')}${w.against ? ` from ${w.against === 'year earlier' ? 'a' : 'the'} ${w.against}` : ''}`,
  earnings_per_share: (w) => `${w.subject} has ${w.measure ?? 'earnings per share'} of ${w.value}`,
  power_capacity: (w) => `${w.subject} has ${w.technology ? `${w.technology} ` : ''}capacity of ${w.value}`,
  energy_generated: (w) => `${w.subject} generated ${w.value}${w.technology ? ` of ${w.technology} power` : ''}`,
  time_to_milestone: (w) => `${w.subject} took ${w.value} from launch to reach ${w.milestone ?? 'a milestone'}`,
  released_on: (w) => `${w.subject} was released`,
  released_same_day_as: (w) => `${w.subject} was released on the same day as ${w.object}`,
  speedup_over: (w) => `${w.subject} is ${w.value} faster${w.object ? ` than ${w.object}` : ''}`,
  adoption_rate: (w) => `${w.value} of ${w.object ?? 'its population'} use ${w.subject}`,
  valuation: (w) => `${w.subject} is valued at ${w.value}`,
  funding_raised: (w) => `${w.subject} raised ${w.value}`,
  user_count: (w) => `${w.subject} has ${w.value} users`,
  employee_count: (w) => `${w.subject} employs ${w.value} people`,
  helped_build_itself: (w) => `${w.subject} was used in building itself`,
  outperforms: (w) => `${w.subject} outperforms ${w.object}`,
  larger_than: (w) => `${w.subject} is larger than ${w.object}`,
  pioneered: (w) => `${w.subject} pioneered ${w.object}`,
};

const MAX_TEXT = 2000;

export function claimText(w: Wording): string {
  const template = TEMPLATES[w.predicate];
  if (!template) return w.sentence.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
  const statement = template(w);
  const negated = w.negated ? `It is not the case that ${statement}` : statement;
  const estimate = w.estimatedBy ? `, as estimated by ${w.estimatedBy}` : '';
  return `${negated}${w.period ? ` (${w.period})` : ''}${estimate}.`;
}
