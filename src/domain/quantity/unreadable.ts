// How a reader gives up: an exception that the public entry turns into a DomainError naming the original text.

/** Why a reading failed; turned into a DomainError naming the original text. */
export class Unreadable extends Error {}

/** Throws rather than returns, so a reader deep in the grammar can refuse without every caller passing the refusal on. */
export const fail = (reason: string): never => {
  throw new Unreadable(reason);
};
