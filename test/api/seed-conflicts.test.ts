// The seed alone: detection finds exactly what docs/seed-conflicts.md lists, conflicts and corroborations.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';

const doc = readFileSync(new URL('../../docs/seed-conflicts.md', import.meta.url), 'utf8');

/** The bullets under a "## <heading>" section, "none" read as an empty list. */
function bulletsUnder(heading: string): string[] {
  const lines = doc.split('\n');
  const start = lines.findIndex((line) => line === `## ${heading}`);
  if (start < 0) throw new Error(`docs/seed-conflicts.md has no "## ${heading}" section`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const bullets = lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line.startsWith('- ')).map((line) => line.slice(2).trim());
  return bullets.length === 1 && bullets[0] === 'none' ? [] : bullets.sort();
}

describe('the seed article alone', () => {
  it('holds the conflicts docs/seed-conflicts.md lists', async () => {
    const { gql } = await testApp();
    const rescan = await gql('mutation { detectConflicts { scannedClaims newCount openCount } }');
    expect(rescan.data!.detectConflicts).toMatchObject({ scannedClaims: 21, newCount: 0 });
    const result = await gql('{ conflicts(first: 100) { nodes { rule claims { claim { text } } } } }');
    const found = (result.data!.conflicts.nodes as Array<{ rule: string; claims: Array<{ claim: { text: string } }> }>).map(
      (c) => `\`${c.rule}\`: ${c.claims.map((m) => `"${m.claim.text}"`).sort().join(' | ')}`,
    );
    expect(found.sort()).toEqual(bulletsUnder('What detection finds on the seed alone'));
  });

  it('holds the corroborations docs/seed-conflicts.md lists', async () => {
    const { gql } = await testApp();
    const result = await gql('{ claims(first: 100) { nodes { text independentSourceCount corroborations { text } } } }');
    const nodes = result.data!.claims.nodes as Array<{ text: string; independentSourceCount: number; corroborations: Array<{ text: string }> }>;
    const found = nodes.flatMap((n) => n.corroborations.map((c) => `"${n.text}" | "${c.text}"`));
    expect(found.sort()).toEqual(bulletsUnder('Corroborations on the seed alone'));
    expect(nodes.every((n) => n.independentSourceCount === 1)).toBe(true);
  });
});
