import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get as httpGet } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { bundleJson } from '../src/build/pipeline.js';
import { syntheticBundle } from '../src/bench/viewer.js';
import { versionTwoJson } from './support/bundle-v2.js';
import { shot, differenceFromReference } from './support/screenshots.js';
import { cli } from './support/cli.js';
import { openViewer as openPage, serveSeedViewer, type ServedViewer } from './support/browser.js';

const NGR = 'https://w3id.org/newsgraph/id/';

let served: ServedViewer;
let url: string;
let browser: Browser;
let outDir: string;

function openViewer(hash = ''): Promise<Page> {
  return openPage(browser, `${url}${hash}`);
}

/** Pixels drawn on one of the viewer's 2D canvas layers (sigma's labels, the self-loop rings). */
async function drawnPixels(page: Page, canvasClass: string): Promise<number> {
  return page.evaluate((cls) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`#graph canvas.${cls}`);
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return 0;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  }, canvasClass);
}

/** Open a Turtle document in the viewer through its file picker, as a user would. */
async function openTurtle(page: Page, name: string, turtle: string): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'newsgraph-open-')), name);
  writeFileSync(file, turtle);
  await page.locator('#open-file').setInputFiles(file);
  await expect.poll(() => page.locator('#status').textContent()).toContain(`Opened ${name}`);
}

async function clickNode(page: Page, key: string): Promise<void> {
  const pos = await page.evaluate((k) => {
    const ng = (window as unknown as { newsgraph: { renderer: { getNodeDisplayData(k: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } } } }).newsgraph;
    const d = ng.renderer.getNodeDisplayData(k);
    return ng.renderer.framedGraphToViewport({ x: d.x, y: d.y });
  }, key);
  const box = (await page.locator('#graph').boundingBox())!;
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
}

beforeAll(async () => {
  served = await serveSeedViewer('newsgraph-viewer-');
  ({ outDir, url, browser } = served);
}, 180_000);

afterAll(() => served?.close());

describe('the viewer', () => {
  it('draws the seed graph on the canvas', async () => {
    const page = await openViewer();
    const order = await page.evaluate(() => (window as unknown as { newsgraph: { graph: { order: number } } }).newsgraph.graph.order);
    expect(order).toBeGreaterThan(30);
    await page.waitForTimeout(500);
    expect(await drawnPixels(page, 'sigma-labels')).toBeGreaterThan(1000);
    await expect.poll(() => page.locator('#legend').textContent()).toContain('State (3)');
    await shot(page, 'overview.png');
    await page.close();
  });

  it('sends the gzip copy of the bundle to clients that accept it, the plain file to others', async () => {
    const get = (encoding?: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        httpGet(`${url}bundle.json`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    const plain = await get();
    const zipped = await get('gzip, deflate, br');
    expect(plain.encoding).toBeUndefined();
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });

  it('draws a large graph nodes first, then all its edges, and stays usable', async () => {
    writeFileSync(join(outDir, 'large.json'), bundleJson(syntheticBundle(3000, 12_000)));
    const page = await openViewer('?bundle=large.json');
    const seen = (await page.evaluate(`(() => {
      const ng = window.newsgraph, at = (n) => performance.getEntriesByName(n)[0].startTime;
      return { order: ng.graph.order, size: ng.graph.size, drawnNodes: ng.renderer.getGraph().order, drawnEdges: ng.renderer.getGraph().size, nodesFirst: at('newsgraph:first-render') < at('newsgraph:edges-added') };
    })()`)) as { order: number; size: number; drawnNodes: number; drawnEdges: number; nodesFirst: boolean };
    // every node and edge is in the graph; every node is drawn, and a bounded set of edges
    expect(seen).toMatchObject({ order: 3000, size: 12_000, drawnNodes: 3000, nodesFirst: true });
    expect(seen.drawnEdges).toBeGreaterThan(1000);
    expect(seen.drawnEdges).toBeLessThanOrEqual(3000);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/drawing up to 3000 of them/);
    // the layout starts and stops through the controls, and the picture keeps every node
    const before = (await page.evaluate(`window.newsgraph.graph.getNodeAttributes('${NGR}n0')`)) as { x: number; y: number };
    await page.getByRole('button', { name: 'Start layout' }).click();
    // the worker iterates on matrices made from the display graph itself, and its positions reach it
    await expect.poll(() => page.evaluate('window.newsgraph.layout.iterations()'), { timeout: 20_000 }).toBeGreaterThan(2);
    await page.getByRole('button', { name: 'Stop layout' }).click();
    expect(await page.evaluate('window.newsgraph.layout.isRunning()')).toBe(false);
    const after = (await page.evaluate(`window.newsgraph.graph.getNodeAttributes('${NGR}n0')`)) as { x: number; y: number };
    expect([after.x, after.y].every(Number.isFinite)).toBe(true);
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: 'Search entities' }).fill('Entity 2999');
    await page.getByRole('option', { name: /^Entity 2999/ }).click();
    await expect.poll(() => page.getByRole('complementary', { name: 'Details' }).locator('h2').first().textContent()).toBe('Entity 2999');
    // the focused entity's edges are all drawn
    expect(await page.evaluate(`(() => { const ng = window.newsgraph; return ng.graph.edges('${NGR}n2999').every((e) => ng.renderer.getGraph().hasEdge(e)); })()`)).toBe(true);
    await shot(page, 'large-graph.png');
    await page.close();
  }, 120_000);

  it('reads a bundle too large to parse at once off the page: every node and edge with its extras, and a missing one named', async () => {
    const b = syntheticBundle(28_000, 30_000);
    b.documents.push({ iri: 'https://example.org/doc', publisher: 'Example', sentences: [{ start: 0, end: 3 }] });
    b.edges[5]!.sources.push('https://example.org/doc');
    const text = bundleJson(b);
    expect(text.length).toBeGreaterThan(4_000_000); // (read in slices: see bundle-loader.ts)
    writeFileSync(join(outDir, 'sliced.json'), text);
    const page = await openViewer('?bundle=sliced.json');
    const seen = (await page.evaluate(`(() => {
      const ng = window.newsgraph, e = ng.graph.getEdgeAttribute(${JSON.stringify(b.edges[5]!.key)}, 'record');
      return { order: ng.graph.order, size: ng.graph.size, sources: e.sources, pageFetched: performance.getEntriesByType('resource').some((r) => r.name.includes('sliced.json')) };
    })()`)) as { order: number; size: number; sources: string[]; pageFetched: boolean };
    // fetched and cut into pieces by a worker: the page itself never fetches the text
    expect(seen).toEqual({ order: 28_000, size: 30_000, sources: ['https://example.org/doc'], pageFetched: false });
    await page.close();
    const missing = await browser.newPage();
    await missing.goto(`${url}?bundle=missing.json`);
    await expect.poll(() => missing.locator('#status').textContent()).toMatch(/Could not load missing\.json: 404/);
    await missing.close();
  }, 180_000);

  it('still opens a large version 2 bundle (edges as a list) with all its edges, and filters hide its edges', async () => {
    writeFileSync(join(outDir, 'large-v2.json'), versionTwoJson(syntheticBundle(3000, 12_000)));
    const page = await openViewer('?bundle=large-v2.json');
    const sizes = `(() => { const ng = window.newsgraph; return { order: ng.graph.order, size: ng.graph.size, drawnEdges: ng.renderer.getGraph().size }; })()`;
    const seen = (await page.evaluate(sizes)) as { order: number; size: number; drawnEdges: number };
    expect(seen).toMatchObject({ order: 3000, size: 12_000 });
    expect(seen.drawnEdges).toBeGreaterThan(1000);
    // no synthetic fact has two publishers: with #min=2 none is drawn
    await page.evaluate(`location.hash = 'min=2'`);
    await expect.poll(async () => ((await page.evaluate(sizes)) as { drawnEdges: number }).drawnEdges).toBe(0);
    await page.close();
  }, 120_000);

  it('draws a graph of more nodes than its node budget a bounded set at a time, the focus and its neighbours first', async () => {
    writeFileSync(join(outDir, 'many-nodes.json'), bundleJson(syntheticBundle(3000, 12_000)));
    const page = await openViewer('?bundle=many-nodes.json&nodes=500');
    const drawn = () =>
      page.evaluate(`(() => {
        const ng = window.newsgraph, g = ng.renderer.getGraph();
        const best = ng.graph.nodes().reduce((a, b) => (ng.graph.degree(b) > ng.graph.degree(a) ? b : a));
        const e = ng.renderer.getCustomBBox(), all = ng.graph.nodes().map((k) => ng.graph.getNodeAttributes(k));
        const whole = e.x[0] <= Math.min(...all.map((a) => a.x)) && e.x[1] >= Math.max(...all.map((a) => a.x)) && e.y[0] <= Math.min(...all.map((a) => a.y)) && e.y[1] >= Math.max(...all.map((a) => a.y));
        return { order: ng.graph.order, drawnNodes: g.order, hasBest: g.hasNode(best), whole, drawnEdges: g.size, endsDrawn: g.edges().every((x) => g.hasNode(g.source(x)) && g.hasNode(g.target(x))) };
      })()`) as Promise<{ order: number; drawnNodes: number; hasBest: boolean; whole: boolean; drawnEdges: number; endsDrawn: boolean }>;
    // all nodes are in the graph; 500 are drawn, the best connected among them, framed as the whole graph
    expect(await drawn()).toMatchObject({ order: 3000, drawnNodes: 500, hasBest: true, whole: true, endsDrawn: true });
    expect((await drawn()).drawnEdges).toBeGreaterThan(100);
    // after the layout has moved the nodes, the frame is the new extent and the budget is drawn in it again
    await page.evaluate('window.newsgraph.layout.start()');
    await expect.poll(() => page.evaluate('window.newsgraph.layout.iterations()'), { timeout: 20_000 }).toBeGreaterThan(5);
    await page.evaluate('window.newsgraph.layout.stop()');
    expect(await drawn()).toMatchObject({ drawnNodes: 500, whole: true, endsDrawn: true });
    expect((await drawn()).drawnEdges).toBeGreaterThan(100);
    // an entity that was not drawn: focusing it draws it, its neighbours and its edges
    const key = (await page.evaluate(`window.newsgraph.graph.nodes().find((k) => !window.newsgraph.renderer.getGraph().hasNode(k) && window.newsgraph.graph.degree(k) > 2)`)) as string;
    await page.evaluate(`window.newsgraph.actions.focusNode(${JSON.stringify(key)})`);
    await expect.poll(() => page.evaluate(`(() => { const ng = window.newsgraph, g = ng.renderer.getGraph(); return g.hasNode(${JSON.stringify(key)}) && ng.graph.neighbors(${JSON.stringify(key)}).every((n) => g.hasNode(n)) && ng.graph.edges(${JSON.stringify(key)}).every((e) => g.hasEdge(e)); })()`)).toBe(true);
    expect((await drawn()).drawnNodes).toBeLessThanOrEqual(500);
    await shot(page, 'many-nodes-focus.png');
    await page.close();
  }, 120_000);

  it('offers Lukashenko when searching "Lukasch" and focusing him shows his relations', async () => {
    const page = await openViewer();
    await page.getByRole('combobox', { name: 'Search entities' }).fill('Lukasch');
    const first = page.locator('#suggestions li').first();
    await expect.poll(() => first.textContent()).toContain('Alexander Lukashenko');
    await page.keyboard.press('Enter');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.locator('h2').first().textContent()).toBe('Alexander Lukashenko');
    await expect.poll(() => details.textContent()).toContain('Belarus → head of state');
    await expect.poll(() => details.textContent()).toContain('Russian tactical nuclear weapons in Belarus → proposed by');
    expect(page.url()).toContain(`focus=${encodeURIComponent(`${NGR}Alexander_Lukashenko`)}`);
    await shot(page, 'search-lukashenko.png');
    await page.close();
  });

  it('clicking the treaty shows its parties and the evidence sentence with the span highlighted', async () => {
    const page = await openViewer();
    await clickNode(page, `${NGR}Treaty_on_Security_Guarantees_2024`);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.locator('h2').first().textContent()).toBe('Treaty on Security Guarantees within the Union State');
    await expect.poll(() => details.textContent()).toContain('Russia → party to');
    await expect.poll(() => details.textContent()).toContain('Belarus → party to');
    // the date fact's evidence, in its sentence, with the exact span marked
    await expect.poll(() => details.locator('mark').first().first().textContent()).toBe('am 6. Dezember in Minsk');
    // follow a party-to relation to its evidence
    await details.locator('li', { hasText: 'Belarus → party to' }).getByRole('button', { name: /evidence/ }).click();
    await expect.poll(() => details.locator('mark').first().textContent()).toBe('der Vertrag über Sicherheitsgarantien zwischen Moskau und Minsk unterzeichnet wurde');
    await expect.poll(() => details.locator('blockquote').textContent()).toContain('Während der Sitzung des Obersten Staatsrats');
    await shot(page, 'treaty-evidence.png');
    // the panel a reader sees: compared with its committed picture, within a tolerance
    expect(await differenceFromReference(details, 'treaty-evidence-details.png')).toBeLessThan(0.02);
    await page.close();
  });

  it('hides events after the date chosen on the time slider', async () => {
    const page = await openViewer();
    const visible = () => page.evaluate(() => (window as unknown as { newsgraph: { visible(): string[] } }).newsgraph.visible());
    expect(await visible()).toContain(`${NGR}event/Signing_2024-12-06`);
    // move the slider to the last date before December 2024
    await page.evaluate(() => {
      const slider = document.querySelector<HTMLInputElement>('#time-slider')!;
      const ng = (window as unknown as { newsgraph: { bundle: { nodes: Array<{ date?: { earliest: string } }>; edges: Array<{ date?: { earliest: string } }> } } }).newsgraph;
      const dates = [...new Set([...ng.bundle.nodes, ...ng.bundle.edges].flatMap((x) => (x.date ? [x.date.earliest] : [])))].sort();
      slider.value = String(dates.filter((d) => d < '2024-12-01').length - 1);
      slider.dispatchEvent(new Event('input'));
    });
    await expect.poll(() => page.locator('#time-label').first().textContent()).toBe('up to 2024-11-19');
    const after = await visible();
    expect(after).not.toContain(`${NGR}event/Signing_2024-12-06`);
    expect(after).not.toContain(`${NGR}event/Meeting_2024-12-06`);
    expect(after).toContain(`${NGR}event/Announcement_2023-03`);
    expect(after).toContain(`${NGR}event/DoctrineChange_2024-11-19`);
    expect(page.url()).toContain('until=2024-11-19');
    await page.close();
  });

  it('restores focus and depth from a deep link', async () => {
    const page = await openViewer(`#focus=${encodeURIComponent(`${NGR}Belarus`)}&depth=2`);
    await expect.poll(() => page.getByRole('complementary', { name: 'Details' }).locator('h2').first().textContent()).toBe('Belarus');
    await expect.poll(() => page.locator('#depth').inputValue()).toBe('2');
    await page.close();
  });

  it('finds and draws a path between the United States and Belarus', async () => {
    const page = await openViewer();
    await page.getByRole('combobox', { name: 'Path from' }).fill('United States');
    await page.getByRole('combobox', { name: 'Path to' }).fill('Belarus');
    await page.getByRole('button', { name: 'Find path' }).click();
    // the same path as the CLI's `path` (one search, src/query/path-search.ts)
    const r = await cli('path', 'United States', 'Belarus', '--json', '--limit', '1');
    expect(r.code, r.err).toBe(0);
    const [shortest] = JSON.parse(r.out) as Array<{ nodes: Array<{ iri: string; label: string }> }>;
    const labels = await page.evaluate(
      (keys) => keys.map((k) => (window as unknown as { newsgraph: { graph: { getNodeAttribute(k: string, a: string): string } } }).newsgraph.graph.getNodeAttribute(k, 'label')),
      shortest!.nodes.map((n) => n.iri),
    );
    await expect.poll(() => page.locator('#path-result').textContent()).toBe(`${labels.length - 1} steps: ${labels.join(' → ')}`);
    await shot(page, 'path.png');
    await page.close();
  });

  it('draws a self-loop beside its node', async () => {
    const page = await openViewer();
    await openTurtle(
      page,
      'loop.ttl',
      `@prefix ng: <https://w3id.org/newsgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<http://example.org/a> a ng:State ; rdfs:label "Selfland" ; ng:memberOf <http://example.org/a>, <http://example.org/b> .
<http://example.org/b> a ng:Alliance ; rdfs:label "Alliance B" .
`,
    );
    await expect.poll(() => drawnPixels(page, 'sigma-self-loops')).toBeGreaterThan(50);
    await page.getByRole('combobox', { name: 'Search entities' }).fill('Selfland');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('complementary', { name: 'Details' }).textContent()).toMatch(/member ?of → Selfland/i);
    await shot(page, 'self-loop.png');
    await page.close();
  });

  it('renders hostile labels as plain text and runs nothing', async () => {
    const page = await openViewer();
    await openTurtle(
      page,
      'hostile.ttl',
      `@prefix ng: <https://w3id.org/newsgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<http://example.org/evil> a ng:State ; rdfs:label "<img src=x onerror=\\"window.__pwned=1\\">" ;
  ng:alias "<script>window.__pwned=2</script>" ; <http://example.org/note> "<b onmouseover=alert(1)>bold</b>" .
<http://example.org/other> a ng:Person ; rdfs:label "Mallory</label><svg onload=window.__pwned=3>" .
<http://example.org/evil> ng:headOfState <http://example.org/other> .
`,
    );
    await page.getByRole('combobox', { name: 'Search entities' }).fill('<img');
    await expect.poll(() => page.locator('#suggestions li').first().textContent()).toContain('<img src=x onerror="window.__pwned=1">');
    await page.keyboard.press('Enter');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.locator('h2').first().textContent()).toBe('<img src=x onerror="window.__pwned=1">');
    await expect.poll(() => details.textContent()).toContain('<script>window.__pwned=2</script>');
    await expect.poll(() => details.textContent()).toContain('Mallory</label><svg onload=window.__pwned=3>');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload], b[onmouseover]').count()).toBe(0);
    await shot(page, 'hostile.png');
    await page.close();
  });
});
