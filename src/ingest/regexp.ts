// Text made safe to put inside a regular expression: a name read from an article may hold "." or "(".

/** `text` with every character a RegExp gives a meaning escaped ("S&P Global (US)" matches itself only). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
