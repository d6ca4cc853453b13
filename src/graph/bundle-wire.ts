/**
 * The viewer bundle on the wire (`bundle.json`): a packed form of {@link ViewerBundle} that is
 * about a fifth of the size and quick to read, because fetching and decoding the bytes is what a
 * large graph waits for first in the browser.
 *
 * Does: pack (version 3: nodes with empty lists left out; the edges as an edge table — source,
 * target, predicate and kind of every edge as little-endian integer columns in base64, read
 * without parsing JSON — and, for the edges that carry more (evidence, sources, a date, a key that
 * is not `source predicate target`), a list of those extras by edge index, written last) and
 * unpack (version 3, version 2 — edges as `[source, target, predicate, kind, extras?]` — or a
 * version 1 bundle passed through unchanged). Browser-safe. Does not: decide what is in a bundle
 * (see bundle.ts).
 */
import type { BundleEdge, BundleNode, ViewerBundle } from './bundle.js';

const KINDS = ['fact', 'background', 'statement'] as const;
const NODE_LISTS = ['labels', 'aliases', 'classes', 'dates', 'literals', 'sources'] as const;

/** What an edge carries beyond its endpoints, predicate and kind; only what is not the default. */
export interface EdgeExtras {
  /** Present when not `source predicate target`. */
  key?: string;
  date?: BundleEdge['date'];
  evidence?: BundleEdge['evidence'];
  sources?: string[];
}

/** An edge on the wire in a version 2 bundle: node and predicate indices, kind index, and what is not the default. */
export type PackedEdge = [source: number, target: number, predicate: number, kind: 0 | 1 | 2, extras?: EdgeExtras];
/** A node on the wire: empty lists left out. */
export type PackedNode = Omit<BundleNode, (typeof NODE_LISTS)[number]> & Partial<Pick<BundleNode, (typeof NODE_LISTS)[number]>>;

/**
 * The edge table: `count` edges, each column the little-endian bytes of its integers in base64 —
 * node indices (`source`, `target`: 32 bits), index into `predicates` (32 bits), kind (8 bits: 0
 * fact, 1 background, 2 statement).
 */
export interface EdgeTable {
  count: number;
  source: string;
  target: string;
  predicate: string;
  kind: string;
}

/** The extras of one edge, by its index in the edge table. */
export type IndexedExtras = [edge: number, extras: EdgeExtras];

/** `bundle.json` as written by `newsgraph build` (fields in this order: the edge extras last, so a reader can take them a slice at a time). */
export interface PackedBundle {
  version: 3;
  prefixes: ViewerBundle['prefixes'];
  terms: ViewerBundle['terms'];
  documents: ViewerBundle['documents'];
  nodes: PackedNode[];
  /** Predicate IRIs, indexed by the edge table. */
  predicates: string[];
  edgeTable: EdgeTable;
  /** Sorted by edge index; edges without extras are not listed. */
  edgeExtras: IndexedExtras[];
}

/** `bundle.json` as written before the edge table (still read). */
export interface PackedBundleV2 {
  version: 2;
  prefixes: ViewerBundle['prefixes'];
  terms: ViewerBundle['terms'];
  documents: ViewerBundle['documents'];
  nodes: PackedNode[];
  predicates: string[];
  edges: PackedEdge[];
}

/** Pack a bundle for writing. Edges whose ends are not nodes of the bundle are dropped. */
export function packBundle(b: ViewerBundle): PackedBundle {
  const index = new Map<string, number>();
  const nodes = b.nodes.map((n, i) => {
    index.set(n.key, i);
    const out: PackedNode = { ...n };
    for (const k of NODE_LISTS) if (out[k]?.length === 0) delete out[k];
    return out;
  });
  const predicates: string[] = [];
  const predicateIndex = new Map<string, number>();
  const [source, target, predicate] = [0, 1, 2].map(() => new Uint32Array(b.edges.length));
  const kind = new Uint8Array(b.edges.length);
  const edgeExtras: IndexedExtras[] = [];
  let count = 0;
  for (const e of b.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    let p = predicateIndex.get(e.predicate);
    if (p === undefined) predicateIndex.set(e.predicate, (p = predicates.push(e.predicate) - 1));
    const extras: EdgeExtras = {};
    if (e.key !== `${e.source} ${e.predicate} ${e.target}`) extras.key = e.key;
    if (e.date) extras.date = e.date;
    if (e.evidence.length) extras.evidence = e.evidence;
    if (e.sources.length) extras.sources = e.sources;
    if (Object.keys(extras).length) edgeExtras.push([count, extras]);
    [source![count], target![count], predicate![count], kind[count]] = [s, t, p, KINDS.indexOf(e.kind)];
    count++;
  }
  const edgeTable: EdgeTable = { count, source: toBase64(source!, count), target: toBase64(target!, count), predicate: toBase64(predicate!, count), kind: toBase64(kind, count) };
  return { version: 3, prefixes: b.prefixes, terms: b.terms, documents: b.documents, nodes, predicates, edgeTable, edgeExtras };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The first `count` integers of a column as little-endian bytes in base64. */
function toBase64(column: Uint32Array | Uint8Array, count: number): string {
  const values = column.subarray(0, count);
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength).slice();
  if (!LITTLE_ENDIAN && values.BYTES_PER_ELEMENT === 4) bytes.set(swapWords(bytes));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Base64 characters decoded between the yields of {@link decodingEdgeTable} (a multiple of 4: pieces decode on their own). */
const BASE64_PER_YIELD = 1 << 18;

/**
 * A column of the edge table: `count` integers of `width` bytes (4 or 1), decoded a piece at a
 * time, yielding between pieces.
 */
function* decodingColumn(base64: string, count: number, width: 4 | 1, what: string): Generator<void, Uint32Array | Uint8Array> {
  // (whole groups of four characters decode on their own; the padding is in the last piece)
  const pieces: Uint8Array[] = [];
  let length = 0;
  for (let at = 0; at < base64.length || pieces.length === 0; at += BASE64_PER_YIELD) {
    if (pieces.length > 0) yield;
    const piece = decodeBase64(base64.slice(at, at + BASE64_PER_YIELD), what);
    pieces.push(piece);
    length += piece.length;
  }
  if (length !== count * width) throw new Error(`${what}: ${length} bytes for ${count} values of ${width} byte(s)`);
  let bytes = pieces.length === 1 ? pieces[0]! : new Uint8Array(length);
  if (pieces.length > 1) for (let i = 0, at = 0; i < pieces.length; at += pieces[i]!.length, i++) bytes.set(pieces[i]!, at);
  if (width === 1) return bytes;
  if (!LITTLE_ENDIAN) bytes = swapWords(bytes);
  return new Uint32Array(bytes.buffer, bytes.byteOffset, count);
}

/** The bytes of a base64 text (the platform's decoder where there is one). */
function decodeBase64(base64: string, what: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  try {
    return native ? native(base64) : Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    throw new Error(`${what}: not base64`);
  }
}

function swapWords(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 4) for (let j = 0; j < 4; j++) out[i + j] = bytes[i + 3 - j]!;
  return out;
}

/** The edge table's columns, decoded and checked against the node and predicate counts. */
export interface EdgeColumns {
  count: number;
  source: Uint32Array;
  target: Uint32Array;
  predicate: Uint32Array;
  kind: Uint8Array;
}

/** Decode an edge table; an index out of range is an error naming the edge. */
export function decodeEdgeTable(table: EdgeTable, nodeCount: number, predicateCount: number): EdgeColumns {
  const work = decodingEdgeTable(table, nodeCount, predicateCount);
  for (;;) {
    const r = work.next();
    if (r.done) return r.value;
  }
}

/** Edges checked between the yields of {@link decodingEdgeTable}. */
const EDGES_PER_YIELD = 1 << 16;

/** {@link decodeEdgeTable}, yielding now and then (for a caller that spreads the work over tasks). */
export function* decodingEdgeTable(table: EdgeTable, nodeCount: number, predicateCount: number): Generator<void, EdgeColumns> {
  const { count } = table;
  if (!Number.isInteger(count) || count < 0) throw new Error(`edge table: bad count ${String(count)}`);
  const columns: EdgeColumns = {
    count,
    source: (yield* decodingColumn(table.source, count, 4, 'edge table source')) as Uint32Array,
    target: (yield* decodingColumn(table.target, count, 4, 'edge table target')) as Uint32Array,
    predicate: (yield* decodingColumn(table.predicate, count, 4, 'edge table predicate')) as Uint32Array,
    kind: (yield* decodingColumn(table.kind, count, 1, 'edge table kind')) as Uint8Array,
  };
  for (let i = 0; i < count; i++) {
    if (columns.source[i]! >= nodeCount || columns.target[i]! >= nodeCount || columns.predicate[i]! >= predicateCount || columns.kind[i]! >= KINDS.length)
      throw new Error(`edge table: edge ${i} points past the ${nodeCount} nodes, ${predicateCount} predicates or ${KINDS.length} kinds`);
    if (i % EDGES_PER_YIELD === EDGES_PER_YIELD - 1) yield;
  }
  return columns;
}

/**
 * The edges of an edge table, one at a time, with their extras (`extras`: by edge index, in
 * order, taken from the iterator only as far as needed). `shareEmpty`: edges without evidence or
 * sources share one frozen empty list each (less to allocate and collect for a reader that never
 * adds to them, like the viewer).
 */
export function* tableEdges(columns: EdgeColumns, nodes: readonly BundleNode[], predicates: readonly string[], extras: Iterator<IndexedExtras>, shareEmpty = false): Generator<BundleEdge, void> {
  let next = extras.next();
  for (let i = 0; i < columns.count; i++) {
    while (!next.done && next.value[0] < i) next = extras.next();
    const own = !next.done && next.value[0] === i ? next.value[1] : undefined;
    yield edgeRecord(nodes[columns.source[i]!]!.key, nodes[columns.target[i]!]!.key, predicates[columns.predicate[i]!]!, columns.kind[i]!, own, shareEmpty);
  }
}

/** True for a packed (version 3 or 2) or plain (version 1) bundle. */
export function isBundle(x: unknown): x is ViewerBundle | PackedBundle | PackedBundleV2 {
  if (typeof x !== 'object' || x === null) return false;
  const b = x as { version?: unknown; nodes?: unknown; edges?: unknown; edgeTable?: unknown; edgeExtras?: unknown };
  if (!Array.isArray(b.nodes)) return false;
  if (b.version === 3) return typeof b.edgeTable === 'object' && b.edgeTable !== null && Array.isArray(b.edgeExtras);
  return (b.version === 1 || b.version === 2) && Array.isArray(b.edges);
}

/** The bundle a packed one stands for; a version 1 bundle is returned as it is. */
export function unpackBundle(x: ViewerBundle | PackedBundle | PackedBundleV2): ViewerBundle {
  if (x.version === 1) return x;
  const nodes = x.nodes.map(unpackNode);
  const edges =
    x.version === 2
      ? x.edges.map((e) => unpackEdge(e, nodes, x.predicates))
      : [...tableEdges(decodeEdgeTable(x.edgeTable, nodes.length, x.predicates.length), nodes, x.predicates, x.edgeExtras[Symbol.iterator]())];
  return { version: 1, prefixes: x.prefixes, terms: x.terms, documents: x.documents, nodes, edges };
}

/** One node as the bundle holds it (the lists the wire leaves out when empty restored). */
export function unpackNode(n: PackedNode): BundleNode {
  return {
    ...n,
    labels: n.labels ?? [],
    aliases: n.aliases ?? [],
    classes: n.classes ?? [],
    dates: n.dates ?? [],
    literals: n.literals ?? [],
    sources: n.sources ?? [],
  };
}

/** One edge as the bundle holds it; `nodes` and `predicates` are the ones its indices point into. */
export function unpackEdge([s, t, p, k, extras]: PackedEdge, nodes: readonly BundleNode[], predicates: readonly string[]): BundleEdge {
  return edgeRecord(nodes[s]!.key, nodes[t]!.key, predicates[p]!, k, extras, false);
}

/** Shared empty lists (frozen: adding to them throws) for readers that never add to an edge's lists. */
const NO_EVIDENCE = Object.freeze([]) as unknown as BundleEdge['evidence'];
const NO_SOURCES = Object.freeze([]) as unknown as string[];

function edgeRecord(source: string, target: string, predicate: string, k: number, extras: EdgeExtras | undefined, shareEmpty: boolean): BundleEdge {
  const e: BundleEdge = {
    // (join makes one flat string; a template literal makes a chain of string pieces, flattened again when the key is hashed)
    key: extras?.key ?? [source, predicate, target].join(' '),
    source,
    target,
    predicate,
    kind: KINDS[k]!,
    evidence: extras?.evidence ?? (shareEmpty ? NO_EVIDENCE : []),
    sources: extras?.sources ?? (shareEmpty ? NO_SOURCES : []),
  };
  if (extras?.date) e.date = extras.date;
  return e;
}
