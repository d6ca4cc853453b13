import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { assembleDataset } from '../src/build/pipeline.js';
import { generateSyntheticDataset } from '../src/bench/synthetic.js';
import { SparqlEndpoint } from '../src/remote/endpoint.js';
import { pushDataset } from '../src/remote/push.js';
import { Virtuoso } from '../src/remote/virtuoso-process.js';
import { createRemoteApi } from '../src/serve/remote-api.js';
import { startServer } from '../src/serve/server.js';
import { ensureViewerBuilt } from '../src/serve/viewer-build.js';
import { launchChromium, openViewer } from './support/browser.js';
import { requirePackage } from './support/system-packages.js';

requirePackage('/usr/bin/virtuoso-t');

// each run's screenshots go to an ignored folder; viewer/screenshots/ holds the README's pictures
const SHOTS = new URL('../test-results/viewer/', import.meta.url).pathname;
const NGR = 'https://w3id.org/newsgraph/id/';

let v: Virtuoso;
let server: Server;
let url: string;
let browser: Browser;
let storeEntities = 0;
const expandRequests: string[] = [];

/** Nodes the viewer holds (not only draws). */
const loadedNodes = (page: Page) => page.evaluate(() => (window as unknown as { newsgraph: { graph: { order: number } } }).newsgraph.graph.order);

beforeAll(async () => {
  v = await Virtuoso.create();
  const endpoint = new SparqlEndpoint({ query: v.endpoint, credentials: { user: 'dba', password: 'dba' } });
  // the seed article in a store that holds much more: browsing must never fetch it all
  const quads = [...(await assembleDataset()).quads, ...generateSyntheticDataset({ triples: 20_000, seed: 5 })];
  await pushDataset(endpoint, quads);
  storeEntities = new Set(quads.filter((q) => q.subject.value.startsWith(NGR)).map((q) => q.subject.value)).size;
  const api = createRemoteApi(endpoint);
  ({ server, url } = await startServer({
    viewerDir: await ensureViewerBuilt(),
    dataDir: SHOTS, // no bundle.json: the store is the only source
    port: 0,
    remoteApi: (req, res) => {
      if (req.url?.startsWith('/api/remote/expand')) expandRequests.push(req.url);
      return api(req, res);
    },
  }));
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await v?.stop();
});

describe('the viewer on a remote SPARQL store', () => {
  it('starts from a search, expands neighbours on demand, and shows evidence from the store', async () => {
    const page = await openViewer(browser, url);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/Browsing the store at http:\/\/127\.0\.0\.1:\d+\/sparql/);
    expect(await loadedNodes(page)).toBe(0);

    await page.getByRole('combobox', { name: 'Search entities' }).fill('Lukasch');
    const option = page.getByRole('option', { name: /Alexander Lukashenko/ });
    await option.waitFor();
    await option.click();
    await expect.poll(() => loadedNodes(page)).toBeGreaterThan(5);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.locator('h2').first().textContent()).toBe('Alexander Lukashenko');
    // his relations, with the evidence the store holds
    await expect.poll(() => details.textContent()).toMatch(/Belarus/);
    expect(expandRequests).toHaveLength(1);
    const afterFirst = await loadedNodes(page);

    // expand a neighbour: the graph grows in place, still far from the whole store
    await details.getByRole('button', { name: /^Belarus/ }).first().click();
    await expect.poll(() => details.locator('h2').first().textContent()).toBe('Belarus');
    await details.getByRole('button', { name: 'Load neighbours from the store' }).click();
    await expect.poll(() => loadedNodes(page)).toBeGreaterThan(afterFirst);
    expect(expandRequests).toHaveLength(2);
    const total = await loadedNodes(page);
    expect(total).toBeLessThan(storeEntities / 5);

    // the treaty's edge evidence: the sentence with the exact span marked
    const treaty = `${NGR}Treaty_on_Security_Guarantees_2024`;
    await page.evaluate((k) => (window as unknown as { newsgraph: { actions: { focusNode(k: string): void } } }).newsgraph.actions.focusNode(k), treaty);
    await expect.poll(() => details.locator('h2').first().textContent()).toBe('Treaty on Security Guarantees within the Union State');
    await details.getByRole('button', { name: 'Load neighbours from the store' }).click();
    await expect.poll(() => details.locator('mark').count()).toBeGreaterThan(0);
    expect(await details.textContent()).toMatch(/Minsk/);
    await page.screenshot({ path: `${SHOTS}remote-store.png` });
    await page.close();
  }, 120_000);

  it('reloads a shared link by fetching just that neighbourhood', async () => {
    const before = expandRequests.length;
    const page = await openViewer(browser, `${url}#focus=${encodeURIComponent(`${NGR}Vladimir_Putin`)}`);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.locator('h2').first().textContent()).toBe('Vladimir Putin');
    expect(expandRequests.length).toBe(before + 1);
    expect(await loadedNodes(page)).toBeGreaterThan(3);
    await page.close();
  }, 60_000);
});
