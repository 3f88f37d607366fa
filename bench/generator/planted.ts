// Planted conflicts of every rule kind, and look-alikes that resemble conflicts but are not, on entities of their own.
import type { ClaimInput } from '../../src/app/inputs.js';
import { claimOf, type Fact } from './facts.js';
import type { Random } from './random.js';
import type { World } from './world.js';

export type ConflictKind = 'FUNCTIONAL' | 'ADDITIVE_SHARE' | 'EXCLUSIVE' | 'EVENT' | 'POLARITY';

/** Claims that must be found together in one conflict of `kind`. */
export interface PlantedConflict {
  kind: ConflictKind;
  why: string;
  claims: ClaimInput[];
}

/** Claims that no conflict may involve. */
export interface LookAlike {
  why: string;
  claims: ClaimInput[];
}

export interface Planted {
  conflicts: PlantedConflict[];
  lookAlikes: LookAlike[];
}

/** Each fact stated by one source of its own, so the claims differ only where the case says. */
class Stater {
  constructor(
    private readonly world: World,
    private readonly random: Random,
  ) {}

  claim(fact: Fact): ClaimInput {
    return claimOf(fact, this.random.pick(this.world.sources), this.random);
  }

  period(): string[] {
    return [this.random.pick(this.world.periods).forms[0]!];
  }
}

export function plantCases(world: World, random: Random, perKind: number): Planted {
  const say = new Stater(world, random);
  const names = world.names;
  const conflicts: PlantedConflict[] = [];
  const lookAlikes: LookAlike[] = [];
  const company = (): Fact => ({ subject: names.company(), subjectKind: 'COMPANY', predicate: '' });
  const product = (): Fact => ({ subject: names.product(names.company()), subjectKind: 'PRODUCT', predicate: '' });
  const share = (subject: string, object: string, value: string, periods: string[], qualifiers?: Fact['qualifiers']): Fact => ({
    subject,
    subjectKind: 'COMPANY',
    predicate: 'market_share',
    object,
    objectKind: 'MARKET',
    values: [value],
    periods,
    ...(qualifiers ? { qualifiers } : {}),
  });
  const leader = (subject: string, object: string, periods: string[]): Fact => ({
    subject,
    subjectKind: 'COMPANY',
    predicate: 'leader_of',
    object,
    objectKind: 'MARKET',
    periods,
  });

  for (let i = 0; i < perKind; i++) {
    const periods = say.period();
    // ---- conflicts
    const runRate = { ...company(), predicate: 'revenue_run_rate', periods };
    conflicts.push({ kind: 'FUNCTIONAL', why: 'two run rates for one period', claims: [say.claim({ ...runRate, values: ['$1.2 billion'] }), say.claim({ ...runRate, values: ['$2 billion'] })] });

    const market = names.market();
    const [a, b] = [names.company(), names.company()];
    conflicts.push({ kind: 'ADDITIVE_SHARE', why: 'shares of one market sum to 115%', claims: [say.claim(share(a, market, '60%', periods)), say.claim(share(b, market, '55%', periods))] });

    // No two of these exceed 100%: only a detector that sums a whole group, not one comparing pairs, finds it.
    const threeWay = names.market();
    conflicts.push({
      kind: 'ADDITIVE_SHARE',
      why: 'three shares of one market sum to 105%, no two over 100%',
      claims: [40, 35, 30].map((percent) => say.claim(share(names.company(), threeWay, `${percent}%`, periods))),
    });

    const ledMarket = names.market();
    conflicts.push({ kind: 'EXCLUSIVE', why: 'two leaders of one market', claims: [say.claim(leader(names.company(), ledMarket, periods)), say.claim(leader(names.company(), ledMarket, periods))] });

    const launched = { ...product(), predicate: 'released_on' };
    conflicts.push({ kind: 'EVENT', why: 'released in March 2023 and in 2024', claims: [say.claim({ ...launched, periods: ['March 2023'] }), say.claim({ ...launched, periods: ['2024'] })] });

    const selfBuilt = { ...product(), predicate: 'helped_build_itself' };
    conflicts.push({ kind: 'POLARITY', why: 'affirmed and negated', claims: [say.claim(selfBuilt), say.claim({ ...selfBuilt, negated: true })] });

    // ---- look-alikes
    const grown = { ...company(), predicate: 'revenue_run_rate' };
    lookAlikes.push({ why: 'different values in different periods', claims: [say.claim({ ...grown, values: ['$1 billion'], periods: ['2019'] }), say.claim({ ...grown, values: ['$2 billion'], periods: ['2020'] })] });

    const [x, y] = [names.company(), names.company()];
    lookAlikes.push({
      why: 'big shares and two leaders, but of different markets',
      claims: [
        say.claim(share(x, names.market(), '60%', periods)),
        say.claim(share(y, names.market(), '55%', periods)),
        say.claim(leader(x, names.market(), periods)),
        say.claim(leader(y, names.market(), periods)),
      ],
    });

    const measured = names.company();
    const measuredMarket = names.market();
    lookAlikes.push({
      why: 'one company, one market, different measures',
      claims: [
        say.claim(share(measured, measuredMarket, '40%', periods, [{ key: 'measure', value: 'usage' }])),
        say.claim(share(measured, measuredMarket, '25%', periods, [{ key: 'measure', value: 'spend' }])),
      ],
    });

    const approxMarket = names.market();
    const approx = names.company();
    const users = { ...company(), predicate: 'user_count', periods };
    lookAlikes.push({
      why: 'overlapping approximations',
      claims: [
        say.claim(share(approx, approxMarket, 'about 20%', periods)),
        say.claim(share(approx, approxMarket, '21%', periods)),
        say.claim({ ...users, values: ['about 20 million users'] }),
        say.claim({ ...users, values: ['21 million users'] }),
      ],
    });

    const nested = { ...product(), predicate: 'released_on' };
    lookAlikes.push({ why: 'a release dated at two precisions', claims: [say.claim({ ...nested, periods: ['2024'] }), say.claim({ ...nested, periods: ['March 2024'] })] });

    const [p, q, r] = [product(), product(), product()];
    const beats = { ...p, predicate: 'outperforms', object: q.subject, objectKind: 'PRODUCT' as const };
    lookAlikes.push({
      why: 'affirmed and negated, but on other measures or objects',
      claims: [
        say.claim({ ...beats, qualifiers: [{ key: 'measure', value: 'latency' }] }),
        say.claim({ ...beats, qualifiers: [{ key: 'measure', value: 'cost' }], negated: true }),
        say.claim({ ...beats, object: r.subject, qualifiers: [{ key: 'measure', value: 'latency' }], negated: true }),
      ],
    });

    const threeFull = names.market();
    lookAlikes.push({
      why: 'three shares summing to exactly 100%',
      claims: [40, 35, 25].map((percent) => say.claim(share(names.company(), threeFull, `${percent}%`, periods))),
    });

    const fullMarket = names.market();
    lookAlikes.push({ why: 'shares summing to exactly 100%', claims: [say.claim(share(names.company(), fullMarket, '60%', periods)), say.claim(share(names.company(), fullMarket, '40%', periods))] });
  }
  return { conflicts, lookAlikes };
}
