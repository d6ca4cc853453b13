/**
 * Reading the page's bundle (`bundle.json`, packed, see src/graph/bundle-wire.ts) without
 * blocking the page. A large text (its fields in the order packBundle writes them, edges last) is
 * cut into pieces that can be read apart — the small fields, the node list a few thousand nodes
 * per slice, then the edges: the edge table decoded into its integer columns (version 3; after the
 * extras of the edges that have any, as slices of their list), or the edge list of a version 2
 * bundle as slices. The cutting can run in a worker (bundle-worker.ts: the page then never holds
 * the whole text) or on the page. The page reads the pieces a slice per task, the nodes first, so
 * the graph can be drawn before its edges are read; the edges then come as chunks for show.ts to
 * add. A small bundle, or a plain (version 1) one, is parsed in one go.
 * Also the fetched text itself, decoded a chunk per task as it arrives (when the page fetches it).
 * Does not: fetch (main.ts, fetch-text.ts) or draw (show.ts).
 */
import type { BundleEdge, BundleNode, ViewerBundle } from '../../src/graph/bundle.js';
import { decodingEdgeTable, isBundle, tableEdges, unpackBundle, unpackEdge, unpackNode, type EdgeColumns, type EdgeTable, type IndexedExtras, type PackedEdge, type PackedNode } from '../../src/graph/bundle-wire.js';
import { JsonScanError, arraySlices, countElements, skipString, skipValue, skipWhitespace } from './json-scan.js';
import { nextTask } from './next-task.js';

/** Texts longer than this (characters) are read in slices. */
export const SLICED_TEXT = 4_000_000;
const NODE_SLICE = 2_000;
const EDGE_SLICE = 1_000;

/** A bundle whose edges may still be on their way. */
export interface LoadingBundle {
  /** Everything but the edges still to come (`edges` holds those already read). */
  bundle: ViewerBundle;
  /** The edges not yet in `bundle.edges`, a chunk at a time (the receiver adds them); only when there are more than the caller's limit. */
  moreEdges?: AsyncIterable<BundleEdge[]>;
}


/**
 * The text of a fetched bundle, decoded a chunk of the body per task as it arrives
 * (`Response.text()` decodes a large body on the page's thread in one long task).
 */
export async function responseText(res: Response): Promise<string> {
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    await nextTask();
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * A piece of a bundle text (see {@link cutBundle}); `undefined` is a breath: the work that cut it
 * may let the page in here.
 */
export type BundlePiece =
  | undefined
  /** The whole text, to read in one go (small, or not in the order packBundle writes). */
  | { whole: string }
  /** A small top-level field, parsed. */
  | { field: string; value: unknown }
  /** A slice of the node list, as the text of an array. */
  | { nodes: string }
  /** The edges follow: how many (a version 2 list: counted no further than the limit). */
  | { edgeCount: number }
  /** A slice of a version 2 edge list, as the text of an array. */
  | { edges: string }
  /** A slice of the edge extras list (all of them come before the columns), as the text of an array. */
  | { extras: string }
  /** The edge table, decoded (its buffers can be transferred). */
  | { columns: EdgeColumns };

/**
 * Read a bundle text; edges come later (`moreEdges`) only when there are more than `edgeLimit`.
 * Texts longer than `slicedAbove` characters are read in slices.
 */
export function readBundle(text: string, edgeLimit: number, slicedAbove = SLICED_TEXT): Promise<LoadingBundle> {
  return readPieces(cutBundle(text, edgeLimit, slicedAbove), edgeLimit);
}

function readWhole(text: string): LoadingBundle {
  const data = JSON.parse(text) as unknown;
  if (!isBundle(data)) throw new Error('not a newsgraph bundle');
  return { bundle: unpackBundle(data) };
}

/**
 * Cut a bundle text into pieces (in this order: fields and node slices as they stand in the text,
 * then the edge count, then the edge list slices, or the extras slices and the edge table's
 * columns); a text of `slicedAbove` characters or fewer, or one not in the order packBundle
 * writes, is one `{ whole }` piece. Plain work on a string: runs on the page or in a worker.
 */
export function* cutBundle(text: string, edgeLimit: number, slicedAbove = SLICED_TEXT): Generator<BundlePiece, void> {
  if (!(text.length > slicedAbove && /"version":[23]\b/.test(text.slice(0, 64)))) {
    yield { whole: text };
    return;
  }
  const fields: Record<string, unknown> = {};
  let edgesAt: number | undefined;
  let nodeCount = 0;
  let i = skipWhitespace(text, 0);
  if (text.charCodeAt(i) !== 123) throw new JsonScanError('expected a bundle object', i);
  i++;
  for (;;) {
    i = skipWhitespace(text, i);
    const c = text.charCodeAt(i);
    if (c === 125) break;
    if (c === 44) {
      i++;
      continue;
    }
    const keyEnd = skipString(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipWhitespace(text, keyEnd);
    if (text.charCodeAt(i) !== 58) throw new JsonScanError('expected :', i);
    i = skipWhitespace(text, i + 1);
    if (key === 'nodes') {
      const slices = arraySlices(text, i, NODE_SLICE);
      let last = '[]';
      for (let s = slices.next(); ; s = slices.next()) {
        if (s.done) {
          i = s.value;
          break;
        }
        if (last !== '[]') nodeCount += NODE_SLICE; // (every slice but the last holds NODE_SLICE nodes)
        yield { nodes: (last = s.value) };
      }
      nodeCount += countElements(last, 0, NODE_SLICE);
    } else if (key === 'edges' || key === 'edgeExtras') {
      edgesAt = i; // the last field packBundle writes
      break;
    } else {
      const end = skipValue(text, i);
      fields[key] = JSON.parse(text.slice(i, end)) as unknown;
      i = end;
      // (the edge table, megabytes of text, stays here: its columns follow, decoded)
      if (key !== 'edgeTable') yield { field: key, value: fields[key] };
      yield undefined;
    }
  }
  const table = fields.version === 3 ? (fields.edgeTable as EdgeTable | undefined) : undefined;
  if ((fields.version !== 2 && !table) || edgesAt === undefined || !Array.isArray(fields.predicates)) {
    yield { whole: text }; // not in the order packBundle writes
    return;
  }
  if (!table) {
    yield { edgeCount: countElements(text, edgesAt, edgeLimit + 1) };
    for (const slice of arraySlices(text, edgesAt, EDGE_SLICE)) yield { edges: slice };
    return;
  }
  yield { edgeCount: table.count };
  for (const slice of arraySlices(text, edgesAt, EDGE_SLICE)) yield { extras: slice };
  // (the columns decoded a piece at a time)
  const decoding = decodingEdgeTable(table, nodeCount, (fields.predicates as string[]).length);
  let step = decoding.next();
  for (; !step.done; step = decoding.next()) yield undefined;
  yield { columns: step.value };
}
/**
 * Read a bundle from its pieces ({@link cutBundle}, here or in a worker), a slice per task; the
 * edges come later (`moreEdges`, read from the pieces still to come) only when there are more
 * than `edgeLimit`.
 */
export async function readPieces(pieces: Iterator<BundlePiece> | AsyncIterator<BundlePiece>, edgeLimit: number): Promise<LoadingBundle> {
  const fields: Record<string, unknown> = {};
  const nodes: BundleNode[] = [];
  let edgeCount: number | undefined;
  while (edgeCount === undefined) {
    const next = await pieces.next();
    if (next.done) throw new Error('the bundle ends before its edges');
    const piece = next.value;
    if (piece === undefined) await nextTask();
    else if ('whole' in piece) return readWhole(piece.whole);
    else if ('field' in piece) fields[piece.field] = piece.value;
    else if ('nodes' in piece) {
      for (const n of JSON.parse(piece.nodes) as PackedNode[]) nodes.push(unpackNode(n));
      await nextTask();
    } else if ('edgeCount' in piece) edgeCount = piece.edgeCount;
  }
  const predicates = fields.predicates as string[];
  const bundle: ViewerBundle = {
    version: 1,
    prefixes: (fields.prefixes ?? {}) as ViewerBundle['prefixes'],
    terms: (fields.terms ?? {}) as ViewerBundle['terms'],
    documents: (fields.documents ?? []) as ViewerBundle['documents'],
    nodes,
    edges: [],
  };
  const moreEdges = edgesFrom(pieces, nodes, predicates);
  if (edgeCount > edgeLimit) return { bundle, moreEdges };
  for await (const chunk of moreEdges) for (const e of chunk) bundle.edges.push(e);
  return { bundle };
}

/** The edges of the pieces after the edge count, a chunk at a time. */
async function* edgesFrom(pieces: Iterator<BundlePiece> | AsyncIterator<BundlePiece>, nodes: readonly BundleNode[], predicates: readonly string[]): AsyncGenerator<BundleEdge[]> {
  const extras: string[] = [];
  for (let next = await pieces.next(); !next.done; next = await pieces.next()) {
    const piece = next.value;
    if (piece === undefined) await nextTask();
    else if ('edges' in piece) yield (JSON.parse(piece.edges) as PackedEdge[]).map((e) => unpackEdge(e, nodes, predicates));
    else if ('extras' in piece) extras.push(piece.extras);
    else if ('columns' in piece) {
      yield [];
      let chunk: BundleEdge[] = [];
      for (const e of tableEdges(piece.columns, nodes, predicates, extrasOf(extras), true)) {
        chunk.push(e);
        if (chunk.length === EDGE_SLICE) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length) yield chunk;
    }
  }
}

/** The entries of slices of the edge extras list, one at a time, each slice parsed as it is wanted. */
function* extrasOf(slices: readonly string[]): Generator<IndexedExtras, void> {
  for (const slice of slices) yield* JSON.parse(slice) as IndexedExtras[];
}
