// vitest: every tier under test/ (unit, contract, api, neo4j) in one run; Neo4j tiers skip themselves without Docker.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
