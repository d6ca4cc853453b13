/**
 * The viewer on a corpus of many outlets: relations show how many publishers support them (edge
 * width and a "· N sources" badge), `#min=N` keeps only facts that at least N publishers support,
 * the source filter is a searchable list of publishers and documents that copes with hundreds of
 * them, and a relation's details list its evidence per publisher. The corpus: the six articles of
 * test/fixtures/corpus-sources (four outlets) and 40 generated ones (src/bench/corpus-generator.ts,
 * our own templates), built into one graph; 300 more documents of 60 invented outlets are added
 * to the bundle's source list. What to expect is worked out here from the bundle, with its own
 * count of publishers. Headless Debian Chromium; screenshots go to the git-ignored test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { buildGraph, bundleJson } from '../src/build/pipeline.js';
import { datasetToBundle, type BundleEdge, type ViewerBundle } from '../src/graph/bundle.js';
import { generateCorpus } from '../src/bench/corpus-generator.js';
import { ensureViewerBuilt } from '../src/serve/viewer-build.js';
import { startServer } from '../src/serve/server.js';
import { launchChromium, openViewer } from './support/browser.js';
import { SHOT_DIR } from './support/screenshots.js';

const FILLER_DOCUMENTS = 300;

let server: Server;
let url: string;
let browser: Browser;
let root: string;
let bundle: ViewerBundle;

/** Publishers behind an edge, counted here: distinct names (case-insensitive) of the documents citing or holding it. */
function publishers(e: BundleEdge): string[] {
  const byIri = new Map(bundle.documents.map((d) => [d.iri, d.publisher ?? d.iri]));
  const names = new Map<string, string>();
  for (const d of [...e.evidence.map((x) => x.document), ...e.sources]) names.set(byIri.get(d)!.toLowerCase(), byIri.get(d)!);
  return [...names.values()].sort();
}

const facts = () => bundle.edges.filter((e) => e.kind === 'fact');
const withPublishers = (n: number) => facts().find((e) => publishers(e).length === n)!;
const mostSupported = () => facts().reduce((a, b) => (publishers(b).length > publishers(a).length ? b : a));
const label = (e: BundleEdge) => bundle.terms[e.predicate]?.label ?? e.predicate;

interface EdgeView {
  size: number;
  label: string;
  hidden: boolean;
}

/** Size, label and visibility of an edge as the viewer draws it. */
function edgeView(page: Page, key: string): Promise<EdgeView> {
  return page.evaluate((k) => {
    const ng = (window as unknown as { newsgraph: { graph: { getEdgeAttributes(k: string): { size: number; label: string } }; renderer: { getEdgeDisplayData(k: string): { hidden?: boolean } | undefined } } }).newsgraph;
    const a = ng.graph.getEdgeAttributes(k);
    return { size: a.size, label: a.label, hidden: ng.renderer.getEdgeDisplayData(k)?.hidden === true };
  }, key);
}

const hidden = async (page: Page, key: string) => (await edgeView(page, key)).hidden;
const screenshot = (page: Page, name: string) => page.screenshot({ path: join(SHOT_DIR, name) });

beforeAll(async () => {
  mkdirSync(SHOT_DIR, { recursive: true });
  root = mkdtempSync(join(tmpdir(), 'newsgraph-viewer-corpus-'));
  const sources = join(root, 'data', 'sources');
  mkdirSync(sources, { recursive: true });
  cpSync('data/entities.ttl', join(root, 'data', 'entities.ttl'));
  cpSync('test/fixtures/corpus-sources', sources, { recursive: true });
  for (const a of generateCorpus({ articles: 40, seed: 11 })) {
    writeFileSync(join(sources, `${a.id}.txt`), a.text);
    writeFileSync(join(sources, `${a.id}.meta.json`), JSON.stringify({ id: a.id, language: a.language, published: a.published, publisher: a.publisher, title: a.title }));
  }
  const { quads } = await buildGraph({ dataDir: join(root, 'data'), write: false, validate: false, cacheDir: false });
  bundle = datasetToBundle(quads);
  for (let i = 0; i < FILLER_DOCUMENTS; i++) {
    const n = String(i).padStart(3, '0');
    const text = 'A short note with nothing to extract.';
    bundle.documents.push({ iri: `https://w3id.org/newsgraph/source/note-${n}`, publisher: `Outlet ${String(i % 60).padStart(2, '0')}`, published: `2024-11-${String((i % 28) + 1).padStart(2, '0')}`, language: 'en', text, sentences: [{ start: 0, end: text.length }] });
  }
  const outDir = join(root, 'out');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'bundle.json'), `${bundleJson(bundle)}\n`);
  ({ server, url } = await startServer({ viewerDir: await ensureViewerBuilt(), dataDir: outDir, port: 0 }));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  rmSync(root, { recursive: true, force: true });
});

describe('the viewer on a corpus', () => {
  it('draws relations wider and with a badge the more publishers support them', async () => {
    const [many, two, one] = [mostSupported(), withPublishers(2), withPublishers(1)];
    expect(publishers(many).length).toBeGreaterThan(5);
    const page = await openViewer(browser, url);
    const [m, t, o] = [await edgeView(page, many.key), await edgeView(page, two.key), await edgeView(page, one.key)];
    expect(m.label).toBe(`${label(many)} · ${publishers(many).length} sources`);
    expect(t.label).toBe(`${label(two)} · 2 sources`);
    expect(o.label).toBe(label(one));
    expect(m.size).toBeGreaterThan(t.size);
    expect(t.size).toBeGreaterThan(o.size);
    await screenshot(page, 'corpus-overview.png');
    await page.close();
  });

  it('shows only facts that at least N publishers support (#min=N), from the panel or a link', async () => {
    const [many, two, one] = [mostSupported(), withPublishers(2), withPublishers(1)];
    const page = await openViewer(browser, url);
    await page.locator('#min-sources').fill('3');
    await page.locator('#min-sources').dispatchEvent('change');
    await expect.poll(() => hidden(page, two.key)).toBe(true);
    expect(await hidden(page, one.key)).toBe(true);
    expect(await hidden(page, many.key)).toBe(false);
    // statements are not facts: the minimum leaves them alone
    const statement = bundle.edges.find((e) => e.kind === 'statement');
    if (statement) expect(await hidden(page, statement.key)).toBe(false);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('min=3');
    await screenshot(page, 'corpus-min-3.png');
    await page.close();

    const linked = await openViewer(browser, `${url}#min=${publishers(many).length}`);
    expect(await linked.locator('#min-sources').inputValue()).toBe(String(publishers(many).length));
    expect(await hidden(linked, many.key)).toBe(false);
    expect(await hidden(linked, two.key)).toBe(true);
    await linked.close();
  });

  it('filters by publisher or document from a searchable list of hundreds of sources', async () => {
    const page = await openViewer(browser, url);
    const list = page.locator('#source-list');
    const documents = bundle.documents.length;
    expect(documents).toBeGreaterThan(300);
    // publishers first, then documents; a long list is cut and says how many more there are
    await expect.poll(() => list.locator('li[role="option"]').count()).toBe(50);
    const outlets = new Set(bundle.documents.map((d) => d.publisher!.toLowerCase())).size;
    await expect.poll(() => list.textContent()).toContain(`… ${outlets + documents - 50} more: type to narrow`);
    await expect.poll(() => page.locator('#source-chosen').textContent()).toBe(`All ${documents} source documents`);

    // one outlet of the fixtures: its name finds the publisher and its documents (and whatever else names it)
    const harbour = bundle.documents.find((d) => d.publisher === 'Harbour Times')!;
    const q = 'harbour times';
    const publishersNamed = new Set(bundle.documents.filter((d) => d.publisher!.toLowerCase().includes(q)).map((d) => d.publisher!.toLowerCase())).size;
    const documentsNamed = bundle.documents.filter((d) => [d.publisher, d.published, d.iri.replace(/^.*\//, ''), d.title].join(' ').toLowerCase().includes(q)).length;
    expect(publishersNamed + documentsNamed).toBeLessThan(50);
    await page.locator('#source-search').fill('Harbour Times');
    await expect.poll(() => list.locator('li[role="option"]').count()).toBe(publishersNamed + documentsNamed);
    await list.getByRole('button', { name: 'Harbour Times' }).first().click();
    await expect.poll(() => page.locator('#source-chosen').textContent()).toContain('Only: Harbour Times (1 document)');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('source=publisher%3AHarbour+Times');
    // a fact the outlet reports (its two ends named by it) stays; one it does not report goes
    const nodes = new Map(bundle.nodes.map((n) => [n.key, n]));
    const named = (k: string) => nodes.get(k)!.sources.includes(harbour.iri) || nodes.get(k)!.category === 'Other';
    const reported = facts().find((e) => e.sources.includes(harbour.iri) && named(e.source) && named(e.target))!;
    const notReported = facts().find((e) => !e.sources.includes(harbour.iri))!;
    expect(reported).toBeDefined();
    await expect.poll(() => hidden(page, reported.key)).toBe(false);
    expect(await hidden(page, notReported.key)).toBe(true);
    await screenshot(page, 'corpus-source-filter.png');

    // one document of another outlet, found by its id
    const namedBy = (doc: string) => (k: string) => nodes.get(k)!.sources.includes(doc) || nodes.get(k)!.category === 'Other';
    const donau = bundle.documents.filter((d) => d.publisher === 'Donau Depesche' && !reported.sources.includes(d.iri));
    const [doc, shown] = donau.flatMap((d) => facts().filter((e) => e.sources.includes(d.iri) && namedBy(d.iri)(e.source) && namedBy(d.iri)(e.target)).map((e) => [d.iri, e] as const))[0]!;
    await page.locator('#source-search').fill(doc.replace(/^.*\//, ''));
    await list.getByRole('option').first().getByRole('button').click();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain(`source=${doc}`);
    await expect.poll(() => hidden(page, shown.key)).toBe(false);
    expect(await hidden(page, reported.key)).toBe(true);
    await page.locator('#source-clear').click();
    await expect.poll(() => hidden(page, notReported.key)).toBe(false);
    await expect.poll(() => page.locator('#source-chosen').textContent()).toBe(`All ${documents} source documents`);
    await page.close();
  });

  it('lists a relation’s evidence per publisher in the details panel', async () => {
    // a fact several outlets report, each with its own sentence
    const edge = facts().find((e) => new Set(e.evidence.map((x) => bundle.documents.find((d) => d.iri === x.document)!.publisher)).size >= 3)!;
    expect(edge).toBeDefined();
    const page = await openViewer(browser, url);
    await page.evaluate((k) => (window as unknown as { newsgraph: { actions: { focusEdge(k: string): void } } }).newsgraph.actions.focusEdge(k), edge.key);
    const details = page.getByRole('complementary', { name: 'Details' });
    const documents = new Set([...edge.evidence.map((x) => x.document), ...edge.sources]).size;
    await expect.poll(() => details.locator('.support').textContent()).toBe(`Supported by ${publishers(edge).length} publishers in ${documents} documents`);
    const groups = new Map<string, number>();
    for (const x of edge.evidence) {
      const p = bundle.documents.find((d) => d.iri === x.document)!.publisher!;
      groups.set(p, (groups.get(p) ?? 0) + 1);
    }
    const headings = [...groups].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p, n]) => `${p} (${n})`);
    await expect.poll(() => details.locator('.source-evidence h4').allTextContents()).toEqual(headings);
    // each outlet's sentence, with the cited span marked
    const first = edge.evidence[0]!;
    const publisher = bundle.documents.find((d) => d.iri === first.document)!.publisher!;
    const group = details.locator('.source-evidence', { has: page.locator('h4', { hasText: publisher }) });
    await expect.poll(() => group.locator('mark').allTextContents()).toContain(first.exact);
    await screenshot(page, 'corpus-evidence-per-publisher.png');
    // the node's relation list says how many sources back each relation
    await page.evaluate((k) => (window as unknown as { newsgraph: { actions: { focusNode(k: string): void } } }).newsgraph.actions.focusNode(k), edge.source);
    const target = bundle.nodes.find((n) => n.key === edge.target)!.label;
    const row = details.locator('.relations li', { hasText: `${label(edge)} → ${target}` }).first();
    await expect.poll(() => row.locator('.evidence-link').textContent()).toBe(`${edge.evidence.length} evidence · ${publishers(edge).length} sources`);
    await page.close();
  });
});
