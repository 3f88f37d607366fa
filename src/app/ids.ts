// Node ids: a type prefix (so node(id) knows what to fetch) and a ULID (so ids sort by creation).
import { randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulid';

export const ID_PREFIX = {
  Claim: 'clm_',
  Entity: 'ent_',
  Source: 'src_',
  Period: 'per_',
  Conflict: 'cfl_',
  History: 'chg_',
  Review: 'rev_',
} as const;
export type NodeType = keyof typeof ID_PREFIX;

/**
 * ulid's default source asks the OS for one random byte per character (16 calls per new millisecond); a
 * pool refilled 4 KB at a time gives the same crypto-strong bytes without a call each.
 */
const pool = new Uint8Array(4096);
let poolIndex = pool.length;
const pooledRandom = (): number => {
  if (poolIndex === pool.length) {
    randomFillSync(pool);
    poolIndex = 0;
  }
  return pool[poolIndex++]! / 256;
};

const nextUlid = monotonicFactory(pooledRandom);

export const newId = (type: NodeType): string => ID_PREFIX[type] + nextUlid();

export function nodeTypeOf(id: string): NodeType | null {
  for (const [type, prefix] of Object.entries(ID_PREFIX)) if (id.startsWith(prefix)) return type as NodeType;
  return null;
}

/** Periods are identified by their interval, so two claims about "Q3 2025" hang off one node. */
export const periodIdOf = (periodKey: string): string => ID_PREFIX.Period + periodKey.replace(/[^0-9A-Za-z_+-]/g, '');
