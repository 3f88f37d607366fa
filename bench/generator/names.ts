// Made-up but plausible names for companies, products, models, markets and publishers, unique per graph.
import type { Random } from './random.js';

const SYLLABLES = [
  'vex', 'or', 'an', 'qua', 'lum', 'zen', 'tri', 'kal', 'mer', 'nov', 'syn', 'tor', 'bri', 'dax', 'el', 'fin', 'gal', 'hex',
  'io', 'jun', 'kor', 'lex', 'mor', 'nex', 'opt', 'pax', 'quin', 'ras', 'sol', 'tam', 'ul', 'ver', 'wex', 'xan', 'yor', 'zul',
];
const COMPANY_SUFFIXES = ['', '', ' AI', ' Labs', ' Systems', ' Technologies', ' Inc', ' Robotics', ' Analytics', ' Cloud'];
const PRODUCT_WORDS = ['Code', 'Studio', 'Assist', 'Pilot', 'Chat', 'Agent', 'Search', 'Vision', 'Voice', 'Workbench', 'Copilot', 'Notebook'];
const MARKET_ADJECTIVES = [
  'enterprise', 'consumer', 'developer', 'healthcare', 'financial', 'retail', 'legal', 'education', 'industrial', 'public sector',
  'small business', 'European', 'Asian', 'North American', 'mobile', 'open-source',
];
const MARKET_DOMAINS = [
  'LLM API', 'AI coding', 'code review', 'chatbot', 'speech recognition', 'image generation', 'vector database', 'MLOps',
  'AI search', 'document AI', 'translation', 'AI agent', 'model hosting', 'GPU cloud', 'data labeling', 'AI security',
  'customer support AI', 'AI analytics', 'robotic process automation', 'AI tutoring', 'fraud detection', 'AI video',
  'recommendation engine', 'AI chip', 'synthetic data', 'conversational analytics', 'AI observability', 'edge inference',
];
/** Objects of adoption_rate: few, shared by many claims. */
export const POPULATIONS = ['professional developers', 'Fortune 500 companies', 'US hospitals', 'European banks', 'startups', 'students', 'data scientists'];

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Hands out names never given before (case-insensitively), so entity resolution never merges two intended entities. */
export class NameFactory {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  private unique(make: () => string): string {
    for (let attempt = 0; ; attempt++) {
      const base = make();
      const name = attempt < 20 ? base : `${base} ${attempt}`;
      const key = name.toLowerCase();
      if (!this.used.has(key)) {
        this.used.add(key);
        return name;
      }
    }
  }

  private word(syllables: number): string {
    let word = '';
    for (let i = 0; i < syllables; i++) word += this.random.pick(SYLLABLES);
    return capitalize(word);
  }

  company(): string {
    return this.unique(() => this.word(this.random.int(2, 3)) + this.random.pick(COMPANY_SUFFIXES));
  }

  product(maker: string): string {
    const stem = maker.split(' ')[0]!;
    return this.unique(() => `${stem} ${this.random.pick(PRODUCT_WORDS)}${this.random.chance(0.3) ? ` ${this.random.int(2, 9)}` : ''}`);
  }

  model(maker: string): string {
    const stem = maker.split(' ')[0]!.slice(0, 5);
    return this.unique(() => `${stem}-${this.random.int(1, 7)}.${this.random.int(0, 9)}${this.random.pick(['', '', '-mini', '-pro', '-turbo'])}`);
  }

  market(): string {
    return this.unique(() => `${this.random.pick(MARKET_ADJECTIVES)} ${this.random.pick(MARKET_DOMAINS)} market`);
  }

  publisher(): string {
    return this.unique(() => `The ${this.word(2)} ${this.random.pick(['Times', 'Journal', 'Review', 'Report', 'Wire', 'Post', 'Insider', 'Daily'])}`);
  }
}
