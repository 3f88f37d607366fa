// One spelling for dates and periods before any pattern sees them, so patterns need not allow for case, dashes or spacing.

export const normalizeText = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[.,;]+$/, '')
    // "fourth-quarter revenue", "first-half profit": the adjective is the period.
    .replace(/\b(first|second|third|fourth|1st|2nd|3rd|4th)-(quarter|half)\b/g, '$1 $2')
    // "the fiscal third quarter ended Nov. 1": the end date says which three months; the ordinal is the company's count.
    .replace(/^(?:the |its )?(?:fiscal )?(?:first|second|third|fourth|1st|2nd|3rd|4th) (quarter|half) (?=(?:ended|ending) )/, '$1 ')
    // "the fiscal 2026 second quarter", "FY26 Q2": the year first, as some companies write it.
    .replace(/^(?:the |its )?((?:fiscal|fy) ?(?:'?\d{2}|\d{4})) (first|second|third|fourth|1st|2nd|3rd|4th) (quarter|half)$/, '$2 $3 of $1')
    .replace(/^(?:the |its )?((?:fiscal|fy) ?(?:'?\d{2}|\d{4})) ([qh][1-4])$/, '$2 $1')
    // "full-year 2024 revenue" is 2024's; "its full-year forecast" the year of publication (calendar years assumed).
    .replace(/\b(?:the )?full[- ]year (?=(?:19|20)\d{2}\b)/g, '')
    .replace(/\b(?:the )?full[- ]year\b/g, 'this year')
    // "the July-to-September quarter", "the October-December period": the months named are the span.
    .replace(
      /^(?:(?:in|during|for|over) )?(?:the |its )?(january|february|march|april|may|june|july|august|september|october|november|december)(?: ?- ?to ?- ?| to | ?- ?)(january|february|march|april|may|june|july|august|september|october|november|december) (?:quarter|period|half|months)\b/,
      '$1 to $2',
    );
