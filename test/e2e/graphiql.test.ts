// The playground in a real browser: headless Chromium opens /graphql, runs the README's first query, and sees Claude Code's claims.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/api/observability/logger.js';
import { createHttpServer } from '../../src/api/server.js';
import { testApp } from '../support/app.js';

// Debian's chromium package (.ci/run installs it when it can); CHROMIUM_PATH points elsewhere.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const found = existsSync(CHROMIUM);
const SCREENSHOT = fileURLToPath(new URL('../../test-results/graphiql.png', import.meta.url));
if (!found) console.warn(`graphiql e2e skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

describe.skipIf(!found)('GraphiQL in headless Chromium', () => {
  let server: Server;
  let base: string;
  let browser: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    // What `npm start` gives a newcomer: development, no keys (open on loopback), the seed loaded.
    const { app } = await testApp();
    server = createHttpServer(app, { isDev: true, keys: [], logger: silentLogger });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = await mkdtemp(join(tmpdir(), 'claimgraph-chromium-'));
    // A fresh profile each run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      viewport: { width: 1400, height: 900 },
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it("runs the first query with the run button and shows Claude Code's claims, loading nothing from off this machine", async () => {
    const page = await browser.newPage();
    const offHost: string[] = [];
    // GraphiQL's assets are served by claimgraph itself; anything else would be a CDN call that a locked-down network refuses.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'blob:' || url.protocol === 'data:' || url.host === new URL(base).host) return route.continue();
      offHost.push(url.href);
      return route.abort();
    });
    const graphqlPosts: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/graphql') && response.request().method() === 'POST') graphqlPosts.push(response.status());
    });

    await page.goto(`${base}/graphql`, { waitUntil: 'load' });
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: 30_000 });
    // The default query is the README's first query.
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 15_000 }).toContain('ClaudeCodeClaims');
    await run.click();

    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 20_000 }).toContain('"totalCount"');
    // Monaco draws spaces as no-break spaces.
    const shown = (await response.innerText()).replace(/\u00a0/g, ' ');
    expect(shown).toContain('"name": "Claude Code"');
    expect(shown).toContain('"name": "Anthropic"');
    expect(shown).not.toContain('"errors"');

    await mkdir(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    // GraphiQL's JSON POSTs pass CSRF prevention without the header: their content type forces a preflight.
    expect(graphqlPosts.length).toBeGreaterThan(0);
    expect(graphqlPosts.every((status) => status === 200)).toBe(true);
    expect(offHost).toEqual([]);
  }, 90_000);
});
