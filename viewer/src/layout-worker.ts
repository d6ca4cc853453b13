/**
 * ForceAtlas2 in a web worker on the display graph itself: the supervisor of
 * graphology-layout-forceatlas2/worker copies the graph and turns it into its matrices in one
 * go (seconds of a frozen page at 100,000 nodes); here the matrices are made from the graph a
 * slice at a time, the page answering input between slices, and the worker's positions are kept
 * as they come, for the caller to copy to the graph when it draws. The worker itself, its
 * iteration and its matrix layout are the package's (one iteration per message).
 * Does not: draw, or decide when positions are copied (layout-control.ts).
 */
import workerFunction from 'graphology-layout-forceatlas2/webworker.js';
import { createWorker } from 'graphology-layout-forceatlas2/helpers.js';
import DEFAULT_SETTINGS from 'graphology-layout-forceatlas2/defaults.js';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { DisplayGraph, NodeDisplay } from './display-graph.js';
import { nextTask } from './next-task.js';

/** Numbers per node and per edge in the package's matrices (x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed; source, target, weight). */
const PPN = 10;
const PPE = 3;
/** Nodes and edges put into the matrices between two yields to the page. */
const SLICE = 50_000;

/** ForceAtlas2 running in a worker on a graph whose nodes and edges do not change meanwhile. */
export class LayoutWorker {
  /** Iterations done since the worker was made. */
  iterations = 0;
  private running = false;
  private killed = false;
  private worker: Worker | undefined;
  /** An iteration is being computed in the worker. */
  private inFlight = false;
  private built: Promise<void> | undefined;
  /** The node matrix of the last iteration (what the worker gets is always a copy), and the edge matrix until the worker has it. */
  private nodes = new Float32Array(0);
  private edges: Float32Array | undefined;
  /** The node attributes in matrix order (positions are written back through them). */
  private attributes: NodeDisplay[] = [];
  /** Positions arrived since the last {@link copyPositions}. */
  private fresh = false;
  private readonly settings: Required<ForceAtlas2Settings>;

  constructor(
    private readonly graph: DisplayGraph,
    settings: ForceAtlas2Settings,
  ) {
    this.settings = { ...(DEFAULT_SETTINGS as Required<ForceAtlas2Settings>), ...settings };
  }

  isRunning(): boolean {
    return this.running;
  }

  /** Start (or go on); the matrices are made on the first start, a slice at a time. */
  start(): void {
    if (this.killed || this.running) return;
    this.running = true;
    void this.run();
  }

  stop(): void {
    this.running = false;
  }

  kill(): void {
    this.running = false;
    this.killed = true;
    this.worker?.terminate();
    this.worker = undefined;
  }

  /**
   * Copy the newest positions from the worker to the graph's node attributes (in place, no
   * events: the caller refreshes what is drawn); false when none came since the last copy.
   */
  copyPositions(): boolean {
    if (!this.fresh) return false;
    this.fresh = false;
    const m = this.nodes;
    for (let i = 0, j = 0; i < this.attributes.length; i++, j += PPN) {
      const a = this.attributes[i]!;
      a.x = m[j]!;
      a.y = m[j + 1]!;
    }
    return true;
  }

  private async run(): Promise<void> {
    await (this.built ??= this.buildMatrices());
    if (!this.running || this.killed || this.inFlight) return;
    // go on from where the nodes are drawn now
    for (let i = 0, j = 0; i < this.attributes.length; i++, j += PPN) {
      this.nodes[j] = this.attributes[i]!.x;
      this.nodes[j + 1] = this.attributes[i]!.y;
    }
    if (!this.worker) {
      this.worker = createWorker(workerFunction);
      this.worker.addEventListener('message', (e: MessageEvent<{ nodes: ArrayBuffer }>) => this.received(new Float32Array(e.data.nodes)));
    }
    this.iterate();
  }

  /** Ask the worker for one iteration on a copy of the node matrix (and, the first time, the edges). */
  private iterate(): void {
    const nodes = this.nodes.slice();
    const edges = this.edges;
    this.edges = undefined; // the worker keeps them
    this.inFlight = true;
    this.worker!.postMessage({ settings: this.settings, nodes: nodes.buffer, ...(edges ? { edges: edges.buffer } : {}) }, edges ? [nodes.buffer, edges.buffer] : [nodes.buffer]);
  }

  private received(nodes: Float32Array<ArrayBuffer>): void {
    this.inFlight = false;
    if (this.killed) return;
    this.iterations++;
    this.nodes = nodes;
    this.fresh = true;
    if (this.running) this.iterate();
  }

  /** The package's matrices for the graph, a slice at a time. */
  private async buildMatrices(): Promise<void> {
    const g = this.graph;
    const nodes = new Float32Array(g.order * PPN);
    const edges = new Float32Array(g.size * PPE);
    const offset = new Map<string, number>();
    let i = 0;
    for (const { node, attributes } of g.nodeEntries()) {
      const j = i * PPN;
      offset.set(node, j);
      this.attributes.push(attributes);
      nodes[j] = attributes.x;
      nodes[j + 1] = attributes.y;
      nodes[j + 6] = 1; // mass: 1 + degree (below)
      nodes[j + 7] = 1; // convergence
      nodes[j + 8] = attributes.size || 1;
      if (++i % SLICE === 0) await nextTask();
    }
    i = 0;
    for (const { source, target } of g.edgeEntries()) {
      const s = offset.get(source)!;
      const t = offset.get(target)!;
      nodes[s + 6]!++;
      nodes[t + 6]!++;
      const j = i * PPE;
      edges[j] = s;
      edges[j + 1] = t;
      edges[j + 2] = 1;
      if (++i % SLICE === 0) await nextTask();
    }
    this.nodes = nodes;
    this.edges = edges;
  }
}
