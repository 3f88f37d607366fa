// The rule engine on its own: each rule finds its clash, and each look-alike (period, market, qualifier, tolerance, maker) is left alone.
import { describe, expect, it } from 'vitest';
import { conflictKey, corroborates, detectConflicts, independentSourceCount, type ClaimView } from '../../src/domain/conflicts/index.js';
import { lookup, view, type ViewSpec } from '../support/claim-views.js';

const detect = (...views: ClaimView[]) => detectConflicts(views, lookup);
const share = (subject: string, value: string, more: Partial<ViewSpec> = {}) =>
  view({ subject, predicate: 'market_share', object: 'enterprise LLM API market', value, period: 'February 2026', ...more });
const runRate = (value: string, more: Partial<ViewSpec> = {}) => view({ subject: 'Claude Code', predicate: 'revenue_run_rate', value, period: 'August 2025', ...more });
const leader = (subject: string, more: Partial<ViewSpec> = {}) =>
  view({ subject, predicate: 'leader_of', object: 'enterprise LLM API market', period: 'February 2026', ...more });
const released = (period: string | null, more: Partial<ViewSpec> = {}) => view({ subject: 'GPT-5.3-Codex', predicate: 'released_on', period, ...more });
const membersOf = (found: ReturnType<typeof detect>) => found.map((f) => [f.rule, f.claims.map((m) => m.claimId).sort()]);

describe('functional', () => {
  it('finds figures whose intervals do not overlap, and explains them in ten seconds', () => {
    const a = share('OpenAI', '25%');
    const b = share('OpenAI', '40%', { source: 'Other Source' });
    const [found, ...rest] = detect(a, b);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ rule: 'functional', severity: 'HIGH', key: conflictKey('functional', [a.claim.id, b.claim.id]) });
    expect(found!.claims).toEqual([
      { claimId: a.claim.id, role: 'lower', version: 1 },
      { claimId: b.claim.id, role: 'higher', version: 1 },
    ]);
    expect(found!.explanation).toBe(
      "OpenAI's share of the enterprise LLM API market: 25% (Example Press, February 2026) vs 40% (Other Source, February 2026) — [25%, 25%] and [40%, 40%] do not overlap (no tolerance: exact figures)",
    );
  });

  it('compares converted units: $1B is $1,000M, and $1B is not $1.5B', () => {
    expect(detect(runRate('$1 billion'), runRate('$1,000 million'))).toEqual([]);
    const [found] = detect(runRate('$1 billion'), runRate('$1,500 million'));
    expect(found!.explanation).toContain('$1 billion (Example Press, August 2025) vs $1,500 million');
    expect(found!.explanation).toContain('[$1B, $1B] and [$1.5B, $1.5B] do not overlap');
  });

  it('compares totals over a period (revenue) only for the same period: a quarter is not its year', () => {
    const revenue = (value: string, period: string | null) => view({ subject: 'Nvidia', predicate: 'revenue', value, period });
    expect(detect(revenue('$35.1 billion', 'Q3 2024'), revenue('$130.5 billion', '2024'))).toEqual([]);
    expect(detect(revenue('$35.1 billion', 'Q3 2024'), revenue('$35.1 billion', 'the quarter ended September 30, 2024'))).toEqual([]);
    const [sameQuarter] = detect(revenue('$35.1 billion', 'Q3 2024'), revenue('$30 billion', 'the quarter ended September 30, 2024'));
    expect(sameQuarter).toMatchObject({ rule: 'functional', severity: 'MEDIUM' });
    // An undated total is compared with every figure, as for every rule, one severity level lower.
    const [undated] = detect(revenue('$35.1 billion', 'Q3 2024'), revenue('$130.5 billion', null));
    expect(undated).toMatchObject({ rule: 'functional', severity: 'MEDIUM' });
    // A run rate is a state at a time, not a total: overlapping periods are compared.
    expect(detect(runRate('$1 billion', { period: '2025' }), runRate('$2 billion', { period: 'August 2025' }))).toHaveLength(1);
  });

  it('does not compare different currencies', () => {
    expect(detect(runRate('$1 billion'), runRate('€3 billion'))).toEqual([]);
    expect(detect(runRate('¥150 billion'), runRate('$3 billion'))).toEqual([]);
    expect(detect(runRate('¥150 billion'), runRate('¥450 billion'))).toHaveLength(1);
  });

  it('widens approximations by the tolerance and says by how much', () => {
    expect(detect(share('Codex', 'roughly 20 to 21%'), share('Codex', 'about 23%'))).toEqual([]);
    const [found] = detect(share('Codex', 'roughly 20 to 21%'), share('Codex', '25%'));
    expect(found!.explanation).toContain('[17.9%, 23.1%] and [25%, 25%] do not overlap');
    expect(found!.explanation).toContain('"roughly 20 to 21%" widened by ±2.1 percentage points');
    expect(found!.explanation).toContain('10% of the figure, and percentages by at least 1 percentage point');
    expect(found!.severity).toBe('MEDIUM');
  });

  it('reads "over half" as a lower bound: 60% agrees, 40% does not', () => {
    expect(detect(share('Claude Code', 'over half'), share('Claude Code', '60%'))).toEqual([]);
    const [found] = detect(share('Claude Code', 'over half'), share('Claude Code', '40%'));
    expect(found!.explanation).toContain('[40%, 40%] and (50%, 100%] do not overlap');
  });

  it('leaves look-alikes alone: other periods, markets, qualifiers, subjects (a product is not its maker)', () => {
    expect(detect(share('OpenAI', '25%'), share('OpenAI', '50%', { period: '2022' }))).toEqual([]);
    expect(detect(share('OpenAI', '25%'), share('OpenAI', '60%', { object: 'consumer chatbot market' }))).toEqual([]);
    const usage = [{ key: 'measure', value: 'usage' }];
    const spend = [{ key: 'measure', value: 'spend' }];
    expect(detect(share('Anthropic', '29%', { qualifiers: usage }), share('Anthropic', '40%', { qualifiers: spend }))).toEqual([]);
    expect(detect(share('Anthropic', '29%', { qualifiers: usage }), share('Anthropic', '40%'))).toEqual([]);
    expect(detect(runRate('$2.5 billion', { period: 'by early 2026' }), runRate('$5 billion', { subject: 'Anthropic', period: 'by early 2026' }))).toEqual([]);
  });

  it('treats qualifiers as a set: order and case do not matter', () => {
    const a = share('Anthropic', '29%', { qualifiers: [{ key: 'measure', value: 'usage' }, { key: 'region', value: 'US' }] });
    const b = share('Anthropic', '40%', { qualifiers: [{ key: 'Region', value: 'us' }, { key: 'measure', value: 'Usage' }] });
    expect(membersOf(detect(a, b))).toEqual([['functional', [a.claim.id, b.claim.id].sort()]]);
  });

  it('compares an undated claim with every period, says the period was missing, and lowers the severity', () => {
    const [found] = detect(share('OpenAI', '25%'), share('OpenAI', '40%', { period: null, source: 'Undated Blog' }));
    expect(found!.explanation).toContain('40% (Undated Blog, period missing)');
    expect(found!.explanation).toContain('The period was missing for');
    expect(found!.severity).toBe('MEDIUM');
  });

  it('only lets accepted claims take part', () => {
    for (const status of ['CANDIDATE', 'REJECTED', 'RETRACTED', 'STALE'] as const) {
      expect(detect(share('OpenAI', '25%'), share('OpenAI', '40%', { status })), status).toEqual([]);
    }
  });

  it('leaves negated figures to the polarity rule', () => {
    expect(detect(share('OpenAI', '25%'), share('OpenAI', '40%', { negated: true }))).toEqual([]);
  });
});

describe('additive share', () => {
  it('finds shares that sum past 100% and names every claim in the sum', () => {
    const views = [share('Anthropic', '32%'), share('OpenAI', '25%'), share('Google', '45%', { source: 'Analyst Weekly' })];
    const [found, ...rest] = detect(...views);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ rule: 'additive_share', severity: 'MEDIUM' });
    expect(found!.claims.map((m) => m.claimId).sort()).toEqual(views.map((v) => v.claim.id).sort());
    expect(found!.explanation).toContain('Shares of the enterprise LLM API market in overlapping periods sum past 100%: Google 45% (Analyst Weekly, February 2026)');
    expect(found!.explanation).toContain('lower bounds 45% + 32% + 25% = 102%');
  });

  it('counts a subject once, with its largest lower bound', () => {
    const small = share('OpenAI', '25%');
    const large = share('OpenAI', '40%', { source: 'Other' });
    const anthropic = share('Anthropic', '75%');
    const found = detect(small, large, anthropic).filter((f) => f.rule === 'additive_share');
    expect(membersOf(found)).toEqual([['additive_share', [large.claim.id, anthropic.claim.id].sort()]]);
    expect(found[0]!.severity).toBe('HIGH');
  });

  it('reports the maximal sum once, not each subset that already exceeds 100%', () => {
    const views = ['A', 'B', 'C', 'D'].map((subject) => share(subject, '40%'));
    const found = detect(...views).filter((f) => f.rule === 'additive_share');
    expect(membersOf(found)).toEqual([['additive_share', views.map((v) => v.claim.id).sort()]]);
  });

  it('sums only claims whose periods share a day', () => {
    const year = share('A', '60%', { period: '2025' });
    const q1 = share('B', '45%', { period: 'Q1 2025' });
    const q4 = share('C', '45%', { period: 'Q4 2025' });
    expect(membersOf(detect(year, q1, q4))).toEqual([
      ['additive_share', [year.claim.id, q1.claim.id].sort()],
      ['additive_share', [year.claim.id, q4.claim.id].sort()],
    ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))));
    expect(detect(share('B', '60%', { period: 'Q1 2025' }), share('C', '60%', { period: 'Q4 2025' }))).toEqual([]);
  });

  it('knows "over half" plus 50% is past 100%, and 50% plus 50% is not', () => {
    expect(membersOf(detect(share('Claude Code', 'over half'), share('Copilot', '50%')))).toHaveLength(1);
    expect(detect(share('Claude Code', '50%'), share('Copilot', '50%'))).toEqual([]);
  });

  it('uses lower bounds after tolerance: about 55% and 50% may sum to 99.5%', () => {
    expect(detect(share('A', 'about 55%'), share('B', '50%'))).toEqual([]);
  });

  it('keeps markets and qualifiers apart', () => {
    expect(detect(share('A', '60%'), share('B', '60%', { object: 'AI coding market' }))).toEqual([]);
    expect(detect(share('A', '60%', { qualifiers: [{ key: 'measure', value: 'usage' }] }), share('B', '60%', { qualifiers: [{ key: 'measure', value: 'spend' }] }))).toEqual([]);
  });

  it('keeps apart markets with the same qualifiers, shared frozen lists (as the store holds them) or not', () => {
    const usage = () => [{ key: 'measure', value: 'usage' }];
    const frozen = Object.freeze(usage().map((qualifier) => Object.freeze(qualifier)));
    const sharing = (one: ClaimView) => Object.assign(one, { claim: { ...one.claim, qualifiers: frozen } });
    for (const qualify of [(one: ClaimView) => one, sharing]) {
      const a = qualify(share('A', '60%', { qualifiers: usage() }));
      expect(detect(a, qualify(share('B', '60%', { qualifiers: usage(), object: 'AI coding market' })))).toEqual([]);
      expect(membersOf(detect(a, qualify(share('B', '60%', { qualifiers: usage() }))))).toHaveLength(1);
    }
  });
});

describe('exclusive', () => {
  it('finds two leaders of one market in overlapping periods', () => {
    const a = leader('Anthropic', { period: 'late 2023' });
    const b = leader('OpenAI', { period: 'Q4 2023' });
    const [found, ...rest] = detect(a, b);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ rule: 'exclusive', severity: 'MEDIUM' });
    expect(found!.claims.map((m) => m.role)).toEqual(['leader', 'leader']);
    expect(found!.explanation).toContain('Two leaders of the enterprise LLM API market in overlapping periods');
  });

  it('leaves leaders of different periods, of different markets, and the same leader twice alone', () => {
    expect(detect(leader('Anthropic', { period: 'late 2023' }), leader('OpenAI', { period: 'mid-2023' }))).toEqual([]);
    expect(detect(leader('Anthropic'), leader('OpenAI', { object: 'AI coding market' }))).toEqual([]);
    expect(detect(leader('Anthropic'), leader('Anthropic', { source: 'Other' }))).toEqual([]);
  });

  it('finds a leader whose share is below another subject share, naming all three claims', () => {
    const lead = leader('OpenAI');
    const own = share('OpenAI', '25%');
    const rival = share('Anthropic', '32%');
    const found = detect(lead, own, rival).filter((f) => f.rule === 'exclusive');
    expect(found).toHaveLength(1);
    expect(found[0]!.claims).toEqual([
      { claimId: lead.claim.id, role: 'leader', version: 1 },
      { claimId: own.claim.id, role: 'leader_share', version: 1 },
      { claimId: rival.claim.id, role: 'rival_share', version: 1 },
    ]);
    expect(found[0]!.explanation).toContain("OpenAI is said to lead the enterprise LLM API market (Example Press, February 2026), but its share 25%");
    expect(found[0]!.explanation).toContain("is below Anthropic's 32%");
  });

  it('says when the rival holds a majority', () => {
    const found = detect(leader('Codex'), share('Codex', 'roughly 20 to 21%'), share('Claude Code', '54%'));
    expect(found.find((f) => f.rule === 'exclusive')!.explanation).toContain('Claude Code holds 50% or more, so no one else can lead');
  });

  it('leaves a leader alone when its share could be the largest, or is from another period', () => {
    expect(detect(leader('OpenAI'), share('OpenAI', 'about 30%'), share('Anthropic', '32%')).filter((f) => f.rule === 'exclusive')).toEqual([]);
    expect(detect(leader('OpenAI'), share('OpenAI', '25%', { period: '2022' }), share('Anthropic', '32%')).filter((f) => f.rule === 'exclusive')).toEqual([]);
    expect(detect(leader('OpenAI', { negated: true }), share('OpenAI', '25%'), share('Anthropic', '32%')).filter((f) => f.rule === 'exclusive')).toEqual([]);
  });

  it('reports one conflict per leadership claim, with the strongest evidence', () => {
    const found = detect(leader('OpenAI'), share('OpenAI', '25%'), share('OpenAI', '24%', { source: 'B' }), share('Anthropic', '32%'), share('Google', '35%', { period: 'early February 2026' }));
    const exclusive = found.filter((f) => f.rule === 'exclusive');
    expect(exclusive).toHaveLength(1);
    expect(exclusive[0]!.explanation).toContain("its share 24% (B, February 2026) is below Google's 35%");
  });
});

describe('event', () => {
  it('finds one event dated in periods that do not overlap', () => {
    const early = released('early February 2026');
    const january = released('January 2026', { source: 'DevTools Ledger' });
    const [found, ...rest] = detect(early, january);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ rule: 'event', severity: 'MEDIUM' });
    expect(found!.claims.map((m) => [m.claimId, m.role])).toEqual([[january.claim.id, 'earlier'], [early.claim.id, 'later']]);
    expect(found!.explanation).toBe(
      "GPT-5.3-Codex's release date: January 2026 (2026-01-01 to 2026-01-31) according to DevTools Ledger vs early February 2026 (2026-02-01 to 2026-02-10) according to Example Press — the periods do not overlap, and one event has one date",
    );
    expect(detect(released('2024'), released('2026'))[0]!.severity).toBe('HIGH');
  });

  it('leaves dates inside each other, undated events and other products alone', () => {
    expect(detect(released('early February 2026'), released('5 February 2026'))).toEqual([]);
    expect(detect(released('early February 2026'), released(null))).toEqual([]);
    expect(detect(released('early February 2026'), released('March 2026', { subject: 'Claude Opus 4.6' }))).toEqual([]);
  });
});

describe('polarity', () => {
  const pioneered = (more: Partial<ViewSpec> = {}) => view({ subject: 'OpenAI', predicate: 'pioneered', object: 'AI coding market', ...more });

  it('finds the same statement affirmed and negated', () => {
    const yes = pioneered();
    const no = pioneered({ negated: true, source: 'Analyst Weekly' });
    const [found, ...rest] = detect(no, yes);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ rule: 'polarity', severity: 'MEDIUM' });
    expect(found!.claims.map((m) => [m.claimId, m.role])).toEqual([[yes.claim.id, 'affirms'], [no.claim.id, 'negates']]);
    expect(found!.explanation).toContain('OpenAI pioneered the AI coding market: affirmed (Example Press, period missing)');
    expect(found!.explanation).toContain('negated (Analyst Weekly, period missing)');
    expect(detect(pioneered({ period: '2025' }), pioneered({ negated: true, period: '2025' }))[0]!.severity).toBe('HIGH');
  });

  it('leaves different qualifiers, periods and values alone', () => {
    const measure = (value: string) => [{ key: 'measure', value }];
    const outperforms = (more: Partial<ViewSpec>) => view({ subject: 'GPT-5.3-Codex', predicate: 'outperforms', object: 'GPT-5.2-Codex', ...more });
    expect(detect(outperforms({ qualifiers: measure('coding performance') }), outperforms({ negated: true, qualifiers: measure('cost efficiency') }))).toEqual([]);
    expect(detect(pioneered({ period: '2021' }), pioneered({ negated: true, period: '2025' }))).toEqual([]);
    const capability = (value: string, negated = false) => view({ subject: 'Codex', predicate: 'has_capability', value, negated });
    expect(detect(capability('cloud delegation'), capability('local terminal workflow', true))).toEqual([]);
    expect(membersOf(detect(capability('cloud delegation'), capability('Cloud  delegation', true)))).toHaveLength(1);
  });
});

describe('keys and corroboration', () => {
  it('keys a conflict by rule and sorted claim ids', () => {
    expect(conflictKey('functional', ['clm_b', 'clm_a'])).toBe('functional:clm_a,clm_b');
    expect(conflictKey('manual', ['clm_b', 'clm_a', 'clm_b'])).toBe(conflictKey('manual', ['clm_a', 'clm_b']));
  });

  it('finds agreeing claims from other sources, and counts independent sources', () => {
    const seed = share('Claude Code', 'over half', { object: 'AI coding market' });
    const agrees = share('Claude Code', '60%', { object: 'AI coding market', source: 'Analyst Weekly' });
    const sameSource = share('Claude Code', '55%', { object: 'AI coding market' });
    const candidate = share('Claude Code', '70%', { object: 'AI coding market', source: 'Blog', status: 'CANDIDATE' });
    const disagrees = share('Claude Code', '40%', { object: 'AI coding market', source: 'Blog' });
    const otherPeriod = share('Claude Code', '60%', { object: 'AI coding market', source: 'Blog', period: '2024' });
    expect([agrees, sameSource, candidate, disagrees, otherPeriod].map((other) => corroborates(seed, other))).toEqual([true, false, false, false, false]);
    expect(corroborates(seed, seed)).toBe(false);
    expect(independentSourceCount(seed, [agrees])).toBe(2);
    expect(independentSourceCount(seed, [])).toBe(1);
  });
});
