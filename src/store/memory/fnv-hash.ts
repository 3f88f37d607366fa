// A string hash for the embedded store's typed-array hash tables (claims and fingerprints restored from a snapshot).

/** FNV-1a over the UTF-16 code units: the keys (ids, fingerprints) are short, and any string hashes. */
export function hashOf(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
