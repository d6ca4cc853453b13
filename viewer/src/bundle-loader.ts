/**
 * Reading the page's bundle (`bundle.json`, packed, see src/graph/bundle-wire.ts) without
 * blocking the page: a large text (its fields in the order packBundle writes them, edges last) is
 * parsed a slice at a time — the nodes first, a few thousand per slice with the page answering
 * input between slices, so the graph can be drawn before its edges are read; the edges then come
 * as chunks for show.ts to add: from the edge table (version 3: integer columns, no JSON to parse,
 * with the extras of the edges that have any parsed a slice at a time alongside) or, in a version
 * 2 bundle, from the edge list parsed a slice at a time. A small bundle, or a plain (version 1)
 * one, is parsed in one go.
 * Does not: fetch (main.ts) or draw (show.ts).
 */
import type { BundleEdge, BundleNode, ViewerBundle } from '../../src/graph/bundle.js';
import { decodeEdgeTable, isBundle, tableEdges, unpackBundle, unpackEdge, unpackNode, type EdgeTable, type IndexedExtras, type PackedEdge, type PackedNode } from '../../src/graph/bundle-wire.js';
import { JsonScanError, arraySlices, countElements, skipString, skipValue, skipWhitespace } from './json-scan.js';
import { nextTask } from './next-task.js';

/** Texts longer than this (characters) are read in slices. */
export const SLICED_TEXT = 4_000_000;
const NODE_SLICE = 5_000;
const EDGE_SLICE = 1_000;

/** A bundle whose edges may still be on their way. */
export interface LoadingBundle {
  /** Everything but the edges still to come (`edges` holds those already read). */
  bundle: ViewerBundle;
  /** The edges not yet in `bundle.edges`, a chunk at a time (the receiver adds them); only when there are more than the caller's limit. */
  moreEdges?: AsyncIterable<BundleEdge[]>;
}


/**
 * Read a bundle text; edges come later (`moreEdges`) only when there are more than `edgeLimit`.
 * Texts longer than `slicedAbove` characters are read in slices.
 */
export async function readBundle(text: string, edgeLimit: number, slicedAbove = SLICED_TEXT): Promise<LoadingBundle> {
  return text.length > slicedAbove && /"version":[23]\b/.test(text.slice(0, 64)) ? readSliced(text, edgeLimit) : readWhole(text);
}

function readWhole(text: string): LoadingBundle {
  const data = JSON.parse(text) as unknown;
  if (!isBundle(data)) throw new Error('not a newsgraph bundle');
  return { bundle: unpackBundle(data) };
}

async function readSliced(text: string, edgeLimit: number): Promise<LoadingBundle> {
  const fields: Record<string, unknown> = {};
  const nodes: BundleNode[] = [];
  let edgesAt: number | undefined;
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
      for (let s = slices.next(); ; s = slices.next()) {
        if (s.done) {
          i = s.value;
          break;
        }
        for (const n of JSON.parse(s.value) as PackedNode[]) nodes.push(unpackNode(n));
        await nextTask();
      }
    } else if (key === 'edges' || key === 'edgeExtras') {
      edgesAt = i; // the last field packBundle writes: read later, a chunk at a time
      break;
    } else {
      const end = skipValue(text, i);
      fields[key] = JSON.parse(text.slice(i, end)) as unknown;
      i = end;
    }
  }
  const table = fields.version === 3 ? (fields.edgeTable as EdgeTable | undefined) : undefined;
  if ((fields.version !== 2 && !table) || edgesAt === undefined || !Array.isArray(fields.predicates)) return readWhole(text); // not in the order packBundle writes
  const predicates = fields.predicates as string[];
  const bundle: ViewerBundle = {
    version: 1,
    prefixes: (fields.prefixes ?? {}) as ViewerBundle['prefixes'],
    terms: (fields.terms ?? {}) as ViewerBundle['terms'],
    documents: (fields.documents ?? []) as ViewerBundle['documents'],
    nodes,
    edges: [],
  };
  const from = edgesAt;
  async function* listedEdges(): AsyncGenerator<BundleEdge[]> {
    for (const slice of arraySlices(text, from, EDGE_SLICE)) yield (JSON.parse(slice) as PackedEdge[]).map((e) => unpackEdge(e, nodes, predicates));
  }
  async function* tabledEdges(t: EdgeTable): AsyncGenerator<BundleEdge[]> {
    const columns = decodeEdgeTable(t, nodes.length, predicates.length);
    yield []; // (decoding the columns is a task of its own)
    let chunk: BundleEdge[] = [];
    for (const e of tableEdges(columns, nodes, predicates, extrasFrom(text, from), true)) {
      chunk.push(e);
      if (chunk.length === EDGE_SLICE) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length) yield chunk;
  }
  const moreEdges = table ? tabledEdges(table) : listedEdges();
  const many = table ? table.count > edgeLimit : countElements(text, from, edgeLimit + 1) > edgeLimit;
  if (many) return { bundle, moreEdges };
  for await (const chunk of moreEdges) for (const e of chunk) bundle.edges.push(e);
  return { bundle };
}

/** The edge extras list that opens at `at`, one entry at a time, parsed a slice at a time as they are wanted. */
function* extrasFrom(text: string, at: number): Generator<IndexedExtras, void> {
  for (const slice of arraySlices(text, at, EDGE_SLICE)) yield* JSON.parse(slice) as IndexedExtras[];
}
