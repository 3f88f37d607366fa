// Putting untrusted text (claims, quotes, rationales from articles and people) into Markdown without it turning into markup.

/** Inline text: markup characters escaped, line breaks folded to spaces, so a claim cannot open a heading, list or link. */
export function inline(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    // Only what can start markup mid-line: emphasis, code, links, HTML, table cells, strikethrough.
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
    .trim();
}

/** A block quote of several lines, each escaped. */
export function blockQuote(text: string, indent = ''): string {
  return text
    .split(/\r?\n/)
    .map((line) => `${indent}> ${inline(line)}`.trimEnd())
    .join('\n');
}

/** A link whose target cannot break out of its parentheses. */
export function link(label: string, url: string): string {
  return `[${inline(label)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

/** A code span for ids, safe for any id without backticks. */
export const code = (text: string): string => `\`${text.replace(/`/g, '')}\``;
