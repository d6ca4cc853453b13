/**
 * One vocabulary of structure and one way of naming: the viewer bundle and the query API agree on
 * what is a relation, what is a record of the model, and what a thing or a predicate is called.
 */
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { datasetToBundle } from '../src/graph/bundle.js';
import { NewsGraphQuery } from '../src/query/engine.js';

const TTL = `
@prefix ng: <https://w3id.org/newsgraph/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:Caf%C3%A9_Berlin a ng:Place ; ex:nearTo ex:minsk .
ex:minsk a ng:City ; rdfs:label "Минск"@ru ; skos:closeMatch ex:minsk2 .
ex:minsk2 a ng:City ; rdfs:label "Minsk"@en .
ex:nearTo rdfs:label "nahe bei"@de .
ex:shape a sh:NodeShape ; rdfs:label "Minsk shape"@en ; ex:nearTo ex:minsk .
`;

const quads = new Parser().parse(TTL) as unknown as Quad[];

describe('naming and structure, one of each', () => {
  it('names every drawn node and predicate as the query API names it', () => {
    const bundle = datasetToBundle(quads);
    const q = NewsGraphQuery.fromQuads(quads);
    expect(bundle.nodes.length).toBeGreaterThan(0);
    for (const n of bundle.nodes) expect(n.label).toBe(q.index.label(n.key));
    for (const p of Object.keys(bundle.terms)) expect(bundle.terms[p]!.label).toBe(q.index.label(p));
    expect(q.index.label('http://example.org/Caf%C3%A9_Berlin')).toBe('Café Berlin');
    expect(bundle.terms['http://example.org/nearTo']!.label).toBe('nahe bei');
  });

  it('draws exactly the relations the query API reports', () => {
    const bundle = datasetToBundle(quads);
    const q = NewsGraphQuery.fromQuads(quads);
    const drawn = bundle.edges.map((e) => `${e.source} ${e.predicate} ${e.target}`).sort();
    const related = q.facts().map((r) => `${r.subject} ${r.predicate} ${r.object}`).sort();
    expect(drawn).toEqual(related);
    expect(bundle.nodes.map((n) => n.key)).not.toContain('http://example.org/shape');
    expect(q.find('Minsk shape')).toEqual([]);
  });
});
