// The viewer's first impression at 1400×900 and 1024×768: the graph fills the canvas, nothing
// overlaps, colours stay apart for colour-blind readers, panels give the canvas room, deep links
// take names, and the details list each name once. Screenshots go to test-results/viewer/ (ignored).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveSeedViewer, type ServedViewer } from './support/browser.js';
import { CATEGORY_COLORS } from '../viewer/src/palette.js';
import { LABEL_MAX, otherNames, shortLabel } from '../viewer/src/names.js';

const SHOTS = new URL('../test-results/viewer/', import.meta.url).pathname;
const SIZES = [
  { width: 1400, height: 900 },
  { width: 1024, height: 768 },
] as const;

let served: ServedViewer;
let url: string;
let browser: Browser;

async function open(size: { width: number; height: number }, hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(`${url}${hash}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.waitForTimeout(300);
  return page;
}

interface Drawn {
  canvas: { width: number; height: number };
  nodes: Array<{ key: string; x: number; y: number; r: number; degree: number; label: string; fullLabel: string; record: string }>;
  labels: Array<{ x1: number; x2: number; y1: number; y2: number }>;
  discs: Array<{ key: string; x: number; y: number; r: number }>;
}

/** Where sigma drew each node (viewport pixels) and each label box. */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    type R = { getNodeDisplayData(k: string): { x: number; y: number; size: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number }; scaleSize(s: number): number; getContainer(): HTMLElement };
    type G = { nodes(): string[]; degree(k: string): number; getNodeAttributes(k: string): { label: string; fullLabel: string; record: { label: string } } };
    const ng = (window as unknown as { newsgraph: { renderer: R; graph: G; placedLabels(): Pick<Drawn, 'labels' | 'discs'> } }).newsgraph;
    const r = ng.renderer;
    const nodes = ng.graph.nodes().map((key) => {
      const d = r.getNodeDisplayData(key);
      const v = r.framedGraphToViewport({ x: d.x, y: d.y });
      const a = ng.graph.getNodeAttributes(key);
      return { key, x: v.x, y: v.y, r: r.scaleSize(d.size), degree: ng.graph.degree(key), label: a.label, fullLabel: a.fullLabel, record: a.record.label };
    });
    const c = r.getContainer();
    return { canvas: { width: c.clientWidth, height: c.clientHeight }, nodes, ...ng.placedLabels() };
  });
}

/** The shown nodes drawn outside the canvas (the camera should fit a focus's neighbourhood). */
function shownOutsideCanvas(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type R = { getNodeDisplayData(k: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number }; getContainer(): HTMLElement };
    const ng = (window as unknown as { newsgraph: { renderer: R; visible(): string[] } }).newsgraph;
    const c = ng.renderer.getContainer();
    return ng.visible().filter((k) => {
      const d = ng.renderer.getNodeDisplayData(k);
      const v = ng.renderer.framedGraphToViewport({ x: d.x, y: d.y });
      return v.x < 0 || v.y < 0 || v.x > c.clientWidth || v.y > c.clientHeight;
    });
  });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  served = await serveSeedViewer('newsgraph-first-impression-');
  ({ url, browser } = served);
}, 180_000);

afterAll(() => served?.close());

describe('the viewer at first sight', () => {
  for (const size of SIZES) {
    it(`${size.width}×${size.height}: the graph fills the canvas, isolated nodes sit near it, no discs or labels overlap`, async () => {
      const page = await open(size);
      await page.screenshot({ path: join(SHOTS, `overview-${size.width}x${size.height}.png`) });
      const d = await drawn(page);
      // the canvas has the room: filters open only where wide, the empty details panel takes none
      expect(d.canvas.width).toBeGreaterThan(size.width * (size.width > 1100 ? 0.8 : 0.95));
      const xs = d.nodes.map((n) => n.x);
      const ys = d.nodes.map((n) => n.y);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      for (const n of d.nodes) {
        expect(n.x, n.key).toBeGreaterThanOrEqual(0);
        expect(n.x, n.key).toBeLessThanOrEqual(d.canvas.width);
        expect(n.y, n.key).toBeGreaterThanOrEqual(0);
        expect(n.y, n.key).toBeLessThanOrEqual(d.canvas.height);
      }
      // fitted: the drawing spans most of the canvas and is centred in it
      expect(Math.max((maxX - minX) / d.canvas.width, (maxY - minY) / d.canvas.height)).toBeGreaterThan(0.75);
      expect(Math.abs((minX + maxX) / 2 - d.canvas.width / 2)).toBeLessThan(d.canvas.width * 0.12);
      // nodes without relations (if the graph has any: the register now adds only what the documents use) sit next to the others, not far away
      const connected = d.nodes.filter((n) => n.degree > 0);
      const isolated = d.nodes.filter((n) => n.degree === 0);
      const cy = [Math.min(...connected.map((n) => n.y)), Math.max(...connected.map((n) => n.y))];
      const cx = [Math.min(...connected.map((n) => n.x)), Math.max(...connected.map((n) => n.x))];
      for (const n of isolated) {
        expect(n.x).toBeGreaterThanOrEqual(cx[0]!);
        expect(n.x).toBeLessThanOrEqual(cx[1]!);
        expect(Math.min(Math.abs(n.y - cy[0]!), Math.abs(n.y - cy[1]!))).toBeLessThan(0.12 * d.canvas.height);
      }
      for (let i = 0; i < d.nodes.length; i++) {
        for (let j = i + 1; j < d.nodes.length; j++) {
          const [a, b] = [d.nodes[i]!, d.nodes[j]!];
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.key} / ${b.key}`).toBeGreaterThanOrEqual(a.r + b.r);
        }
      }
      expect(d.labels.length).toBeGreaterThan(10);
      for (let i = 0; i < d.labels.length; i++) {
        for (let j = i + 1; j < d.labels.length; j++) {
          const [a, b] = [d.labels[i]!, d.labels[j]!];
          expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2, `labels ${i} and ${j} overlap`).toBe(false);
        }
        expect(d.labels[i]!.x2).toBeLessThanOrEqual(d.canvas.width + 2);
      }
      // and no label covers a node other than its own (a label box touches at most its own disc)
      expect(d.discs.length).toBe(d.nodes.length);
      for (const l of d.labels) {
        const covered = d.discs.filter((c) => Math.hypot(Math.max(l.x1, Math.min(c.x, l.x2)) - c.x, Math.max(l.y1, Math.min(c.y, l.y2)) - c.y) < c.r);
        expect(covered.length, JSON.stringify(l)).toBeLessThanOrEqual(1);
      }
      await page.close();
    });
  }

  it('shortens long labels on the canvas and keeps the full text for hover', async () => {
    const page = await open(SIZES[0]);
    const d = await drawn(page);
    const long = d.nodes.filter((n) => n.record.length > LABEL_MAX);
    expect(long.length).toBeGreaterThan(5);
    for (const n of d.nodes) {
      expect(n.label.length).toBeLessThanOrEqual(LABEL_MAX);
      expect(n.fullLabel).toBe(n.record);
    }
    // hovering a node with a shortened label draws its whole label on the hover layer
    const target = long.find((n) => n.degree > 0)!;
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + target.x, box.y + target.y);
    await expect.poll(() => page.evaluate(() => (document.querySelector('#graph canvas.sigma-hovers') as HTMLCanvasElement | null)?.width ?? 0)).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'hover-full-label.png') });
    await page.close();
    expect(shortLabel('Treaty on the Non-Proliferation of Nuclear Weapons')).toBe('Treaty on the Non-Prolifera…');
    expect(shortLabel('Union State of Russia and Belarus')).toBe('Union State of Russia and…');
    expect(shortLabel('Putin announces stationing of nuclear weapons in Belarus (March 2023)').length).toBeLessThanOrEqual(LABEL_MAX);
  });

  it('uses colours that stay apart for colour-blind readers (protanopia, deuteranopia, tritanopia)', () => {
    const pairs = Object.entries(CATEGORY_COLORS).flatMap(([a, ca], i, all) => all.slice(i + 1).map(([b, cb]) => [a, ca, b, cb] as const));
    for (const vision of Object.keys(SIMULATIONS) as Array<keyof typeof SIMULATIONS>) {
      for (const [a, ca, b, cb] of pairs) expect(deltaE(lab(ca, vision), lab(cb, vision)), `${a} / ${b} (${vision})`).toBeGreaterThan(15);
    }
  });

  it('at 1024 px the filters start closed and open with their button; the details panel appears only with content', async () => {
    const page = await open(SIZES[1]);
    const width = () => page.evaluate(() => document.getElementById('graph')!.clientWidth);
    expect(await width()).toBeGreaterThan(1000);
    await page.click('#toggle-filters');
    expect(await page.getAttribute('#toggle-filters', 'aria-expanded')).toBe('true');
    expect(await width()).toBeLessThan(850);
    await page.click('#toggle-filters');
    await page.evaluate(() => (window as unknown as { newsgraph: { actions: { focusNode(k: string): void } } }).newsgraph.actions.focusNode('https://w3id.org/newsgraph/id/Belarus'));
    await expect.poll(() => page.locator('#details h2').textContent()).toBe('Belarus');
    const w = await width();
    expect(w).toBeGreaterThan(1024 * 0.6);
    expect(w).toBeLessThan(1000);
    await expect.poll(() => shownOutsideCanvas(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'details-1024x768.png') });
    // the canvas re-measured itself: the focused node is drawn inside the narrower canvas
    const d = await drawn(page);
    const belarus = d.nodes.find((n) => n.key.endsWith('/Belarus'))!;
    expect(belarus.x).toBeLessThan(w);
    await page.close();
  });

  it('deep links take a name, a prefixed name or an IRI, and say when nothing matches', async () => {
    for (const focus of ['Belarus', 'ngr:Belarus', 'https://w3id.org/newsgraph/id/Belarus', 'Wei%C3%9Frussland', 'ngr:Weißrussland']) {
      const page = await open(SIZES[0], `#focus=${focus}`);
      await expect.poll(() => page.locator('#details h2').textContent(), focus).toBe('Belarus');
      await page.close();
    }
    const page = await open(SIZES[0], '#focus=Atlantis');
    await expect.poll(() => page.locator('#details .notice').textContent()).toContain('The link names “Atlantis”, but no entity in this graph matches it.');
    await page.screenshot({ path: join(SHOTS, 'deep-link-no-match.png') });
    // a link changed in place is followed too
    await page.evaluate(() => (location.hash = '#focus=Minsk'));
    await expect.poll(() => page.locator('#details h2').textContent()).toBe('Minsk');
    await page.close();
    // a focus is shown whole: its neighbourhood fitted into the canvas beside the details
    const minsk = await open(SIZES[1], '#focus=Minsk');
    expect(await minsk.evaluate(() => (window as unknown as { newsgraph: { visible(): string[] } }).newsgraph.visible().length)).toBeGreaterThan(3);
    await expect.poll(() => shownOutsideCanvas(minsk)).toEqual([]);
    await minsk.screenshot({ path: join(SHOTS, 'deep-link-minsk-1024x768.png') });
    await minsk.close();
  }, 120_000);

  it('lists each other name once, and none that is already a label', async () => {
    const page = await open(SIZES[0], '#focus=ngr:Belarus');
    await expect.poll(() => page.locator('#details h2').textContent()).toBe('Belarus');
    const labels = await page.locator('#details dl dd[lang]').allTextContents();
    const also = (await page.locator('#details dl dt:text-is("also") + dd').textContent())!.split(', ');
    expect(also).toContain('Minsk');
    expect(new Set(also.map((a) => a.toLowerCase())).size).toBe(also.length);
    for (const l of labels) expect(also).not.toContain(l);
    await page.close();
    expect(otherNames([{ value: 'Belarus' }], [{ value: 'Minsk' }, { value: 'minsk' }, { value: 'Belarus' }, { value: 'Byelorussia' }])).toEqual(['Minsk', 'Byelorussia']);
  });
});

// ---------------------------------------------------------------- colour vision (Machado et al. 2009, severity 1)

const SIMULATIONS = {
  normal: [1, 0, 0, 0, 1, 0, 0, 0, 1],
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
} as const;

/** CIE L*a*b* of an sRGB colour as seen with `vision`. */
function lab(hex: string, vision: keyof typeof SIMULATIONS): [number, number, number] {
  const lin = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const m = SIMULATIONS[vision];
  const [r, g, b] = [0, 1, 2].map((row) => Math.min(1, Math.max(0, m[row * 3]! * lin[0]! + m[row * 3 + 1]! * lin[1]! + m[row * 3 + 2]! * lin[2]!)));
  const X = 0.4124 * r! + 0.3576 * g! + 0.1805 * b!;
  const Y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const Z = 0.0193 * r! + 0.1192 * g! + 0.9505 * b!;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [fx, fy, fz] = [f(X / 0.95047), f(Y), f(Z / 1.08883)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

function deltaE(a: [number, number, number], b: [number, number, number]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
