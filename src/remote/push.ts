/**
 * Pushing a dataset into a SPARQL 1.1 store, one named graph per source document, so that a
 * re-ingested article replaces exactly its own triples.
 *
 * Does: for each graph, compare a content hash with the store's push manifest (graph
 * `urn:newsgraph:push-manifest`) and skip unchanged graphs (a graph whose triple count in the store
 * differs is rewritten even if its hash is recorded); otherwise replace it — a graph that fits in one
 * request with a single Graph Store Protocol PUT (several in flight), a larger one in GSP batches
 * into a staging graph that is then `MOVE`d over the target — so a target is never half-written;
 * requests are retried with exponential backoff; then record the hash. A failed run says which graphs were written; a re-run completes the job, and nothing is
 * ever doubled (graphs are replaced, not appended). Does not: push quads in the default graph
 * unless a target graph is given.
 */
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
  /** Triples per request (default 5000). */
  batchSize?: number;
  /** Attempts per request before giving up (default 5), with exponential backoff from 200 ms. */
  attempts?: number;
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
export class PushError extends Error {
  constructor(
    message: string,
    readonly completed: PushReport['graphs'],
  ) {
    super(message);
    this.name = 'PushError';
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

/** Graphs whose hashes are recorded in one Update (kept small: Virtuoso caps the SQL an update compiles to). */
const MANIFEST_GROUP = 50;
/** Requests in flight for small graphs. */
const PARALLEL = 4;

/** The Update that records graphs' content hashes in the manifest. */
function manifestUpdate(graphs: Array<{ graph: string; hash: string }>): string {
  const values = graphs.map((g) => `<${g.graph}>`).join(' ');
  return `DELETE { GRAPH <${PUSH_MANIFEST_GRAPH}> { ?g <${CONTENT_HASH}> ?h } } WHERE { GRAPH <${PUSH_MANIFEST_GRAPH}> { ?g <${CONTENT_HASH}> ?h } VALUES ?g { ${values} } } ;
INSERT DATA { GRAPH <${PUSH_MANIFEST_GRAPH}> { ${graphs.map((g) => `<${g.graph}> <${CONTENT_HASH}> "${g.hash}" .`).join(' ')} } }`;
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

/** Push quads grouped by named graph. */
export async function pushDataset(endpoint: SparqlEndpoint, quads: readonly Quad[], options: PushOptions = {}): Promise<PushReport> {
  const batchSize = options.batchSize ?? 5000;
  const attempts = options.attempts ?? 5;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer, got ${batchSize}`);
  const writer = new Writer({ format: 'N-Triples' });
  const byGraph = new Map<string, Set<string>>();
  for (const q of quads) {
    const g = q.graph.termType === 'DefaultGraph' ? options.defaultGraph : q.graph.termType === 'NamedNode' ? q.graph.value : undefined;
    if (!g) throw new RangeError(q.graph.termType === 'BlankNode' ? 'a blank-node graph name cannot be addressed in a store; name the graph' : 'the dataset has triples in the default graph; give --graph IRI to push them into a named graph');
    let set = byGraph.get(g);
    if (!set) byGraph.set(g, (set = new Set()));
    set.add(nt(q, writer));
  }
  const total = [...byGraph.values()].reduce((n, s) => n + s.size, 0);
  const report: PushReport = { graphs: [], triplesWritten: 0 };
  let done = 0;
  const hashes = new Map<string, string>();
  // the credentials first: a store that is up to date must still refuse a wrong password
  try {
    await withRetry('check write access', attempts, () => endpoint.runUpdate(ACCESS_CHECK));
  } catch (err) {
    throw new PushError(`cannot write to the store: ${(err as Error).message}. Nothing was written.`, []);
  }
  if (!options.replace) {
    const res = await withRetry('read the push manifest', attempts, () => endpoint.select(`SELECT ?g ?h WHERE { GRAPH <${PUSH_MANIFEST_GRAPH}> { ?g <${CONTENT_HASH}> ?h } }`));
    for (const b of res.results.bindings) hashes.set(b.g!.value as string, b.h!.value as string);
  }
  // small graphs: one PUT each (an atomic replace), a few in flight, hashes recorded in groups
  const pending: Array<{ graph: string; hash: string; lines: string[] }> = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const group = pending.splice(0);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < group.length; i = next++) {
        const g = group[i]!;
        await withRetry(`replace <${g.graph}>`, attempts, () => endpoint.replaceGraph(g.graph, g.lines.join('')));
        done += g.lines.length;
        options.onProgress?.(done, total);
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(PARALLEL, group.length) }, worker));
      await withRetry('record', attempts, () => endpoint.runUpdate(manifestUpdate(group)));
    } catch (err) {
      throw stopped(group[0]!.graph, err);
    }
    for (const g of group) {
      report.graphs.push({ graph: g.graph, triples: g.lines.length, status: 'written' });
      report.triplesWritten += g.lines.length;
    }
  };
  const stopped = (graph: string, err: unknown) => {
    const written = report.graphs.filter((g) => g.status === 'written').map((g) => `<${g.graph}>`);
    const shown = written.length > 5 ? `${written.slice(0, 5).join(', ')} and ${written.length - 5} more` : written.join(', ');
    // a refused login or permission is not completed by running again; a lost connection is
    const refused = err instanceof EndpointError && (err.status === 401 || err.status === 403);
    const advice = refused ? 'Fix the credentials or permissions, then run the push again.' : 'Graphs are replaced whole, so running the push again completes it.';
    return new PushError(`push stopped at or after <${graph}>: ${(err as Error).message}. ${written.length ? `Written before: ${shown}.` : 'No graph was written.'} ${advice}`, report.graphs);
  };

  const graphs = [...byGraph].sort(([a], [b]) => (a < b ? -1 : 1)).map(([graph, lines]) => {
    const sorted = [...lines].sort();
    return { graph, sorted, hash: createHash('sha256').update(sorted.join('')).digest('hex') };
  });
  // A recorded hash is trusted only if the graph still holds as many triples: a store that
  // crashed may have acknowledged writes it then lost (Virtuoso after kill -9 does).
  const held = await storedCounts(
    endpoint,
    graphs.filter((g) => hashes.get(g.graph) === g.hash).map((g) => g.graph),
    attempts,
  );
  for (const { graph, sorted, hash } of graphs) {
    if (!options.replace && hashes.get(graph) === hash && held.get(graph) === sorted.length) {
      report.graphs.push({ graph, triples: sorted.length, status: 'unchanged' });
      done += sorted.length;
      options.onProgress?.(done, total);
      continue;
    }
    const staging = `urn:newsgraph:staging:${createHash('sha256').update(graph).digest('hex').slice(0, 24)}`;
    if (sorted.length <= batchSize) {
      if (pending.length >= MANIFEST_GROUP) await flush();
      pending.push({ graph, hash, lines: sorted });
      continue;
    }
    // a large graph: Graph Store Protocol batches into its staging graph, then MOVE
    await flush();
    try {
      await withRetry(`clear <${staging}>`, attempts, () => endpoint.runUpdate(`DROP SILENT GRAPH <${staging}>`));
      for (let i = 0; i < sorted.length; i += batchSize) {
        const batch = sorted.slice(i, i + batchSize).join('');
        await withRetry(`load <${graph}>`, attempts, () => endpoint.appendToGraph(staging, batch));
        done += Math.min(batchSize, sorted.length - i);
        options.onProgress?.(done, total);
      }
      await withRetry(`replace <${graph}>`, attempts, () => endpoint.runUpdate(`MOVE SILENT GRAPH <${staging}> TO GRAPH <${graph}> ;\n${manifestUpdate([{ graph, hash }])}`));
    } catch (err) {
      throw stopped(graph, err);
    }
    report.graphs.push({ graph, triples: sorted.length, status: 'written' });
    report.triplesWritten += sorted.length;
  }
  await flush();
  return report;
}
