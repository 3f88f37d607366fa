// The bulk of a generated graph: facts that never contradict one another, each stated by one to four sources.
import type { ClaimInput } from '../../src/app/inputs.js';
import { claimsOf, type Fact } from './facts.js';
import { countForms, durationForms, moneyForms, multipleForms, randomMoney, releasePhrasings, shareForms } from './phrasing.js';
import type { Random } from './random.js';
import type { World } from './world.js';

const METRICS = ['revenue_run_rate', 'revenue', 'valuation', 'funding_raised', 'user_count'] as const;
const MEASURES = ['latency', 'accuracy', 'cost', 'coding benchmarks', 'context length'];
const CAPABILITIES = ['agentic coding', 'voice mode', 'on-premise deployment', 'fine-tuning', 'a free tier', 'SOC 2 compliance', 'offline mode'];
const MILESTONES = ['a $1B run rate', '1 million users', 'profitability'];

/**
 * Fills up to `target` claims. Consistency is kept by construction: a (subject, predicate, object,
 * qualifiers) key gets each period slot at most once, a market's shares in a period sum to at most 95%
 * with the leader well ahead, a product has one release date, and a negated statement is never affirmed.
 */
export class Background {
  readonly claims: ClaimInput[] = [];
  private readonly usedKeys = new Set<string>();
  private readonly released = new Set<string>();
  private readonly tableSlots: Array<{ market: string; period: number }>;
  private readonly models: World['products'];

  constructor(
    private readonly world: World,
    private readonly random: Random,
  ) {
    this.models = world.products.filter((product) => product.kind === 'MODEL');
    this.tableSlots = random.shuffle(world.markets.flatMap((market) => world.periods.map((_, period) => ({ market, period }))));
  }

  fill(target: number): ClaimInput[] {
    const kinds: Array<[number, () => void]> = [
      [0.3, () => this.shareTable()],
      [0.35, () => this.metric()],
      [0.05, () => this.adoption()],
      [0.05, () => this.speedup()],
      [0.06, () => this.release()],
      [0.16, () => this.qualitative()],
      [0.03, () => this.milestone()],
    ];
    while (this.claims.length < target) {
      let roll = this.random.next();
      const kind = kinds.find(([weight]) => (roll -= weight) < 0) ?? kinds[1]!;
      kind[1]();
    }
    return this.claims.slice(0, target);
  }

  private sources(): number {
    return this.random.int(1, 4);
  }

  private state(fact: Fact, count = this.sources()): void {
    this.claims.push(...claimsOf(fact, this.world.sources, count, this.random));
  }

  /** A free period slot for this key, or undefined when it has used them all. */
  private freePeriod(key: string): string[] | undefined {
    for (let attempt = 0; attempt < 8; attempt++) {
      const index = this.random.int(0, this.world.periods.length - 1);
      if (this.claimKey(`${key}|${index}`)) return this.world.periods[index]!.forms;
    }
    return undefined;
  }

  /** Reserves a key; false if it was taken. */
  private claimKey(key: string): boolean {
    if (this.usedKeys.has(key)) return false;
    this.usedKeys.add(key);
    return true;
  }

  private shareTable(): void {
    const slot = this.tableSlots.pop();
    if (!slot) return this.metric();
    const periods = this.world.periods[slot.period]!.forms;
    const holders = this.random.sample(this.world.companies, this.random.int(2, 6));
    const weights = holders.map(() => 0.2 + this.random.next());
    const total = this.random.int(50, 95);
    const sum = weights.reduce((a, b) => a + b, 0);
    const shares = weights.map((w) => Math.max(2, Math.floor((w / sum) * total)));
    // The floor of 2% can push the sum up: take it back from the largest holder.
    while (shares.reduce((a, b) => a + b, 0) > 95) shares[shares.indexOf(Math.max(...shares))]! -= 1;
    holders.forEach((subject, i) => {
      this.state({ subject, subjectKind: 'COMPANY', predicate: 'market_share', object: slot.market, objectKind: 'MARKET', values: shareForms(shares[i]!), periods });
    });
    const sorted = [...shares].sort((a, b) => b - a);
    if (sorted[0]! >= 1.5 * sorted[1]! + 8 && this.random.chance(0.7)) {
      const leader = holders[shares.indexOf(sorted[0]!)]!;
      this.state({ subject: leader, subjectKind: 'COMPANY', predicate: 'leader_of', object: slot.market, objectKind: 'MARKET', periods });
    }
  }

  private metric(): void {
    const predicate = this.random.pick(METRICS);
    const onProduct = predicate === 'user_count' || this.random.chance(0.2);
    const subject = onProduct ? this.random.pick(this.world.products).name : this.random.pick(this.world.companies);
    const qualifiers = predicate === 'funding_raised' && this.random.chance(0.5) ? [{ key: 'round', value: this.random.pick(['Series A', 'Series B', 'Series C']) }] : undefined;
    const periods = this.freePeriod(`${subject}|${predicate}|${qualifiers?.[0]?.value ?? ''}`);
    if (!periods) return;
    const values = predicate === 'user_count' ? countForms(this.random.int(1, 400)) : moneyForms(randomMoney(this.random));
    this.state({ subject, subjectKind: onProduct ? 'PRODUCT' : 'COMPANY', predicate, values, periods, ...(qualifiers ? { qualifiers } : {}) });
  }

  private adoption(): void {
    const subject = this.random.pick(this.world.products).name;
    const object = this.random.pick(this.world.populations);
    const periods = this.freePeriod(`${subject}|adoption_rate|${object}`);
    if (!periods) return;
    this.state({ subject, subjectKind: 'PRODUCT', predicate: 'adoption_rate', object, objectKind: 'OTHER', values: shareForms(this.random.int(3, 80)), periods });
  }

  private speedup(): void {
    const [fast, slow] = this.random.sample(this.models, 2);
    if (!fast || !slow) return;
    const periods = this.freePeriod(`${fast.name}|speedup_over|${slow.name}`);
    if (!periods) return;
    this.state({ subject: fast.name, subjectKind: 'MODEL', predicate: 'speedup_over', object: slow.name, objectKind: 'MODEL', values: multipleForms(this.random.int(2, 9)), periods });
  }

  private release(): void {
    const product = this.random.pick(this.world.products);
    if (this.released.has(product.name)) return this.qualitative();
    this.released.add(product.name);
    const { year, month, day } = product.release;
    this.state({ subject: product.name, subjectKind: product.kind, predicate: 'released_on', periods: releasePhrasings(year, month, day) });
  }

  private milestone(): void {
    const product = this.random.pick(this.world.products);
    const milestone = this.random.pick(MILESTONES);
    if (!this.claimKey(`${product.name}|time_to_milestone|${milestone}`)) return;
    this.state({
      subject: product.name,
      subjectKind: product.kind,
      predicate: 'time_to_milestone',
      values: durationForms(this.random.int(2, 36)),
      qualifiers: [{ key: 'milestone', value: milestone }],
    });
  }

  /** Statements without a value or period; some negated, never about a key that is also affirmed. */
  private qualitative(): void {
    const negated = this.random.chance(0.15);
    const fact = this.qualitativeFact();
    const key = `${fact.subject}|${fact.predicate}|${fact.object ?? ''}|${fact.qualifiers?.[0]?.value ?? ''}|${fact.values?.[0] ?? ''}`;
    if (!this.claimKey(key)) return;
    this.state({ ...fact, ...(negated ? { negated } : {}) });
  }

  private qualitativeFact(): Fact {
    const product = this.random.pick(this.world.products);
    switch (this.random.int(0, 4)) {
      case 0:
        return { subject: product.name, subjectKind: product.kind, predicate: 'helped_build_itself' };
      case 1: {
        const other = this.random.pick(this.world.products);
        if (other === product) return { subject: product.name, subjectKind: product.kind, predicate: 'helped_build_itself' };
        return { subject: product.name, subjectKind: product.kind, predicate: 'outperforms', object: other.name, objectKind: other.kind, qualifiers: [{ key: 'measure', value: this.random.pick(MEASURES) }] };
      }
      case 2: {
        const [a, b] = this.random.sample(this.world.companies, 2);
        return { subject: a!, subjectKind: 'COMPANY', predicate: 'larger_than', object: b!, objectKind: 'COMPANY', qualifiers: [{ key: 'measure', value: 'revenue' }] };
      }
      case 3:
        return { subject: product.maker, subjectKind: 'COMPANY', predicate: 'pioneered', object: this.random.pick(this.world.markets), objectKind: 'MARKET' };
      default:
        return { subject: product.name, subjectKind: product.kind, predicate: 'has_capability', values: [this.random.pick(CAPABILITIES)] };
    }
  }
}
