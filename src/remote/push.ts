/**
 * Pushing a dataset into a SPARQL 1.1 store, one named graph per source document, so that a
 * re-ingested article replaces exactly its own triples.
 *
 * Does: for each graph, compare a content hash with the store's push manifest (graph
 * `urn:newsgraph:push-manifest`) and skip unchanged graphs (a graph whose triple count in the store
 * differs is rewritten even if its hash is recorded); otherwise write it, each graph by one
 * transaction (see {@link pushDataset}), requests retried with exponential backoff; then record
 * the hash (in groups, by data-only Updates). A failed run says
 * which graphs were written; a re-run completes the job, and nothing is ever doubled (graphs are
 * replaced, not appended). Does not: push quads in the default graph unless a target graph is given.
 * (What Virtuoso 7.2.5 makes atomic and what not: README, section on push.)
 */
import { NewsgraphError } from '../errors.js';
import { createHash } from 'node:crypto';
import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { NG } from '../model/vocab.js';
import { EndpointError, type SparqlEndpoint } from './endpoint.js';

/**
 * Graph of the push manifest in the store: graph IRI → content hash. Outside the newsgraph
 * namespace on purpose, so queries scoped to newsgraph graphs never see the bookkeeping.
 */
export const PUSH_MANIFEST_GRAPH = 'urn:newsgraph:push-manifest';
const CONTENT_HASH = NG.contentHash;

/** How to push. */
export interface PushOptions {
  /** Write every graph even if the store already holds the same content. */
  replace?: boolean;
  /** Triples per request (default 20000: fewer logged commits, measured faster than 5000): a Graph Store batch, or the graphs of one N-Quads load. */
  batchSize?: number;
  /** Attempts per request before giving up (default 5), with exponential backoff from 200 ms. */
  attempts?: number;
  /** Requests in flight at once (default 6). */
  parallel?: number;
  /**
   * Load graphs the store lacks several to a request through Virtuoso's N-Quads loader where the
   * store offers it (default: where {@link SparqlEndpoint.quadLoader}; false: always the Graph
   * Store Protocol).
   */
  quadLoader?: boolean;
  /** Put default-graph quads into this graph (else they are refused). */
  defaultGraph?: string;
  onProgress?: (written: number, total: number) => void;
}

/** What a push did. */
export interface PushReport {
  graphs: Array<{ graph: string; triples: number; status: 'written' | 'unchanged' }>;
  triplesWritten: number;
}

/** A push that stopped: what was completed before the failure. */
export class PushError extends NewsgraphError {
  constructor(
    message: string,
    readonly completed: PushReport['graphs'],
  ) {
    super(message, 'failure');
  }
}

function nt(q: Quad, writer: Writer): string {
  return writer.quadToString(q.subject, q.predicate, q.object);
}

async function withRetry<T>(what: string, attempts: number, fn: () => Promise<T>): Promise<T> {
  let delay = 200;
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      const transient = err instanceof EndpointError && (err.status === 0 || err.status >= 500);
      if (!transient || i >= attempts) throw err;
      await new Promise((r) => setTimeout(r, delay));
      delay *= 2;
    }
  }
}

/** An Update that changes nothing (deletes a triple no graph has) but needs write access: the credentials check. */
const ACCESS_CHECK = `DELETE DATA { GRAPH <${PUSH_MANIFEST_GRAPH}> { <urn:newsgraph:access-check> <urn:newsgraph:access-check> <urn:newsgraph:access-check> } }`;

/** Graphs whose hashes are recorded in one Update (INSERT DATA / DELETE DATA of known triples: no pattern to compile). */
const MANIFEST_GROUP = 200;
/** Requests in flight by default: the store works on one graph while the next is sent and the client serialises a third. */
const PARALLEL = 6;
/** Graphs serialised, hashed and compared with the store at a time; the next while this one's requests run. */
const WINDOW = 100;

/** A graph's manifest entry: its new hash and the hashes the manifest held for it before. */
interface ManifestEntry {
  graph: string;
  hash: string;
  old: readonly string[];
}

/** The Update that records graphs' content hashes in the manifest, replacing what it held for them. */
function manifestUpdate(entries: readonly ManifestEntry[]): string {
  const triple = (graph: string, hash: string) => `<${graph}> <${CONTENT_HASH}> "${hash}" .`;
  const stale = entries.flatMap((e) => e.old.map((h) => triple(e.graph, h)));
  const insert = `INSERT DATA { GRAPH <${PUSH_MANIFEST_GRAPH}> { ${entries.map((e) => triple(e.graph, e.hash)).join(' ')} } }`;
  return stale.length ? `DELETE DATA { GRAPH <${PUSH_MANIFEST_GRAPH}> { ${stale.join(' ')} } } ;\n${insert}` : insert;
}

/** Triples each of these graphs holds in the store (graphs it does not have are absent). */
async function storedCounts(endpoint: SparqlEndpoint, graphs: readonly string[], attempts: number): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (let i = 0; i < graphs.length; i += 200) {
    const values = graphs.slice(i, i + 200).map((g) => `<${g}>`).join(' ');
    const res = await withRetry('count graphs', attempts, () => endpoint.select(`SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { ${values} } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g`));
    for (const b of res.results.bindings) counts.set(b.g!.value as string, Number(b.n!.value));
  }
  return counts;
}

/** The dataset's quads by target graph (input order); quads in the default graph go to `defaultGraph`. */
function byGraph(quads: readonly Quad[], defaultGraph: string | undefined): Map<string, Quad[]> {
  const groups = new Map<string, Quad[]>();
  for (const q of quads) {
    const g = q.graph.termType === 'DefaultGraph' ? defaultGraph : q.graph.termType === 'NamedNode' ? q.graph.value : undefined;
    if (!g) throw new RangeError(q.graph.termType === 'BlankNode' ? 'a blank-node graph name cannot be addressed in a store; name the graph' : 'the dataset has triples in the default graph; give --graph IRI to push them into a named graph');
    const list = groups.get(g);
    if (list) list.push(q);
    else groups.set(g, [q]);
  }
  return groups;
}

/** One graph's distinct triples as sorted N-Triples (`triples` lines, `bytes` in UTF-8), and their hash. */
function serialiseGraph(graph: string, quads: readonly Quad[], writer: Writer): { graph: string; text: string; triples: number; bytes: number; hash: string; quads: number } {
  const lines = [...new Set(quads.map((q) => nt(q, writer)))].sort();
  const text = lines.join('');
  return { graph, text, triples: lines.length, bytes: Buffer.byteLength(text), hash: createHash('sha256').update(text).digest('hex'), quads: quads.length };
}

/** A request that failed for one known graph of several it carried. */
class GraphFailure extends Error {
  constructor(
    readonly graph: string,
    readonly error: unknown,
  ) {
    super((error as Error).message);
  }
}

type Serialised = ReturnType<typeof serialiseGraph>;

/** The staging graph a graph's new content is loaded into before it is `MOVE`d over the graph. */
function stagingGraph(graph: string): string {
  return `urn:newsgraph:staging:${createHash('sha256').update(graph).digest('hex').slice(0, 24)}`;
}

/** A graph IRI as N-Quads writes it, with \\u escapes (`terms.ts`'s `iriRef` refuses such IRIs). */
function nquadsGraphLabel(iri: string): string {
  return `<${iri.replace(/[\x00-\x20<>"{}|^`\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}>`;
}

/** Request bodies written into buffers reused for the whole push, one per request in flight. */
class Bodies {
  private readonly free: Buffer[] = [];
  private scratch = Buffer.alloc(0);

  /** `use` a buffer of at least `size` bytes; it is reused once `use` settles. */
  async with(size: number, use: (buf: Buffer) => Promise<void>): Promise<void> {
    let buf = this.free.pop();
    if (!buf || buf.length < size) buf = Buffer.allocUnsafe(Math.max(size + (size >> 2), 1 << 16));
    try {
      await use(buf);
    } finally {
      this.free.push(buf);
    }
  }

  /** N-Triples text as a body. */
  text(text: string, use: (body: Buffer) => Promise<void>): Promise<void> {
    return this.with(Buffer.byteLength(text), (buf) => use(buf.subarray(0, buf.write(text))));
  }

  /**
   * Graphs' N-Triples as N-Quads in those graphs (or in the graphs `into` names for them). A
   * blank node label shared by two graphs of one request stays one node, as in the dataset (a
   * Graph Store request per graph would split it).
   */
  nquads(graphs: readonly Serialised[], into: (graph: string) => string, use: (body: Buffer) => Promise<void>): Promise<void> {
    // each line's " .\n" (its only line break: a literal's is escaped) becomes " <graph> .\n"
    const labels = graphs.map((g) => Buffer.from(`${nquadsGraphLabel(into(g.graph))} .\n`));
    const size = graphs.reduce((n, g, i) => n + g.bytes + g.triples * (labels[i]!.length - 2), 0);
    return this.with(size, (buf) => {
      let at = 0;
      graphs.forEach((g, i) => {
        if (this.scratch.length < g.bytes) this.scratch = Buffer.allocUnsafe(g.bytes * 2);
        const end = this.scratch.write(g.text);
        for (let from = 0; from < end; ) {
          const nl = this.scratch.indexOf(10, from);
          at += this.scratch.copy(buf, at, from, nl - 1);
          at += labels[i]!.copy(buf, at);
          from = nl + 1;
        }
      });
      return use(buf.subarray(0, at));
    });
  }
}

/** Does the store let this user call its N-Quads loader? Asked with a body that loads nothing. */
async function quadLoaderWorks(endpoint: SparqlEndpoint): Promise<boolean> {
  try {
    await endpoint.loadQuads('# newsgraph: may this user call the N-Quads loader?\n');
    return true;
  } catch {
    return false;
  }
}

/**
 * Requests in flight, at most `limit` at a time; the first failure stops new work and is thrown
 * (with the graph it concerned) once the requests already sent have settled.
 */
class RequestPool {
  private readonly running = new Set<Promise<void>>();
  failure: { graph: string; err: unknown } | undefined;

  constructor(private readonly limit: number) {}

  /** Start `task` once a slot is free; returns false (and starts nothing) after a failure. */
  async add(graph: string, task: () => Promise<void>): Promise<boolean> {
    while (this.running.size >= this.limit && !this.failure) await Promise.race(this.running);
    if (this.failure) return false;
    const p: Promise<void> = task()
      .catch((err: unknown) => {
        this.failure ??= err instanceof GraphFailure ? { graph: err.graph, err: err.error } : { graph, err };
      })
      .finally(() => this.running.delete(p));
    this.running.add(p);
    return true;
  }

  /** Wait for everything in flight. */
  async drain(): Promise<void> {
    while (this.running.size) await Promise.race(this.running);
  }
}

/**
 * Push quads grouped by named graph, each graph written whole by one transaction: Virtuoso's
 * N-Quads loader (several graphs a request; a held graph via its staging graph and `MOVE`), else a
 * Graph Store POST into an absent graph, one Update (`DROP` + `INSERT DATA`) over a held one; a graph
 * over `batchSize` is filled into a staging graph and `MOVE`d. Several requests in flight; graphs
 * serialised a window at a time. (A Virtuoso without its loader gets PUTs, committed as they load.)
 */
export async function pushDataset(endpoint: SparqlEndpoint, quads: readonly Quad[], options: PushOptions = {}): Promise<PushReport> {
  const batchSize = options.batchSize ?? 20_000;
  const attempts = options.attempts ?? 5;
  const parallel = options.parallel ?? PARALLEL;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer, got ${batchSize}`);
  if (!Number.isInteger(parallel) || parallel < 1) throw new RangeError(`parallel requests must be a positive integer, got ${parallel}`);
  const writer = new Writer({ format: 'N-Triples' });
  const groups = byGraph(quads, options.defaultGraph);
  const total = quads.length;
  const report: PushReport = { graphs: [], triplesWritten: 0 };
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };
  // the credentials first: a store that is up to date must still refuse a wrong password
  try {
    await withRetry('check write access', attempts, () => endpoint.runUpdate(ACCESS_CHECK));
  } catch (err) {
    throw new PushError(`cannot write to the store: ${(err as Error).message}. Nothing was written.`, []);
  }
  // what the manifest holds: to skip unchanged graphs, and to delete the hashes a write replaces
  const recorded = new Map<string, string[]>();
  const res = await withRetry('read the push manifest', attempts, () => endpoint.select(`SELECT ?g ?h WHERE { GRAPH <${PUSH_MANIFEST_GRAPH}> { ?g <${CONTENT_HASH}> ?h } }`));
  for (const b of res.results.bindings) recorded.set(b.g!.value as string, [...(recorded.get(b.g!.value as string) ?? []), b.h!.value as string]);

  const stopped = (graph: string, err: unknown) => {
    const written = report.graphs.filter((g) => g.status === 'written').map((g) => `<${g.graph}>`);
    const shown = written.length > 5 ? `${written.slice(0, 5).join(', ')} and ${written.length - 5} more` : written.join(', ');
    // a refused login or permission is not completed by running again; a lost connection is
    const refused = err instanceof EndpointError && (err.status === 401 || err.status === 403);
    const advice = refused ? 'Fix the credentials or permissions, then run the push again.' : 'Graphs are replaced whole, so running the push again completes it.';
    return new PushError(`push stopped at or after <${graph}>: ${(err as Error).message}. ${written.length ? `Written before: ${shown}.` : 'No graph was written.'} ${advice}`, report.graphs);
  };

  // small graphs: one PUT each, `parallel` in flight; their hashes recorded in groups once written
  const pool = new RequestPool(parallel);
  const bodies = new Bodies();
  let unrecorded: ManifestEntry[] = [];
  const record = (force: boolean) => {
    if (unrecorded.length === 0 || (!force && unrecorded.length < MANIFEST_GROUP)) return Promise.resolve(true);
    const group = unrecorded;
    unrecorded = [];
    return pool.add(group[0]!.graph, () => withRetry('record', attempts, () => endpoint.runUpdate(manifestUpdate(group))));
  };
  const fail = async () => {
    await pool.drain();
    const { graph, err } = pool.failure!;
    throw stopped(graph, err);
  };
  const written = (g: Serialised, old: readonly string[]) => {
    report.graphs.push({ graph: g.graph, triples: g.triples, status: 'written' });
    report.triplesWritten += g.triples;
    unrecorded.push({ graph: g.graph, hash: g.hash, old });
    progress(g.quads);
  };

  // graphs several to a request through the store's N-Quads loader (where it has one): those the
  // store lacks straight into their graphs, those it holds into staging graphs then moved over theirs
  const loader = options.quadLoader !== false && endpoint.quadLoader && (await quadLoaderWorks(endpoint));
  type Pending = { g: Serialised; old: readonly string[] };
  const send = async (part: readonly Pending[], staged: boolean): Promise<void> => {
    const graphs = part.map((e) => e.g);
    const what = part.length === 1 ? `<${graphs[0]!.graph}>` : `${part.length} graphs`;
    const load = (into: (g: string) => string) => bodies.nquads(graphs, into, (body) => withRetry(`load ${what}`, attempts, () => endpoint.loadQuads(body)));
    if (!staged) return load((g) => g);
    const each = (op: (g: string) => string) => graphs.map((g) => op(g.graph)).join(' ;\n');
    await withRetry(`clear the staging graphs of ${what}`, attempts, () => endpoint.runUpdate(each((g) => `DROP SILENT GRAPH <${stagingGraph(g)}>`)));
    await load(stagingGraph);
    await withRetry(`replace ${what}`, attempts, () => endpoint.runUpdate(each((g) => `MOVE SILENT GRAPH <${stagingGraph(g)}> TO GRAPH <${g}>`)));
  };
  const pending = { fresh: { list: [] as Pending[], triples: 0 }, held: { list: [] as Pending[], triples: 0 } };
  const flush = (kind: keyof typeof pending): Promise<boolean> => {
    const batch = pending[kind];
    if (batch.list.length === 0) return Promise.resolve(true);
    const load = batch.list;
    pending[kind] = { list: [], triples: 0 };
    return pool.add(load[0]!.g.graph, async () => {
      try {
        await send(load, kind === 'held');
      } catch (err) {
        if (load.length === 1) throw err;
        // the request was rolled back whole: again graph by graph, so the others land and the error names its graph
        for (const e of load) {
          try {
            await send([e], kind === 'held');
          } catch (one) {
            throw new GraphFailure(e.g.graph, one);
          }
          written(e.g, e.old);
        }
        return;
      }
      for (const e of load) written(e.g, e.old);
    });
  };
  const flushAll = async () => (await flush('fresh')) && (await flush('held'));

  /** A window of graphs serialised, with the triples the store holds in each (after a turn of the event loop, so requests already sent go on meanwhile). */
  const prepare = async (part: readonly string[]) => {
    await new Promise((r) => setImmediate(r));
    const window = part.map((name) => serialiseGraph(name, groups.get(name)!, writer));
    // A recorded hash is trusted only if the graph still holds as many triples: a store that
    // crashed may have acknowledged writes it then lost (Virtuoso after kill -9 does).
    // The counts also say which graphs the store does not hold at all: those are created by a
    // POST into the empty graph, which costs the store less than a replace.
    return { window, held: await storedCounts(endpoint, window.map((g) => g.graph), attempts) };
  };

  const names = [...groups.keys()].sort();
  let next = prepare(names.slice(0, WINDOW));
  for (let w = 0; w < names.length; w += WINDOW) {
    const { window, held } = await next;
    if (w + WINDOW < names.length) {
      next = prepare(names.slice(w + WINDOW, w + 2 * WINDOW));
      next.catch(() => undefined); // awaited (and thrown) at the next window, unless the push stops first
    }
    for (const g of window) {
      const old = recorded.get(g.graph) ?? [];
      if (!options.replace && old.includes(g.hash) && held.get(g.graph) === g.triples) {
        report.graphs.push({ graph: g.graph, triples: g.triples, status: 'unchanged' });
        progress(g.quads);
        continue;
      }
      if (loader && g.triples <= batchSize) {
        const kind = held.has(g.graph) ? 'held' : 'fresh';
        if (pending[kind].triples + g.triples > batchSize && !(await flush(kind))) await fail();
        pending[kind].list.push({ g, old });
        pending[kind].triples += g.triples;
        if (!(await record(false))) await fail();
        continue;
      }
      if (g.triples <= batchSize) {
        const started = await pool.add(g.graph, async () => {
          const what = `replace <${g.graph}>`;
          if (held.has(g.graph) && !endpoint.virtuoso) await withRetry(what, attempts, () => endpoint.replaceGraphByUpdate(g.graph, g.text));
          else await bodies.text(g.text, (body) => withRetry(what, attempts, () => (held.has(g.graph) ? endpoint.replaceGraph(g.graph, body) : endpoint.appendToGraph(g.graph, body))));
          written(g, old);
        });
        if (!started || !(await record(false))) await fail();
        continue;
      }
      // a large graph: Graph Store Protocol batches into its staging graph, then MOVE
      if (!(await flushAll())) await fail();
      await pool.drain();
      if (pool.failure || !(await record(true))) await fail();
      await pool.drain();
      if (pool.failure) await fail();
      const staging = stagingGraph(g.graph);
      try {
        await withRetry(`clear <${staging}>`, attempts, () => endpoint.runUpdate(`DROP SILENT GRAPH <${staging}>`));
        for (let i = 0, from = 0; i < g.triples; i += batchSize) {
          let to = from;
          for (let n = 0; n < batchSize && to < g.text.length; n++) to = g.text.indexOf('\n', to) + 1;
          await bodies.text(g.text.slice(from, to), (batch) => withRetry(`load <${g.graph}>`, attempts, () => endpoint.appendToGraph(staging, batch)));
          from = to;
          progress(Math.min(batchSize, g.triples - i));
        }
        progress(g.quads - g.triples); // duplicates of a triple in the input: counted as sent
        await withRetry(`replace <${g.graph}>`, attempts, () => endpoint.runUpdate(`MOVE SILENT GRAPH <${staging}> TO GRAPH <${g.graph}> ;\n${manifestUpdate([{ graph: g.graph, hash: g.hash, old }])}`));
      } catch (err) {
        throw stopped(g.graph, err);
      }
      report.graphs.push({ graph: g.graph, triples: g.triples, status: 'written' });
      report.triplesWritten += g.triples;
    }
  }
  if (!(await flushAll())) await fail();
  await pool.drain();
  if (pool.failure || !(await record(true))) await fail();
  await pool.drain();
  if (pool.failure) await fail();
  return report;
}
