// Conflicts through GraphQL: the seed plus two made-up sources; each true clash found, each look-alike not; statuses, flags, filters, corroboration.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';

type Gql = Awaited<ReturnType<typeof testApp>>['gql'];
type Harness = Awaited<ReturnType<typeof testApp>>;

const fixture = (name: string): unknown[] => JSON.parse(readFileSync(new URL(`../fixtures/conflicts/${name}.json`, import.meta.url), 'utf8'));
const ADD = 'mutation Add($input: [ClaimInput!]!) { addClaims(input: $input) { createdCount } }';
const CONFLICT_FIELDS = 'id rule severity status explanation details detectedAt statusBy statusAt statusNote version claims { role version claim { id text } } history { action actor note }';
const ALL = `query All($filter: ConflictFilter) { conflicts(filter: $filter, first: 100) { totalCount nodes { ${CONFLICT_FIELDS} } } }`;
const SET = `mutation Set($id: ID!, $status: ConflictStatus!, $note: String!) { setConflictStatus(id: $id, status: $status, note: $note) { ${CONFLICT_FIELDS} } }`;
const FLAG = `mutation Flag($ids: [ID!]!, $note: String!) { flagConflict(claimIds: $ids, note: $note) { ${CONFLICT_FIELDS} } }`;
const DETECT = `mutation { detectConflicts { scannedClaims newCount reopenedCount resolvedCount openCount conflicts { id rule status } } }`;

interface ConflictNode {
  id: string;
  rule: string;
  severity: string;
  status: string;
  explanation: string;
  statusBy: string | null;
  statusNote: string | null;
  claims: Array<{ role: string; version: number; claim: { id: string; text: string } }>;
  history: Array<{ action: string; actor: string; note: string | null }>;
}

// Seed claims, by their text.
const SEED = {
  overHalf: 'Claude Code holds more than half of the AI coding market.',
  runRate1B: 'Claude Code reached a $1 billion annualized revenue run rate six months after its launch.',
  runRate25: 'Claude Code reached a $2.5 billion annualized revenue run rate by early 2026.',
  codexWorkloads: "OpenAI's Codex handles roughly 20 to 21% of enterprise coding workloads.",
  anthropic32: 'Anthropic holds 32% of the enterprise LLM API market.',
  openai25: 'OpenAI holds 25% of the enterprise LLM API market.',
  anthropicLeader: 'Anthropic displaced OpenAI as the dominant enterprise player by late 2023.',
  openai50: 'OpenAI held 50% of the enterprise LLM API market before Anthropic displaced it in late 2023; its share has since halved to 25%.',
  released53: 'GPT-5.3-Codex was released in early February 2026.',
  releasedOpus: 'Claude Opus 4.6 was released in early February 2026, on the same day as GPT-5.3-Codex.',
  sameDay: 'GPT-5.3-Codex and Claude Opus 4.6 were released on the same day.',
  pioneered: 'OpenAI created the category of AI coding assistants years before Claude Code.',
  localWorkflow: 'Claude Code is built around a developer-in-the-loop, local workflow in the terminal.',
  cloudDelegation: "OpenAI's Codex agent supports autonomous, cloud-based delegation of asynchronous tasks as well as local use.",
};

/** Every true clash of the fixtures with the seed: rule and the claims' texts. */
const EXPECTED: Array<{ rule: string; texts: string[] }> = [
  { rule: 'additive_share', texts: ['Google holds 45% of the enterprise LLM API market.', SEED.anthropic32, SEED.openai25] },
  { rule: 'additive_share', texts: [SEED.overHalf, 'GitHub Copilot holds 50% of the AI coding market.'] },
  { rule: 'exclusive', texts: [SEED.anthropicLeader, 'OpenAI was the leading enterprise LLM API provider in late 2023.'] },
  { rule: 'exclusive', texts: ['Codex leads enterprise coding workloads.', SEED.codexWorkloads, 'Claude Code handles 54% of enterprise coding workloads.'] },
  { rule: 'functional', texts: [SEED.openai50, 'OpenAI held 35% of the enterprise LLM API market in mid-2023.'] },
  { rule: 'functional', texts: [SEED.runRate1B, "Claude Code's annualized revenue run rate was $1,500 million in August 2025."] },
  { rule: 'event', texts: [SEED.released53, 'GPT-5.3-Codex was released in January 2026.'] },
  { rule: 'polarity', texts: [SEED.pioneered, 'OpenAI did not create the category of AI coding assistants.'] },
  { rule: 'polarity', texts: [SEED.sameDay, 'GPT-5.3-Codex and Claude Opus 4.6 were not released on the same day.'] },
];

/** Fixture claims that only look like clashes: none may be in any conflict. */
const LOOK_ALIKES = [
  'Claude Code holds 60% of the AI coding market.',
  'OpenAI held 50% of the enterprise LLM API market in 2022.',
  'Anthropic holds 29% of the enterprise LLM API market by usage.',
  'Anthropic holds 40% of the enterprise LLM API market by spend.',
  "Claude Code's annualized revenue run rate was about $2.4 billion by early 2026.",
  'Anthropic reached a $5 billion annualized revenue run rate by early 2026.',
  'Claude Opus 4.6 was released on 5 February 2026.',
  'GPT-5.3-Codex does not outperform GPT-5.2-Codex on cost efficiency.',
  'Codex handles about 23% of enterprise coding workloads.',
];

const signature = (rule: string, texts: string[]): string => `${rule}: ${[...texts].sort().join(' | ')}`;

async function loaded(): Promise<Harness> {
  const harness = await testApp();
  for (const name of ['analyst-weekly', 'devtools-ledger']) {
    const result = await harness.gql(ADD, { input: fixture(name) });
    expect(result.errors).toBeUndefined();
  }
  return harness;
}

async function conflicts(gql: Gql, filter: Record<string, unknown> = {}): Promise<ConflictNode[]> {
  const result = await gql(ALL, { filter });
  expect(result.errors).toBeUndefined();
  return result.data!.conflicts.nodes;
}

async function claimId(gql: Gql, text: string): Promise<string> {
  const result = await gql('query($text: String!) { claims(filter: { text: $text }, first: 50) { nodes { id text } } }', { text });
  const node = (result.data!.claims.nodes as Array<{ id: string; text: string }>).find((n) => n.text === text);
  if (!node) throw new Error(`no claim reads "${text}"`);
  return node.id;
}

const withText = (all: ConflictNode[], text: string): ConflictNode[] => all.filter((c) => c.claims.some((m) => m.claim.text === text));

describe('conflict detection over the seed and two more sources', () => {
  let harness: Harness;
  let gql: Gql;
  beforeEach(async () => {
    harness = await loaded();
    gql = harness.gql;
  });

  it('finds each true clash with the right claims and rule, and nothing else', async () => {
    const found = await conflicts(gql);
    expect(found.map((c) => signature(c.rule, c.claims.map((m) => m.claim.text))).sort()).toEqual(EXPECTED.map((e) => signature(e.rule, e.texts)).sort());
    expect(found.every((c) => c.status === 'OPEN')).toBe(true);
  });

  it('involves no look-alike in any conflict', async () => {
    const found = await conflicts(gql);
    for (const text of LOOK_ALIKES) expect(withText(found, text), text).toEqual([]);
  });

  it('explains each conflict with the figures as written and as compared, periods and tolerance', async () => {
    const found = await conflicts(gql);
    const one = (rule: string, text: string) => withText(found, text).find((c) => c.rule === rule)!;
    const money = one('functional', SEED.runRate1B);
    for (const part of ["Claude Code's annualized revenue run rate", '$1 billion', '$1,500 million', '[$1B, $1B]', '[$1.5B, $1.5B]', 'August 2025', 'no tolerance: exact figures']) {
      expect(money.explanation).toContain(part);
    }
    expect(money.severity).toBe('HIGH');
    expect(money.claims.map((m) => m.role)).toEqual(['lower', 'higher']);
    const leader = one('exclusive', SEED.codexWorkloads);
    for (const part of ['Codex is said to lead', 'roughly 20 to 21%', '54%', '[17.9%, 23.1%]', '[54%, 54%]', '±2.1 percentage points', 'Claude Code holds 50% or more']) {
      expect(leader.explanation).toContain(part);
    }
    expect(leader.claims.map((m) => m.role)).toEqual(['leader', 'leader_share', 'rival_share']);
    const sum = one('additive_share', SEED.anthropic32);
    for (const part of ['Google 45%', 'Anthropic 32%', 'OpenAI 25%', '45% + 32% + 25% = 102%', 'February 2026']) expect(sum.explanation).toContain(part);
    expect(sum.severity).toBe('MEDIUM');
    expect(one('additive_share', SEED.overHalf).explanation).toContain('more than 50% + 50% = more than 100%');
    expect(one('event', SEED.released53).explanation).toMatch(/January 2026 \(2026-01-01 to 2026-01-31\).*early February 2026 \(2026-02-01 to 2026-02-10\)/);
    const undated = one('polarity', SEED.pioneered);
    expect(undated.explanation).toContain('period was missing');
    expect(undated.severity).toBe('MEDIUM');
    expect(one('polarity', SEED.sameDay).severity).toBe('HIGH');
  });

  it('keeps a dismissed conflict dismissed across rescans until one of its claims changes', async () => {
    const [target] = withText(await conflicts(gql, { rule: 'functional' }), SEED.openai50);
    const dismissed = await gql(SET, { id: target!.id, status: 'DISMISSED', note: 'mid-2023 and "before late 2023" are different snapshots' }, { as: 'editor' });
    expect(dismissed.errors).toBeUndefined();
    expect(dismissed.data!.setConflictStatus).toMatchObject({ status: 'DISMISSED', statusBy: 'editor', version: 2 });

    const rescan = await gql(DETECT);
    expect(rescan.errors).toBeUndefined();
    expect(rescan.data!.detectConflicts).toMatchObject({ scannedClaims: 40, newCount: 0, reopenedCount: 0, resolvedCount: 0, openCount: 8 });
    expect(rescan.data!.detectConflicts.conflicts).toContainEqual({ id: target!.id, rule: 'functional', status: 'DISMISSED' });

    const mid2023 = await claimId(gql, 'OpenAI held 35% of the enterprise LLM API market in mid-2023.');
    const update = await gql('mutation($id: ID!) { updateClaim(id: $id, expectedVersion: 1, input: { text: "OpenAI had 35% of the enterprise LLM API market in mid-2023." }) { version } }', { id: mid2023 });
    expect(update.errors).toBeUndefined();
    const [reopened] = withText(await conflicts(gql, { rule: 'functional' }), SEED.openai50);
    expect(reopened).toMatchObject({ id: target!.id, status: 'OPEN', statusBy: 'system', version: 3 });
    expect(reopened!.statusNote).toContain(`claim ${mid2023} changed (version 1 to 2)`);
    expect(reopened!.history.map((h) => [h.action, h.actor])).toEqual([['detected', 'system'], ['status', 'editor'], ['reopened', 'system']]);
    expect(reopened!.claims.find((m) => m.claim.id === mid2023)!.version).toBe(2);
  });

  it('resolves an open conflict automatically when a claim in it is retracted, saying why', async () => {
    const google = await claimId(gql, 'Google holds 45% of the enterprise LLM API market.');
    const [sum] = withText(await conflicts(gql), 'Google holds 45% of the enterprise LLM API market.');
    const retract = await gql('mutation($id: ID!) { retractClaim(id: $id, reason: "the analyst withdrew the figure") { status } }', { id: google });
    expect(retract.errors).toBeUndefined();
    const node = await gql(`query($id: ID!) { node(id: $id) { ... on Conflict { ${CONFLICT_FIELDS} } } }`, { id: sum!.id });
    const resolved = node.data!.node as ConflictNode;
    expect(resolved).toMatchObject({ status: 'RESOLVED', statusBy: 'system' });
    expect(resolved.statusNote).toContain(`claim ${google} is now RETRACTED`);
    const rescan = await gql(DETECT);
    expect(rescan.data!.detectConflicts).toMatchObject({ newCount: 0, reopenedCount: 0, resolvedCount: 0, openCount: 8 });
  });

  it('finds the clashes a merge creates: claims about one company under two names meet', async () => {
    await gql(ADD, {
      input: [{ text: 'Claude Code CLI runs at $4 billion a year by early 2026.', subject: 'Claude Code CLI', subjectKind: 'PRODUCT', predicate: 'revenue_run_rate', value: '$4 billion', period: 'by early 2026', source: { url: 'https://cli-watch.example.org/2026', publishedAt: '2026-03' } }],
    });
    expect(withText(await conflicts(gql), 'Claude Code CLI runs at $4 billion a year by early 2026.')).toEqual([]);
    const ids = await gql('{ keep: entity(name: "Claude Code") { id } merge: entity(name: "Claude Code CLI") { id } }');
    const merged = await gql('mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id } }', { keep: ids.data!.keep.id, merge: ids.data!.merge.id });
    expect(merged.errors).toBeUndefined();
    const found = withText(await conflicts(gql), 'Claude Code CLI runs at $4 billion a year by early 2026.').map((c) => signature(c.rule, c.claims.map((m) => m.claim.text)));
    expect(found.sort()).toEqual(
      [
        signature('functional', [SEED.runRate25, 'Claude Code CLI runs at $4 billion a year by early 2026.']),
        signature('functional', ["Claude Code's annualized revenue run rate was about $2.4 billion by early 2026.", 'Claude Code CLI runs at $4 billion a year by early 2026.']),
      ].sort(),
    );
  });

  it('flags a conflict no rule caught, once per set of claims, with who and why', async () => {
    const ids = [await claimId(gql, SEED.localWorkflow), await claimId(gql, SEED.cloudDelegation)];
    const flagged = await gql(FLAG, { ids, note: 'both cannot be the better fit for solo developers' }, { as: 'editor' });
    expect(flagged.errors).toBeUndefined();
    const conflict = flagged.data!.flagConflict as ConflictNode;
    expect(conflict).toMatchObject({ rule: 'manual', status: 'OPEN', severity: 'MEDIUM', statusBy: 'editor', statusNote: 'both cannot be the better fit for solo developers' });
    expect(conflict.explanation).toContain('Flagged by editor: both cannot be the better fit for solo developers');
    expect(conflict.claims.map((m) => m.role)).toEqual(['flagged', 'flagged']);
    expect(conflict.history).toEqual([{ action: 'flagged', actor: 'editor', note: 'both cannot be the better fit for solo developers' }]);

    const again = await gql(FLAG, { ids: [...ids].reverse(), note: 'still' }, { as: 'editor' });
    expect(again.data!.flagConflict).toMatchObject({ id: conflict.id, version: 2, statusNote: 'still' });
    const node = await gql('query($id: ID!) { node(id: $id) { __typename id ... on Conflict { rule } } }', { id: conflict.id });
    expect(node.data!.node).toEqual({ __typename: 'Conflict', id: conflict.id, rule: 'manual' });
    // A rescan leaves a person's flag alone.
    const rescan = await gql(DETECT);
    expect(rescan.data!.detectConflicts).toMatchObject({ resolvedCount: 0, openCount: 10 });
  });

  it('refuses bad status changes and flags with coded errors, writing nothing', async () => {
    const [target] = await conflicts(gql);
    const before = (await gql('{ stats { conflicts } }')).data!.stats.conflicts;
    const ids = [await claimId(gql, SEED.localWorkflow), await claimId(gql, SEED.cloudDelegation)];
    const cases: Array<[string, Record<string, unknown>, string, Array<string | number>]> = [
      [SET, { id: 'cfl_nope', status: 'DISMISSED', note: 'why' }, 'conflict.not_found', ['id']],
      [SET, { id: target!.id, status: 'DISMISSED', note: '   ' }, 'conflict.note.empty', ['note']],
      [SET, { id: target!.id, status: 'OPEN', note: 'again' }, 'conflict.status.invalid', ['status']],
      [FLAG, { ids: [ids[0]], note: 'alone' }, 'conflict.flag.invalid', ['claimIds']],
      [FLAG, { ids: [ids[0], ids[0]], note: 'twice the same' }, 'conflict.flag.invalid', ['claimIds']],
      [FLAG, { ids: [ids[0], 'clm_missing'], note: 'why' }, 'claim.not_found', ['claimIds', 1]],
      [FLAG, { ids, note: '' }, 'conflict.note.empty', ['note']],
    ];
    for (const [mutation, variables, code, field] of cases) {
      const result = await gql(mutation, variables, { as: 'editor' });
      expect(result.data, code).toBeNull();
      expect(result.errors?.[0]?.extensions, code).toMatchObject({ code, field });
    }
    expect((await gql('{ stats { conflicts } }')).data!.stats.conflicts).toBe(before);
    const [unchanged] = withText(await conflicts(gql), target!.claims[0]!.claim.text).filter((c) => c.id === target!.id);
    expect(unchanged).toMatchObject({ status: 'OPEN', version: 1 });
  });

  it('filters conflicts by status, rule, entity and claim', async () => {
    const all = await conflicts(gql);
    const [first] = all;
    await gql(SET, { id: first!.id, status: 'CONFIRMED', note: 'checked against both reports' }, { as: 'editor' });
    const count = async (filter: Record<string, unknown>) => (await gql(ALL, { filter })).data!.conflicts.totalCount as number;
    expect(await count({ status: ['CONFIRMED'] })).toBe(1);
    expect(await count({ status: ['OPEN'] })).toBe(8);
    expect(await count({ status: ['OPEN', 'CONFIRMED'] })).toBe(9);
    expect(await count({ rule: 'functional' })).toBe(2);
    expect(await count({ rule: 'EVENT' })).toBe(1);
    expect(await count({ entity: 'Codex' })).toBe(1);
    expect(await count({ entity: 'claude code' })).toBe(3);
    expect(await count({ entity: 'enterprise LLM API market' })).toBe(3);
    expect(await count({ entity: 'Nobody Inc' })).toBe(0);
    expect(await count({ claim: await claimId(gql, SEED.openai25) })).toBe(1);
    expect(await count({ claim: await claimId(gql, SEED.anthropic32), rule: 'functional' })).toBe(0);
    const page = await gql('{ conflicts(first: 4) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }');
    expect(page.data!.conflicts).toMatchObject({ totalCount: 9, pageInfo: { hasNextPage: true } });
    const rest = await gql('query($after: String) { conflicts(first: 10, after: $after) { nodes { id } } }', { after: page.data!.conflicts.pageInfo.endCursor });
    expect(rest.data!.conflicts.nodes).toHaveLength(5);
  });

  it('lists corroborations from other sources and counts independent sources', async () => {
    const Q = 'query($text: String!) { claims(filter: { text: $text }, first: 5) { nodes { text independentSourceCount corroborations { text } conflicts { rule } } } }';
    const claim = async (text: string) => ((await gql(Q, { text })).data!.claims.nodes as Array<Record<string, any>>).find((n) => n.text === text)!;
    const cases: Array<[string, string[]]> = [
      [SEED.overHalf, ['Claude Code holds 60% of the AI coding market.']],
      [SEED.codexWorkloads, ['Codex handles about 23% of enterprise coding workloads.']],
      [SEED.openai50, ['OpenAI held 50% of the enterprise LLM API market in 2022.']],
      [SEED.runRate25, ["Claude Code's annualized revenue run rate was about $2.4 billion by early 2026."]],
      [SEED.releasedOpus, ['Claude Opus 4.6 was released on 5 February 2026.']],
      [SEED.anthropic32, []],
    ];
    for (const [text, corroborating] of cases) {
      const found = await claim(text);
      expect(found.corroborations.map((c: { text: string }) => c.text), text).toEqual(corroborating);
      expect(found.independentSourceCount, text).toBe(1 + corroborating.length);
    }
    expect((await claim(SEED.openai25)).conflicts).toEqual([{ rule: 'additive_share' }]);
  });

  it('costs a bounded number of store calls for conflicts and corroborations of a whole list', async () => {
    harness.counter.reset();
    const result = await gql('{ claims(first: 100) { nodes { id independentSourceCount corroborations { id subject { name } } conflicts { id claims { claim { id } } } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.claims.nodes.length).toBe(40);
    expect(harness.counter.calls.get('claimsByKey')).toBe(1);
    expect(harness.counter.calls.get('conflictsOfClaims')).toBe(1);
    expect(harness.counter.total()).toBeLessThanOrEqual(12);
  });
});
