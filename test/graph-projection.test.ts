import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import type { Quad } from '@rdfjs/types';
import { GraphProjector, datasetToGraph, graphToDataset, literalTerm } from '../src/graph/project.js';

const TRIG = `
@prefix ex: <http://example.org/> .
@prefix ng: <https://w3id.org/newsgraph/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:russia a ng:State ; ex:name "Russland"@de, "Russia"@en ; ex:population "146000000"^^xsd:integer .
ex:russia ex:borders ex:belarus .
ex:russia ex:borders ex:belarus .
ex:russia ex:allyOf ex:belarus .
ex:belarus ex:self ex:belarus .
_:b1 ex:about ex:russia ; ex:text "anon" .
ex:belarus ex:knows _:b1 .
ex:g1 { ex:russia ex:borders ex:belarus . ex:russia a ng:State . ex:russia ex:name "Russland"@de . _:b2 ex:p _:b1 . }
ex:g2 { ex:russia ex:borders ex:belarus . ex:treaty ex:text "Vertrag \\"über\\"\\nSicherheit"@de . }
`;

function parse(text: string): Quad[] {
  return new Parser({ format: 'TriG' }).parse(text) as unknown as Quad[];
}

describe('graph projection', () => {
  it('round-trips a dataset with named graphs, blank nodes, literals and self-loops losslessly', () => {
    const quads = parse(TRIG);
    const back = graphToDataset(datasetToGraph(quads));
    const distinct = new Set(quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value} ${q.graph.value}`));
    expect(back.length).toBe(distinct.size);
    expect(isomorphic(back, quads)).toBe(true);
  });

  it('makes one node per resource and one edge per object-valued triple, with types and literals as attributes', () => {
    const g = datasetToGraph(parse(TRIG));
    const russia = g.getNodeAttributes('http://example.org/russia');
    expect(russia.classes).toEqual(['https://w3id.org/newsgraph/ontology#State', 'https://w3id.org/newsgraph/ontology#State']);
    expect(russia.classGraphs).toEqual(['', 'http://example.org/g1']);
    expect(russia.literals['http://example.org/name'].map((id) => literalTerm(id).value).sort()).toEqual(['Russia', 'Russland', 'Russland']);
    expect(g.hasNode('https://w3id.org/newsgraph/ontology#State')).toBe(false);
    const borders = g.filterOutEdges('http://example.org/russia', (_k, a) => a.predicate === 'http://example.org/borders');
    expect(borders).toHaveLength(1);
    expect([...g.getEdgeAttributes(borders[0]).graphs].sort()).toEqual(['', 'http://example.org/g1', 'http://example.org/g2']);
    expect(g.outDegree('http://example.org/russia')).toBe(2);
    expect(g.hasNode('_:' + [...g.nodes()].find((k) => k.startsWith('_:'))!.slice(2))).toBe(true);
  });

  it('is idempotent: adding the same quads again changes nothing', () => {
    const quads = parse(TRIG);
    const p = new GraphProjector().addAll(quads);
    const before = { order: p.graph.order, size: p.graph.size, data: JSON.stringify(p.graph.export()) };
    p.addAll(quads);
    expect(p.graph.order).toBe(before.order);
    expect(p.graph.size).toBe(before.size);
    expect(JSON.stringify(p.graph.export())).toBe(before.data);
  });

  it('is idempotent over an existing graph: a new projector adds nothing the graph has', () => {
    const quads = parse(TRIG);
    const g = datasetToGraph(quads);
    const before = { order: g.order, size: g.size };
    new GraphProjector(g).addAll(quads);
    expect({ order: g.order, size: g.size }).toEqual(before);
    expect(isomorphic(graphToDataset(g), quads)).toBe(true);
  });

  it('is idempotent over the built seed graph', async () => {
    const { assembleDataset } = await import('../src/build/pipeline.js');
    const { quads } = await assembleDataset(process.cwd());
    const g = datasetToGraph(quads);
    const size = g.size;
    new GraphProjector(g).addAll(quads);
    expect(g.size).toBe(size);
  });

  it('keeps working after nodes are dropped from its graph', () => {
    const quads = parse(TRIG);
    const p = new GraphProjector().addAll(quads);
    p.graph.dropNode('http://example.org/belarus');
    p.addAll(quads);
    expect(isomorphic(graphToDataset(p.graph), quads)).toBe(true);
    // and a new projector over the graph with a node dropped, then everything added again
    const g = datasetToGraph(quads);
    g.dropNode('http://example.org/russia');
    new GraphProjector(g).addAll(quads);
    expect(isomorphic(graphToDataset(g), quads)).toBe(true);
    expect(g.size).toBe(datasetToGraph(quads).size);
    // after clear() it starts over
    p.graph.clear();
    p.addAll(quads);
    expect(isomorphic(graphToDataset(p.graph), quads)).toBe(true);
  });

  it("puts node adjacency in dictionary mode on the pinned graphology (the speed-up reaches into graphology's internals)", () => {
    // V8's %HasFastProperties needs --allow-natives-syntax: ask a child process
    const script = `
      import { datasetToGraph } from './src/graph/project.ts';
      import { DataFactory } from 'n3';
      import Graph from 'graphology';
      const { quad, namedNode } = DataFactory;
      const qs = [];
      for (let i = 0; i < 5; i++) qs.push(quad(namedNode('http://e/hub'), namedNode('http://e/p'), namedNode('http://e/n' + i)));
      const g = datasetToGraph(qs);
      const plain = new Graph({ multi: true });
      for (let i = 0; i < 5; i++) plain.mergeEdge('hub', 'n' + i);
      const fast = (graph, key) => %HasFastProperties(graph._nodes.get(key).out);
      console.log(JSON.stringify({ projected: fast(g, 'http://e/hub'), plain: fast(plain, 'hub') }));
    `;
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8' });
    // plain graphology keeps fast (hidden-class) objects; the projector's are dictionaries
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ projected: false, plain: true });
  });

  it('answers graphology adjacency queries on projected nodes like on any graph', () => {
    const g = datasetToGraph(parse(TRIG));
    const russia = 'http://example.org/russia';
    const belarus = 'http://example.org/belarus';
    expect(g.hasDirectedEdge(russia, belarus)).toBe(true);
    expect(g.hasDirectedEdge(belarus, russia)).toBe(false);
    expect(g.hasEdge(russia, belarus)).toBe(true);
    expect(g.outNeighbors(russia)).toEqual([belarus]);
    expect(g.areNeighbors(belarus, russia)).toBe(true);
    expect(g.directedEdges(russia, belarus)).toHaveLength(2);
    expect(g.hasDirectedEdge(russia, 'constructor')).toBe(false);
    const copy = g.copy();
    copy.dropNode(belarus);
    expect(copy.outDegree(russia)).toBe(0);
    expect(g.outDegree(russia)).toBe(2);
  });

  it('never stores rdf:type in the renderer attribute `type`', () => {
    const g = datasetToGraph(parse(TRIG));
    g.forEachNode((_k, a) => expect((a as unknown as Record<string, unknown>).type).toBeUndefined());
  });

  it('rejects a graph of the wrong kind with a clear message', async () => {
    const { default: Graph } = await import('graphology');
    expect(() => new GraphProjector(new Graph({ type: 'undirected' }) as never)).toThrow(/MultiDirectedGraph/);
  });
});

describe('the viewer bundle on the wire', () => {
  it('packs to a smaller bundle.json that unpacks to the same bundle', async () => {
    const { datasetToBundle } = await import('../src/graph/bundle.js');
    const { packBundle, unpackBundle, isBundle } = await import('../src/graph/bundle-wire.js');
    const ttl = `@prefix ng: <https://w3id.org/newsgraph/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<http://example.org/a> a ng:State ; rdfs:label "A"@en, "A-de"@de ; ng:headOfState <http://example.org/p> ; ng:memberOf <http://example.org/o> .
<http://example.org/p> a ng:Person ; rdfs:label "P" ; ng:memberOf <http://example.org/o> .
<http://example.org/o> a ng:Organisation ; rdfs:label "O" ; ng:memberOf <http://example.org/o> .`;
    const bundle = datasetToBundle(new Parser().parse(ttl) as unknown as Quad[]);
    expect(bundle.edges.length).toBeGreaterThan(2);
    const wire = JSON.parse(JSON.stringify(packBundle(bundle))) as unknown;
    expect(isBundle(wire)).toBe(true);
    expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(bundle).length);
    expect(unpackBundle(wire as Parameters<typeof unpackBundle>[0])).toEqual(bundle);
    // a plain (version 1) bundle passes through
    expect(unpackBundle(bundle)).toBe(bundle);
  });
});
