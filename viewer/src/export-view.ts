/**
 * Exports of what is on screen: a PNG of the canvas, and the visible nodes (classes, labels) and
 * the relations between them that pass the filters as Turtle, downloaded by the browser.
 * Does not: export the whole graph (`newsgraph export` does).
 */
import { downloadAsPNG } from '@sigma/export-image';
import { Writer, DataFactory } from 'n3';
import { status, type Viewer } from './app-state.js';
import { el } from './text.js';
import { RDF, RDFS } from '../../src/model/vocab.js';

/** Download the canvas as a PNG on white. */
export function exportPng(v: Viewer): void {
  if (v.renderer) void downloadAsPNG(v.renderer, { fileName: 'newsgraph', backgroundColor: '#ffffff' });
}

/** Download the visible part of the graph as Turtle. */
export function exportTurtle(v: Viewer): void {
  const writer = new Writer({ prefixes: v.bundle.prefixes });
  const { namedNode, literal, quad } = DataFactory;
  for (const k of v.visibleNodes) {
    const n = v.graph.getNodeAttribute(k, 'record');
    for (const c of n.classes) writer.addQuad(quad(namedNode(k), namedNode(RDF.type), namedNode(c)));
    for (const l of n.labels) writer.addQuad(quad(namedNode(k), namedNode(RDFS.label), literal(l.value, l.lang || undefined)));
  }
  v.graph.forEachEdge((_e, a, s, t) => {
    if (v.visibleNodes.has(s) && v.visibleNodes.has(t) && (v.filters?.edge(a.record) ?? true)) writer.addQuad(quad(namedNode(s), namedNode(a.record.predicate), namedNode(t)));
  });
  writer.end((err, text) => {
    if (err) return status(`Export failed: ${err.message}`);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/turtle' }));
    const a = el('a', undefined, { href: url, download: 'newsgraph-view.ttl' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
}
