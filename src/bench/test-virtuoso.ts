/**
 * The throw-away Virtuoso of the tests (`test/support/virtuoso.ts`: test tooling, outside the
 * library's sources), loaded on demand for the benchmarks that measure a real store; the one
 * Graph Store PUT the push is compared with, and a timed push, each on a fresh server with the same
 * settings ({@link BENCH_INI}) and timed within the same boundaries — from the quads in memory to
 * the store's last answer, serialisation included on both sides — with the client's and the
 * server's CPU time; {@link comparePushWithOnePut} runs them in alternate rounds. Does not: push
 * by itself (see `src/remote/push.ts`).
 */
import { readFileSync } from 'node:fs';
import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { SparqlEndpoint } from '../remote/endpoint.js';
import { pushDataset, type PushOptions } from '../remote/push.js';

/**
 * virtuoso.ini settings of every benchmark server, reference and push alike: the buffer pool the
 * stock ini suggests for 2 GB of RAM (1.3 GB; its default is 80 MB), so that pushing a corpus of
 * millions of triples is not measured against the disk while the one-PUT reference fits in memory.
 */
export const BENCH_INI = { Parameters: { NumberOfBuffers: 170_000, MaxDirtyBuffers: 130_000 } };

/** What the benchmarks use of the test harness's Virtuoso. */
export interface TestVirtuoso {
  readonly dir: string;
  readonly endpoint: string;
  /** The server's process id while it runs. */
  readonly pid: number | undefined;
  bulkLoad(dir: string, file: string): void;
  stop(): Promise<void>;
}

/** The harness's `Virtuoso` class. */
export async function testVirtuoso(): Promise<{ create(settings?: typeof BENCH_INI): Promise<TestVirtuoso> }> {
  const harness = new URL('../../test/support/virtuoso.ts', import.meta.url).href;
  return ((await import(harness)) as { Virtuoso: { create(settings?: typeof BENCH_INI): Promise<TestVirtuoso> } }).Virtuoso;
}

/**
 * Triples in the one-PUT reference at most: Virtuoso 7 answers one PUT of about a million triples
 * with "SR172: Transaction deadlocked" (its parallel loader deadlocks within the one transaction),
 * so the reference rate of a corpus is measured on its first triples.
 */
export const ONE_PUT_MAX_TRIPLES = 300_000;

/** A timed write into a fresh server: wall time, the client's and the server's CPU time (ms), triples written. */
export interface TimedWrite {
  ms: number;
  cpuMs: number;
  serverCpuMs: number;
  triples: number;
}

/** CPU time (user + system, ms) of this process so far. */
function clientCpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU time (user + system, ms) of a running process, from /proc (clock ticks of 10 ms). */
function processCpu(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Run `write` against a fresh server (with the benchmark settings) and time it. */
async function timedWrite(write: (endpoint: SparqlEndpoint) => Promise<number>): Promise<TimedWrite> {
  const Virtuoso = await testVirtuoso();
  const store = await Virtuoso.create(BENCH_INI);
  try {
    const endpoint = new SparqlEndpoint({ query: store.endpoint, credentials: { user: 'dba', password: 'dba' } });
    // one authenticated request first, so the timed one is not refused once for its Digest challenge
    await endpoint.replaceGraph('urn:newsgraph:bench:warm-up', '<urn:newsgraph:a> <urn:newsgraph:b> <urn:newsgraph:c> .\n');
    const s0 = processCpu(store.pid);
    const c0 = clientCpu();
    const t = performance.now();
    const triples = await write(endpoint);
    return { ms: performance.now() - t, cpuMs: clientCpu() - c0, serverCpuMs: processCpu(store.pid) - s0, triples };
  } finally {
    await store.stop();
  }
}

/**
 * The standard protocol's one-request write on a fresh Virtuoso: the distinct triples of `quads`
 * (graphs dropped; at most {@link ONE_PUT_MAX_TRIPLES}) serialised as the push serialises them (n3's
 * N-Triples writer, duplicates dropped) and sent in one Graph Store PUT. Timed from the quads to the
 * PUT's answer, as the push is; `putMs` is the PUT alone.
 */
export async function onePutCeiling(quads: readonly Quad[], graph: string): Promise<TimedWrite & { putMs: number }> {
  let putMs = 0;
  const run = await timedWrite(async (endpoint) => {
    const nt = new Writer({ format: 'N-Triples' });
    const lines = new Set<string>();
    for (const q of quads) {
      if (lines.size >= ONE_PUT_MAX_TRIPLES) break;
      lines.add(nt.quadToString(q.subject, q.predicate, q.object));
    }
    const body = [...lines].join('');
    const t = performance.now();
    await endpoint.replaceGraph(graph, body);
    putMs = performance.now() - t;
    return lines.size;
  });
  return { ...run, putMs };
}

/**
 * The quads of the first whole named graphs of `quads` (in their order) whose distinct triples
 * fit in one reference PUT ({@link ONE_PUT_MAX_TRIPLES}): the same triples for both sides.
 */
export function firstGraphs(quads: readonly Quad[], max = ONE_PUT_MAX_TRIPLES): Quad[] {
  const nt = new Writer({ format: 'N-Triples' });
  const byGraph = new Map<string, Quad[]>();
  for (const q of quads) {
    const list = byGraph.get(q.graph.value);
    if (list) list.push(q);
    else byGraph.set(q.graph.value, [q]);
  }
  const lines = new Set<string>();
  const out: Quad[] = [];
  for (const graph of byGraph.values()) {
    const own = graph.map((q) => nt.quadToString(q.subject, q.predicate, q.object));
    if (lines.size + new Set(own.filter((l) => !lines.has(l))).size > max) break;
    for (const l of own) lines.add(l);
    out.push(...graph);
  }
  return out;
}

/** `newsgraph push` of `quads` into a fresh server: times (see {@link TimedWrite}), graphs and triples written. */
export async function timedPush(quads: readonly Quad[], options: PushOptions = {}): Promise<TimedWrite & { graphs: number }> {
  let graphs = 0;
  const run = await timedWrite(async (endpoint) => {
    const report = await pushDataset(endpoint, quads, options);
    graphs = report.graphs.length;
    return report.triplesWritten;
  });
  return { ...run, graphs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The push of whole articles (one named graph each) against one Graph Store PUT of their triples:
 * `rounds` alternate runs (PUT, push, PUT, push …, each on a fresh server), so a machine shared with
 * other work loads both alike; prints each run and the medians. Rates in triples/s (the push
 * writes a triple once per graph that holds it, the PUT once).
 */
export async function comparePushWithOnePut(quads: readonly Quad[], rounds: number, log: (line: string) => void = console.log): Promise<{ putRate: number; pushRate: number }> {
  const puts: Array<TimedWrite & { putMs: number }> = [];
  const pushes: Array<TimedWrite & { graphs: number }> = [];
  const cpu = (r: TimedWrite) => `CPU client ${sec(r.cpuMs)} + server ${sec(r.serverCpuMs)}`;
  for (let i = 0; i < rounds; i++) {
    const put = await onePutCeiling(quads, 'urn:newsgraph:bench:one-put');
    puts.push(put);
    log(`  round ${i + 1}: one PUT of ${put.triples} distinct triples: ${sec(put.ms)} (serialising ${sec(put.ms - put.putMs)}, PUT ${sec(put.putMs)}; ${cpu(put)})`);
    const push = await timedPush(quads);
    pushes.push(push);
    log(`  round ${i + 1}: push of ${push.graphs} named graphs, ${push.triples} triples: ${sec(push.ms)} (${cpu(push)})`);
  }
  const putRate = median(puts.map((r) => r.triples / r.ms)) * 1000;
  const putOnlyRate = median(puts.map((r) => r.triples / r.putMs)) * 1000;
  const pushRate = median(pushes.map((r) => r.triples / r.ms)) * 1000;
  const cpuRate = (rs: TimedWrite[]) => median(rs.map((r) => r.triples / (r.cpuMs + r.serverCpuMs))) * 1000;
  log(`median of ${rounds}: one PUT ${putRate.toFixed(0)} triples/s (the PUT alone, serialising not counted: ${putOnlyRate.toFixed(0)}); push ${pushRate.toFixed(0)} triples/s → ${((pushRate / putRate) * 100).toFixed(0)}% of the one-PUT rate (goal ≥ 90%; ${((pushRate / putOnlyRate) * 100).toFixed(0)}% of the PUT alone); per CPU second (client + server): push ${cpuRate(pushes).toFixed(0)}, PUT ${cpuRate(puts).toFixed(0)} triples → ${((cpuRate(pushes) / cpuRate(puts)) * 100).toFixed(0)}%`);
  return { putRate, pushRate };
}
