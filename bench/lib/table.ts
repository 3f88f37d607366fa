// Renders bench rows as a Markdown table: figure, baseline, ratio, target and verdict side by side.

export interface Row {
  workload: string;
  size: string;
  /** The median, formatted with its unit. */
  value: string;
  runs: string;
  baseline: string;
  ratio: string;
  target: string;
  verdict: 'PASS' | 'MISS' | 'info' | 'FAIL';
}

const COLUMNS: Array<[keyof Row, string]> = [
  ['workload', 'workload'],
  ['size', 'claims'],
  ['value', 'median'],
  ['runs', 'runs'],
  ['baseline', 'baseline (same run)'],
  ['ratio', 'ratio'],
  ['target', 'target'],
  ['verdict', 'result'],
];

export function renderTable(rows: readonly Row[]): string {
  const header = `| ${COLUMNS.map(([, title]) => title).join(' | ')} |`;
  const rule = `|${COLUMNS.map(() => '---').join('|')}|`;
  return [header, rule, ...rows.map((row) => `| ${COLUMNS.map(([key]) => row[key]).join(' | ')} |`)].join('\n');
}

export const fmt = {
  int: (n: number) => Math.round(n).toLocaleString('en-US'),
  perSecond: (n: number) => `${Math.round(n).toLocaleString('en-US')}/s`,
  seconds: (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} s`,
  ms: (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`,
  ratio: (n: number) => `${n >= 0.1 ? n.toFixed(2) : n.toPrecision(2)}×`,
  size: (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n)),
};
