// The three roles an API key can hold, ordered: each role may do everything the roles below it may.

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** True when `held` is at least `needed` (an admin may do what an editor may, and so on). */
export function satisfies(held: Role, needed: Role): boolean {
  return RANK[held] >= RANK[needed];
}

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
