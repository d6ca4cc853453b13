/**
 * Viewer bundle → GEXF 1.3 for Gephi, written piece by piece.
 *
 * Does: write what the viewer draws (entities, events, statements and their relations) with
 * attributes Gephi can filter on — label, category, date (earliest/latest), predicate, kind,
 * evidence count — as GEXF, node by node and edge by edge into a sink, so a corpus graph is never
 * one string. The text is byte for byte what graphology-gexf's writer (pretty, version 1.3) gives
 * for the same graph: its attribute model (types inferred over every element, in the order the
 * attributes first appear), its escaping and its indentation. Does not: carry the full evidence
 * texts (the RDF outputs do) or any layout.
 */
import type { ViewerBundle } from './bundle.js';

/** Where written text goes, piece by piece. */
type TextSink = (chunk: string) => void;

type Attrs = Record<string, string | number | undefined>;

/** One node or edge as GEXF writes it: id, label attribute, endpoints (edges) and attribute values. */
interface Element {
  id: string;
  label: string;
  source?: string;
  target?: string;
  attrs: Attrs;
}

function* nodeElements(bundle: ViewerBundle): Generator<Element> {
  for (const n of bundle.nodes) {
    yield {
      id: n.key,
      label: n.label,
      attrs: { label: n.label, category: n.category, classes: n.classes.join(' '), ...(n.date ? { date: n.date.value, earliest: n.date.earliest, latest: n.date.latest } : {}), sources: n.sources.length },
    };
  }
}

function* edgeElements(bundle: ViewerBundle): Generator<Element> {
  for (const e of bundle.edges) {
    const label = bundle.terms[e.predicate]?.label ?? e.predicate;
    yield {
      id: e.key,
      label,
      source: e.source,
      target: e.target,
      attrs: { label, predicate: e.predicate, kind: e.kind, ...(e.date ? { date: e.date.value, earliest: e.date.earliest, latest: e.date.latest } : {}), evidence: e.evidence.length },
    };
  }
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || v !== v;

/** GEXF value types, the more general first (graphology-gexf's priorities). */
const TYPE_PRIORITY: Record<string, number> = { string: 5, double: 6, long: 7, integer: 8, boolean: 9 };

function valueType(v: unknown): string {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v !== 'number') return 'string';
  if (v !== (v | 0)) return 'double';
  return v <= 0x7fffffff && v >= -0x7fffffff ? 'integer' : 'long';
}

/** Attribute name → type over all elements, in the order names first appear with a value. */
function inferModel(elements: Iterable<Element>): Map<string, string> {
  const model = new Map<string, string>();
  for (const { attrs } of elements) {
    for (const [k, v] of Object.entries(attrs)) {
      if (isEmpty(v)) continue;
      const type = valueType(v);
      const current = model.get(k);
      if (current === undefined || TYPE_PRIORITY[type]! < TYPE_PRIORITY[current]!) model.set(k, type);
    }
  }
  return model;
}

/** An attribute value, escaped as XML attribute text (as xml-writer does it). */
const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');

const indent = (depth: number) => `\n${'  '.repeat(depth)}`;

function modelText(model: Map<string, string>, cls: string): string {
  if (model.size === 0) return '';
  let text = `${indent(2)}<attributes class="${cls}">`;
  for (const [name, type] of model) text += `${indent(3)}<attribute id="${attr(name)}" title="${attr(name)}" type="${type}"/>`;
  return `${text}${indent(2)}</attributes>`;
}

function elementText(tag: 'node' | 'edge', e: Element, model: Map<string, string>): string {
  let text = `${indent(3)}<${tag} id="${attr(e.id)}"`;
  if (tag === 'edge') text += ` source="${attr(e.source!)}" target="${attr(e.target!)}"`;
  if (e.label) text += ` label="${attr(e.label)}"`;
  if (model.size === 0) return `${text}/>`;
  let values = '';
  for (const name of model.keys()) {
    const v = e.attrs[name];
    if (isEmpty(v)) continue;
    values += `${indent(5)}<attvalue for="${attr(name)}" value="${attr(String(v))}"/>`;
  }
  return `${text}>${indent(4)}<attvalues${values ? `>${values}${indent(4)}</attvalues>` : '/>'}${indent(3)}</${tag}>`;
}

/** Check what graphology would refuse: a node key twice, an edge key twice, an edge to a missing node. */
function checkKeys(bundle: ViewerBundle): void {
  const nodes = new Set<string>();
  for (const n of bundle.nodes) {
    if (nodes.has(n.key)) throw new Error(`GEXF: the node "${n.key}" appears twice`);
    nodes.add(n.key);
  }
  const edges = new Set<string>();
  for (const e of bundle.edges) {
    if (edges.has(e.key)) throw new Error(`GEXF: the edge "${e.key}" appears twice`);
    edges.add(e.key);
    for (const end of [e.source, e.target]) if (!nodes.has(end)) throw new Error(`GEXF: the edge "${e.key}" refers to the missing node "${end}"`);
  }
}

function writeElements(tag: 'node' | 'edge', elements: Iterable<Element>, model: Map<string, string>, out: TextSink): void {
  let chunk = `${indent(2)}<${tag}s`;
  let any = false;
  for (const e of elements) {
    chunk += `${any ? '' : '>'}${elementText(tag, e, model)}`;
    any = true;
    if (chunk.length > 1 << 14) {
      out(chunk);
      chunk = '';
    }
  }
  out(`${chunk}${any ? `${indent(2)}</${tag}s>` : '/>'}`);
}

/** GEXF of the bundle's graph, piece by piece into `out`. Attribute names avoid `type`, which renderers reserve. */
export function writeGexf(bundle: ViewerBundle, out: TextSink): void {
  checkKeys(bundle);
  const nodeModel = inferModel(nodeElements(bundle));
  const edgeModel = inferModel(edgeElements(bundle));
  out(
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">' +
      `${indent(1)}<meta/>${indent(1)}<graph defaultedgetype="directed">${modelText(nodeModel, 'node')}${modelText(edgeModel, 'edge')}`,
  );
  writeElements('node', nodeElements(bundle), nodeModel, out);
  writeElements('edge', edgeElements(bundle), edgeModel, out);
  out(`${indent(1)}</graph>\n</gexf>`);
}

/** GEXF of the bundle's graph as one string (see {@link writeGexf} for large graphs). */
export function bundleToGexf(bundle: ViewerBundle): string {
  const parts: string[] = [];
  writeGexf(bundle, (chunk) => parts.push(chunk));
  return parts.join('');
}
