// Re-ingest bookkeeping: which claims of a source are unchanged, moved, new, stale or revived; quotes re-anchored.
import { describe, expect, it } from 'vitest';
import type { Citation, Claim } from '../../src/domain/model.js';
import { reconcile, relocate } from '../../src/app/ingest/reconcile.js';

const SOURCE = 'src_1';
const NOW = '2026-03-01T00:00:00.000Z';

function citation(text: string, quote: string, from = 0): Citation {
  const start = text.indexOf(quote, from);
  return { sourceId: SOURCE, quote, start, end: start + quote.length, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + quote.length, start + quote.length + 32) };
}

let ids = 0;
function claim(fingerprint: string, cited: Citation, extra: Partial<Claim> = {}): Claim {
  return {
    id: `clm_${++ids}`,
    text: fingerprint,
    kind: 'QUANTITATIVE',
    subjectId: 'ent_1',
    predicate: 'market_share',
    objectId: null,
    value: null,
    periodId: null,
    periodText: null,
    qualifiers: [],
    negated: false,
    status: 'CANDIDATE',
    statusReason: null,
    citations: [cited],
    fingerprint,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    ...extra,
  };
}

const run = (text: string, found: Claim[], existing: Claim[]) => reconcile({ text, sourceId: SOURCE, url: 'https://example.com/a', now: NOW, found, existing });

describe('reconcile', () => {
  const v1 = 'Acme holds 30%. Globex holds 20%. Initech holds 10%.';
  const v2 = 'Intro. Acme holds 30%. Initech holds 12%.';
  const acme = claim('acme', citation(v1, 'Acme holds 30%'), { status: 'ACCEPTED' });
  const globex = claim('globex', citation(v1, 'Globex holds 20%'));
  const initech = claim('initech10', citation(v1, 'Initech holds 10%'));

  it('changes nothing for the same reading', () => {
    const result = run(v1, [claim('acme', citation(v1, 'Acme holds 30%')), claim('globex', citation(v1, 'Globex holds 20%')), claim('initech10', citation(v1, 'Initech holds 10%'))], [acme, globex, initech]);
    expect(result).toMatchObject({ created: [], revived: [], moved: [], stale: [] });
    expect(result.unchanged).toEqual([acme, globex, initech]);
  });

  it('moves, creates and marks stale, keeping ids, statuses and the old spans', () => {
    const initech12 = claim('initech12', citation(v2, 'Initech holds 12%'));
    const result = run(v2, [claim('acme', citation(v2, 'Acme holds 30%')), initech12], [acme, globex, initech]);
    expect(result.created).toEqual([initech12]);
    expect(result.moved).toHaveLength(1);
    expect(result.moved[0]!.after).toMatchObject({ id: acme.id, status: 'ACCEPTED', version: 2, updatedAt: NOW, citations: [{ quote: 'Acme holds 30%', start: 7, end: 21 }] });
    expect(result.stale.map((s) => s.after)).toEqual([
      expect.objectContaining({ id: globex.id, status: 'STALE', version: 2, citations: globex.citations, statusReason: 'no longer in the text of https://example.com/a (re-ingested 2026-03-01)' }),
      expect.objectContaining({ id: initech.id, status: 'STALE' }),
    ]);
  });

  it('revives a stale claim the text states again, and leaves rejected ones rejected', () => {
    const stale = { ...globex, status: 'STALE' as const, statusReason: 'gone', version: 2 };
    const rejected = { ...initech, status: 'REJECTED' as const, statusReason: 'wrong' };
    const result = run(v2, [claim('globex', citation(v1, 'Globex holds 20%'))], [stale, rejected]);
    expect(result.revived[0]!.after).toMatchObject({ id: globex.id, status: 'CANDIDATE', statusReason: null, version: 3 });
    expect(result.stale).toEqual([]);
    expect(result.unchanged).toEqual([rejected]);
  });

  it('keeps a claim accepted with edits (another fingerprint) by its quote', () => {
    const edited = { ...acme, fingerprint: 'edited', version: 2 };
    const result = run(v1, [claim('acme', citation(v1, 'Acme holds 30%'))], [edited]);
    expect(result).toMatchObject({ created: [], stale: [], unchanged: [edited] });
  });

  it('re-anchors a quote the extractor no longer reads but the text still holds', () => {
    const handAdded = claim('hand', citation(v1, 'Globex holds 20%'), { status: 'ACCEPTED' });
    const result = run(`New lead. ${v1}`, [], [handAdded]);
    expect(result.moved[0]!.after.citations[0]).toMatchObject({ start: 26, end: 42, prefix: 'New lead. Acme holds 30%. ' });
  });
});

describe('relocate', () => {
  it('prefers the occurrence whose context matches, then the nearest', () => {
    const text = 'It holds 30% in Europe. It holds 30% in Asia. It holds 30% in Europe again.';
    const second = citation(text, 'It holds 30%', 20);
    expect(relocate(`Intro. ${text}`, second)).toMatchObject({ start: second.start! + 7 });
    expect(relocate('gone', second)).toBeNull();
  });
});
