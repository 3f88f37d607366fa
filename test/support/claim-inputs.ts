// Claim inputs tests share: Acme's share of the widget market, said by analysts in their reports.

/** A report by "Analyst <label>" at https://example.com/<label>. */
export const analystSource = (label: string, publishedAt = '2025-07-01') => ({
  url: `https://example.com/${label}`,
  title: `Widget report ${label}`,
  publisher: `Analyst ${label}`,
  publishedAt,
});

/** "Acme holds <value> of the widget market in <period>", as a ClaimInput; overrides replace any field. */
export const widgetShare = (value: string, period: string | null, source: ReturnType<typeof analystSource>, overrides: Record<string, unknown> = {}) => ({
  text: `Acme holds ${value} of the widget market${period ? ` in ${period}` : ''}.`,
  subject: 'Acme',
  subjectKind: 'COMPANY',
  predicate: 'market_share',
  object: 'widget market',
  value,
  period,
  source,
  quote: value,
  ...overrides,
});
