/**
 * The viewer on a corpus: relations show how many publishers support them (edge width and label
 * badge), the source filter is a searchable list that copes with hundreds of sources, and a
 * relation's details list its evidence per publisher. Headless Debian Chromium; screenshots go to
 * the git-ignored `test-results/corpus-viewer/`. A node's details say where its sources disagree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { buildGraph, bundleJson } from '../src/build/pipeline.js';
import { datasetToBundle } from '../src/graph/bundle.js';
import { ensureViewerBuilt } from '../src/serve/viewer-build.js';
import { startServer } from '../src/serve/server.js';
import { launchChromium, openViewer } from './support/browser.js';

const SHOTS = new URL('../test-results/corpus-viewer/', import.meta.url).pathname;
const NGR = 'https://w3id.org/newsgraph/id/';
const NG = 'https://w3id.org/newsgraph/ontology#';
const EXTRA_SOURCES = 300;

let server: Server;
let url: string;
let browser: Browser;
let root: string;

interface EdgeView {
  size: number;
  label: string;
  hidden: boolean;
}

/** Size, label and visibility of an edge as the viewer draws it. */
async function edgeView(page: Page, key: string): Promise<EdgeView> {
  return page.evaluate((k) => {
    const ng = (window as unknown as { newsgraph: { graph: { getEdgeAttributes(k: string): { size: number; label: string } }; renderer: { getEdgeDisplayData(k: string): { hidden?: boolean } | undefined } } }).newsgraph;
    const a = ng.graph.getEdgeAttributes(k);
    return { size: a.size, label: a.label, hidden: ng.renderer.getEdgeDisplayData(k)?.hidden === true };
  }, key);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  root = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-viewer-'));
  cpSync('ontology', join(root, 'ontology'), { recursive: true });
  cpSync('data/entities.ttl', join(root, 'data', 'entities.ttl'));
  cpSync('test/fixtures/corpus', join(root, 'data', 'sources'), { recursive: true });
  const outDir = join(root, 'out');
  const { quads } = await buildGraph({ root, outDir });
  // hundreds of sources: the corpus plus 300 short documents from 60 more outlets
  const bundle = datasetToBundle(quads);
  for (let i = 0; i < EXTRA_SOURCES; i++) {
    const n = String(i).padStart(3, '0');
    bundle.documents.push({ iri: `https://w3id.org/newsgraph/source/filler-${n}`, publisher: `Outlet ${String(i % 60).padStart(2, '0')}`, published: `2024-11-${String((i % 28) + 1).padStart(2, '0')}`, language: 'en', text: 'Nothing happened.', sentences: [{ start: 0, end: 17 }] });
  }
  writeFileSync(join(outDir, 'bundle.json'), `${bundleJson(bundle)}\n`);
  rmSync(join(outDir, 'bundle.json.gz'), { force: true });
  ({ server, url } = await startServer({ viewerDir: await ensureViewerBuilt(), dataDir: outDir, port: 0 }));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  rmSync(root, { recursive: true, force: true });
});

describe('the viewer on a corpus', () => {
  it('draws relations wider and with a badge the more publishers support them, and filters by support', async () => {
    const page = await openViewer(browser, url);
    const three = await edgeView(page, `${NGR}Russia ${NG}partyTo ${NGR}Treaty_on_Security_Guarantees_2024`);
    const two = await edgeView(page, `${NGR}Viktor_Khrenin ${NG}affiliation ${NGR}Belarus`);
    const one = await edgeView(page, `${NGR}Anna_Berger_Austria ${NG}affiliation ${NGR}Austria`);
    expect(three.label).toBe('party to · 3 sources');
    expect(two.label).toBe('affiliation · 2 sources');
    expect(one.label).toBe('affiliation');
    expect(three.size).toBeGreaterThan(two.size);
    expect(two.size).toBeGreaterThan(one.size);
    await page.screenshot({ path: join(SHOTS, 'corpus-overview.png') });
    // only facts that at least three publishers support
    await page.locator('#min-sources').fill('3');
    await page.locator('#min-sources').dispatchEvent('change');
    await expect.poll(async () => (await edgeView(page, `${NGR}Viktor_Khrenin ${NG}affiliation ${NGR}Belarus`)).hidden).toBe(true);
    expect((await edgeView(page, `${NGR}Russia ${NG}partyTo ${NGR}Treaty_on_Security_Guarantees_2024`)).hidden).toBe(false);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('min=3');
    await page.screenshot({ path: join(SHOTS, 'min-sources.png') });
    await page.close();
  });

  it('filters by publisher or document from a searchable list of hundreds of sources', async () => {
    const page = await openViewer(browser, url);
    const list = page.locator('#source-list');
    // publishers first, then documents; long lists are cut and say how many more there are
    await expect.poll(() => list.locator('li[role="option"]').count()).toBe(50);
    await expect.poll(() => list.textContent()).toMatch(/… \d+ more: type to narrow/);
    await expect.poll(() => page.locator('#source-chosen').textContent()).toContain(`All ${6 + EXTRA_SOURCES} source document(s)`);
    await page.locator('#source-search').fill('harbour');
    await expect.poll(() => list.locator('li[role="option"]').count()).toBe(2); // the publisher and its one document
    await list.getByRole('button', { name: 'Harbour Times' }).first().click();
    await expect.poll(() => page.locator('#source-chosen').textContent()).toContain('Only: Harbour Times (1 document)');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('source=publisher%3AHarbour+Times');
    await expect.poll(async () => (await edgeView(page, `${NGR}Russia ${NG}partyTo ${NGR}Treaty_on_Security_Guarantees_2024`)).hidden).toBe(false);
    await expect.poll(async () => (await edgeView(page, `${NGR}Viktor_Khrenin ${NG}affiliation ${NGR}Belarus`)).hidden).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'source-filter.png') });
    // one document of another outlet, found by its id
    await page.locator('#source-search').fill('donau-depesche-2024-12-08');
    await list.getByRole('button').first().click();
    await expect.poll(async () => (await edgeView(page, `${NGR}Anna_Berger_Switzerland ${NG}affiliation ${NGR}Switzerland`)).hidden).toBe(false);
    await expect.poll(async () => (await edgeView(page, `${NGR}Russia ${NG}partyTo ${NGR}Treaty_on_Security_Guarantees_2024`)).hidden).toBe(true);
    await page.locator('#source-clear').click();
    await expect.poll(async () => (await edgeView(page, `${NGR}Viktor_Khrenin ${NG}affiliation ${NGR}Belarus`)).hidden).toBe(false);
    await page.close();
  });

  it('lists a relation’s evidence per publisher, and a node’s disagreements, in the details panel', async () => {
    const page = await openViewer(browser, url);
    await page.evaluate((k) => (window as unknown as { newsgraph: { actions: { focusEdge(k: string): void } } }).newsgraph.actions.focusEdge(k), `${NGR}Russia ${NG}partyTo ${NGR}Treaty_on_Security_Guarantees_2024`);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.locator('.support').textContent()).toBe('Supported by 3 publishers in 3 documents');
    await expect.poll(() => details.locator('.source-evidence h4').allTextContents()).toEqual(['Baltic Ledger (1)', 'Harbour Times (1)', 'Nordkurier Rundschau (1)']);
    const nordkurier = details.locator('.source-evidence', { hasText: 'Nordkurier Rundschau' });
    await expect.poll(() => nordkurier.locator('blockquote').textContent()).toContain('Russland und Weißrussland unterzeichneten am 6. Dezember 2024');
    await expect.poll(() => nordkurier.locator('mark').textContent()).toContain('Vertrag über Sicherheitsgarantien');
    await page.screenshot({ path: join(SHOTS, 'per-source-evidence.png') });
    // the node's relation list says how many sources back each relation
    await page.evaluate((k) => (window as unknown as { newsgraph: { actions: { focusNode(k: string): void } } }).newsgraph.actions.focusNode(k), `${NGR}Treaty_on_Security_Guarantees_2024`);
    await expect.poll(() => details.locator('li', { hasText: 'Russia → party to' }).getByRole('button', { name: /evidence/ }).textContent()).toBe('3 evidence · 3 sources');
    // and where its sources disagree
    await expect.poll(() => details.locator('.disagreement li').allTextContents()).toEqual(['signed on: 6 December 2024 (Harbour Times, Nordkurier Rundschau) ≠ 5 December 2024 (Baltic Ledger)']);
    await page.screenshot({ path: join(SHOTS, 'treaty-disagreement.png') });
    await page.close();
  });
});
