/**
 * Benchmark: the viewer on synthetic graphs of 10k nodes / 50k edges and 100k nodes / 500k edges
 * in headless Chromium with software rendering (SwiftShader in the GPU process, and with
 * --disable-gpu): time to first render (nodes on screen; large graphs get their edges right after,
 * a bounded view-dependent set of them drawn) against the time to fetch and parse the bundle (the
 * reference, same run), how responsive the page stays while it loads (max timer lag and longest
 * task until the first render, while the edges go in, and until everything is in), when all edges
 * are in and how their time splits into reading and adding, ForceAtlas2 iterations per
 * second in its web worker, and how responsive the page stays while the layout runs (longest gap
 * between animation frames, and timer lag), and the longest task from the first render until shortly after
 * ready. Goal: first render under 2 s; no task over ~200 ms after it.
 * `NEWSGRAPH_BENCH_VIEWER_NODES` / `_EDGES` measure one other size instead.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ViewerBundle, BundleNode, BundleEdge, BundleCategory } from '../graph/bundle.js';
import { bundleJson, writeGzipCopy } from '../build/pipeline.js';
import { ensureViewerBuilt } from '../serve/viewer-build.js';
import { startServer } from '../serve/server.js';
import { seededRandom } from '../util/random.js';
import { PREFIXES } from '../model/vocab.js';

/** The sizes measured: [nodes, edges]. */
const SIZES: Array<[number, number]> = process.env.NEWSGRAPH_BENCH_VIEWER_NODES
  ? [[Number(process.env.NEWSGRAPH_BENCH_VIEWER_NODES), Number(process.env.NEWSGRAPH_BENCH_VIEWER_EDGES ?? 5 * Number(process.env.NEWSGRAPH_BENCH_VIEWER_NODES))]]
  : [
      [10_000, 50_000],
      [100_000, 500_000],
    ];

/** The relations of the synthetic graph. */
const PREDICATES = ['about', 'memberOf', 'partyTo', 'locatedIn', 'participant', 'headOfState'].map((p) => `${PREFIXES.ng}${p}`);

/** A deterministic bundle of `nodes` nodes and `edges` edges (a few hubs, many leaves). */
export function syntheticBundle(nodeCount = 10_000, edgeCount = 50_000): ViewerBundle {
  const r = seededRandom(3);
  const cats: BundleCategory[] = ['State', 'Person', 'Organisation', 'Treaty', 'Weapon', 'Place', 'Event', 'Statement'];
  const nodes: BundleNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    key: `${PREFIXES.ngr}n${i}`,
    label: `Entity ${i}`,
    labels: [{ value: `Entity ${i}`, lang: 'en' }],
    aliases: [],
    classes: [],
    category: cats[i % cats.length]!,
    dates: [],
    literals: [],
    sources: [],
  }));
  const edges: BundleEdge[] = [];
  const keys = new Set<string>();
  while (edges.length < edgeCount) {
    // preferential attachment-ish: a few hubs, many leaves; keyed as a build keys them (source,
    // predicate, target: one edge per triple, a key the packed bundle need not carry)
    const source = nodes[Math.floor(Math.pow(r(), 2) * nodeCount)]!.key;
    const target = nodes[Math.floor(r() * nodeCount)]!.key;
    const predicate = PREDICATES[edges.length % PREDICATES.length]!;
    const key = `${source} ${predicate} ${target}`;
    if (keys.has(key)) continue;
    keys.add(key);
    edges.push({ key, source, target, predicate, kind: 'fact', evidence: [], sources: [] });
  }
  return { version: 1, prefixes: { ...PREFIXES }, terms: {}, documents: [], nodes, edges };
}

export async function run(): Promise<void> {
  const viewerDir = await ensureViewerBuilt();
  for (const [nodes, edges] of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-viewer-bench-'));
    // as `newsgraph build` writes it: the bundle and its gzip copy
    const json = bundleJson(syntheticBundle(nodes, edges));
    writeFileSync(join(dir, 'bundle.json'), json);
    writeGzipCopy(join(dir, 'bundle.json'), json);
    const { server, url } = await startServer({ viewerDir, dataDir: dir, port: 0 });
    try {
      for (const mode of MODES) await measure(url, mode, `${nodes} nodes, ${edges} edges (bundle ${(json.length / 1e6).toFixed(0)} MB)`);
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/**
 * Injected before the page's own code: a 50 ms timer that records how late it fires (the page's
 * main thread busy) until the first render and until the viewer is ready; and the page's long
 * tasks (over 50 ms, Long Tasks API: start and duration).
 */
const LAG_PROBE = `(() => {
  const tasks = (window.__newsgraphLongTasks = []);
  new PerformanceObserver((list) => { for (const t of list.getEntries()) tasks.push([t.startTime, t.duration]); }).observe({ type: 'longtask', buffered: true });
  const lag = (window.__newsgraphLag = { untilFirstRender: 0, untilReady: 0 });
  let expected = performance.now() + 50;
  const timer = setInterval(() => {
    const now = performance.now();
    const late = now - expected;
    expected = now + 50;
    lag.untilReady = Math.max(lag.untilReady, late);
    if (performance.getEntriesByName('newsgraph:first-render').length === 0) lag.untilFirstRender = Math.max(lag.untilFirstRender, late);
    if (performance.getEntriesByName('newsgraph:shown').length > 0) clearInterval(timer);
  }, 50);
})();`;

/**
 * Software rendering two ways: SwiftShader in Chromium's GPU process (what a browser on a machine
 * without a GPU does), and `--disable-gpu`, which moves WebGL onto the page's main thread.
 */
const MODES = [
  { name: 'software WebGL in the GPU process (SwiftShader, Chromium default without a GPU)', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] },
  { name: 'software WebGL on the main thread (--disable-gpu)', args: ['--disable-gpu'] },
];

/** Where the screenshots of the loaded graphs go (git-ignored). */
const SHOT_DIR = 'test-results/bench';

/** Page loads per mode (fresh browser context each, so no cached positions): software rendering varies a lot run to run. */
const LOADS = Number(process.env.NEWSGRAPH_BENCH_VIEWER_LOADS ?? 3);

interface Marks {
  start: number;
  fetched: number;
  parsed: number;
  built: number;
  sigma: number;
  render: number;
  edges: number;
  shown: number;
  /** Max timer lag (ms) until the first render, and until ready. */
  lagFirst: number;
  lagReady: number;
  /** The reference: fetching and parsing the whole bundle in one go (measured in the ready page). */
  reference: number;
  /** Longest task (ms) until the first render, while the edges go in, and from then until ready; tasks over 200 ms. */
  taskFirst: number;
  taskEdges: number;
  taskAfter: number;
  over200: number;
  /** From the first render until 2 s after ready (a freeze just after would count): the longest task (ms) and how many took over 200 ms; absent before this was measured. */
  taskAfterFirst?: number;
  over200AfterFirst?: number;
  /** Time (ms) the edges took to read (parse, or decode the edge table) and to add (graph, display attributes), and in how many tasks; absent before this was measured. */
  edgeRead?: number;
  edgeAdd?: number;
  edgeTasks?: number;
}

/** How long the page is watched after it is ready (ms): a freeze right after counts. */
const SETTLE_MS = 2000;

/** Open the viewer in a fresh context and wait until it is ready; the page and its marks. */
async function loadViewer(browser: Browser, url: string): Promise<{ page: Page; marks: Marks }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: LAG_PROBE });
  await page.goto(url);
  // poll from here: the viewer's CSP forbids the page-side eval that waitForFunction uses
  const waitFor = async (mark: string) => {
    for (let waited = 0; !(await page.evaluate(`performance.getEntriesByName('${mark}').length > 0`)); waited += 20) {
      if (waited > 120_000) throw new Error(`the viewer did not reach ${mark} within 120 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await waitFor('newsgraph:first-render');
  await waitFor('newsgraph:shown');
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  // in-page code as strings: tsx would decorate functions with helpers the page does not have
  const marks = (await page.evaluate(`(async () => {
    const at = (n) => performance.getEntriesByName(n)[0].startTime;
    const [render, read, shown] = [at('newsgraph:first-render'), at('newsgraph:edges-read'), at('newsgraph:shown')];
    // the long tasks first: the reference's own parse below is one
    const tasks = [...window.__newsgraphLongTasks];
    const longest = (from, to) => Math.max(0, ...tasks.filter(([t]) => t >= from && t < to).map(([, d]) => d));
    const detail = performance.getEntriesByName('newsgraph:edges-read')[0].detail ?? {};
    const t0 = performance.now();
    await (await fetch('bundle.json', { cache: 'no-store' })).json();
    const reference = performance.now() - t0;
    return { start: at('newsgraph:start'), fetched: at('newsgraph:bundle-fetched'), parsed: at('newsgraph:bundle-parsed'), built: at('newsgraph:graph-built'), sigma: at('newsgraph:sigma-created'), render, edges: at('newsgraph:edges-added'), shown, lagFirst: window.__newsgraphLag.untilFirstRender, lagReady: window.__newsgraphLag.untilReady, reference,
      taskFirst: longest(0, render), taskEdges: longest(render, read), taskAfter: longest(read, shown + 1), over200: tasks.filter(([t, d]) => t <= shown && d > 200).length,
      taskAfterFirst: longest(render, t0), over200AfterFirst: tasks.filter(([t, d]) => t >= render && d > 200).length,
      edgeRead: detail.readMs, edgeAdd: detail.addMs, edgeTasks: detail.tasks };
  })()`)) as Marks;
  return { page, marks };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

async function measure(url: string, mode: (typeof MODES)[number], size: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', ...mode.args, '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const runs: Marks[] = [];
    let page: Page | undefined;
    for (let i = 0; i < LOADS; i++) {
      if (page) await page.context().close();
      const loaded = await loadViewer(browser, url);
      page = loaded.page;
      runs.push(loaded.marks);
    }
    const result = (await page!.evaluate(`(async () => {
      const ng = window.newsgraph;
      const copyStart = performance.now();
      ng.layout.start(); // the worker and its matrices are made on the first start (a slice at a time)
      const copyMs = performance.now() - copyStart;
      let maxFrameGap = 0, last = performance.now(), frames = 0, running = true;
      const frame = (t) => { maxFrameGap = Math.max(maxFrameGap, t - last); last = t; frames++; if (running) requestAnimationFrame(frame); };
      requestAnimationFrame(frame);
      let maxLag = 0, expected = performance.now() + 50;
      const timer = setInterval(() => { const now = performance.now(); maxLag = Math.max(maxLag, now - expected); expected = now + 50; }, 50);
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, 5000));
      ng.layout.stop();
      const iterations = ng.layout.iterations();
      const end = performance.now();
      const seconds = (end - t0) / 1000;
      running = false;
      // no frame since the last one counts too (a page that stops painting is not responsive)
      maxFrameGap = Math.max(maxFrameGap, end - last);
      clearInterval(timer);
      return { iterationsPerSecond: iterations / seconds, fps: frames / seconds, maxFrameGap, maxLag, copyMs };
    })()`)) as { iterationsPerSecond: number; fps: number; maxFrameGap: number; maxLag: number; copyMs: number };
    const of = (f: (m: Marks) => number) => runs.map(f);
    const load = of((m) => m.reference);
    const firstRender = of((m) => m.render - m.start);
    console.log(`graph: ${size}, headless Chromium, ${mode.name}; ${LOADS} page loads`);
    console.log(`fetch + parse bundle (reference): ${spread(load)} (the whole bundle in one JSON.parse, in the ready page)`);
    console.log(`time to first render:             ${spread(firstRender)}, ${(median(firstRender) / median(load)).toFixed(1)}× the reference (goal < 2000 ms)`);
    console.log(`  of which (medians): fetching the bundle ${median(of((m) => m.fetched - m.start)).toFixed(0)} ms, reading it up to its nodes ${median(of((m) => m.parsed - m.fetched)).toFixed(0)} ms, display graph (nodes) ${median(of((m) => m.built - m.parsed)).toFixed(0)} ms, sigma set-up ${median(of((m) => m.sigma - m.built)).toFixed(0)} ms, first frame ${median(of((m) => m.render - m.sigma)).toFixed(0)} ms`);
    const drawnEdges = (await page!.evaluate('window.newsgraph.renderer.getGraph().size')) as number;
    // a picture of the graph as loaded, to look at (git-ignored folder)
    mkdirSync(SHOT_DIR, { recursive: true });
    await page!.screenshot({ path: join(SHOT_DIR, `viewer-${size.split(' ')[0]}-nodes-${mode.args.includes('--disable-gpu') ? 'main-thread' : 'gpu-process'}.png`) });
    console.log(`page while it loads:              max timer lag ${spread(of((m) => m.lagFirst))} until the first render, ${spread(of((m) => m.lagReady))} until ready`);
    console.log(`longest task (Long Tasks API):    until the first render ${spread(of((m) => m.taskFirst))}; while the edges go in ${spread(of((m) => m.taskEdges))}; after them until ready ${spread(of((m) => m.taskAfter))}; tasks over 200 ms until ready: ${spread(of((m) => m.over200)).replace(/ ms/g, '')}`);
    if (runs.every((m) => m.taskAfterFirst !== undefined))
      console.log(`after the first render:           longest task ${spread(of((m) => m.taskAfterFirst!))}; tasks over 200 ms ${spread(of((m) => m.over200AfterFirst!)).replace(/ ms/g, '')} (until ${SETTLE_MS / 1000} s after ready; goal: none over ~200 ms)`);
    console.log(`all edges in the graph:           ${spread(of((m) => m.edges - m.start))} (${drawnEdges} of them drawn at this zoom); ready ${spread(of((m) => m.shown - m.start))}`);
    if (runs.every((m) => m.edgeRead !== undefined))
      console.log(`  the edges (medians): reading ${median(of((m) => m.edgeRead!)).toFixed(0)} ms, adding to the graph ${median(of((m) => m.edgeAdd!)).toFixed(0)} ms, in ${median(of((m) => m.edgeTasks!))} tasks; sigma processes only the drawn ones (at most the edge budget)`);
    console.log(`ForceAtlas2 in the worker:        ${result.iterationsPerSecond.toFixed(1)} iterations/s (over the 5 s from the start, its matrices made meanwhile; start() itself: ${result.copyMs.toFixed(0)} ms)`);
    console.log(`while the layout runs:            ${result.fps.toFixed(1)} frames/s, longest frame gap ${result.maxFrameGap.toFixed(0)} ms, max timer lag ${result.maxLag.toFixed(0)} ms`);
  } finally {
    await browser.close();
  }
}
