// One spelling for dates and periods before any pattern sees them, so patterns need not allow for case, dashes or spacing.

export const normalizeText = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[.,;]+$/, '')
    // "fourth-quarter revenue", "first-half profit": the adjective is the period.
    .replace(/\b(first|second|third|fourth|1st|2nd|3rd|4th)-(quarter|half)\b/g, '$1 $2');
