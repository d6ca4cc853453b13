import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { serializeRdf } from '../src/rdf/serialize.js';
import { parseRdf } from '../src/rdf/parse.js';
import { isomorphic } from '../src/rdf/isomorphic.js';
import type { RdfFormat } from '../src/rdf/formats.js';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;
const SEED = 20261125;
let refused = 0;

// IRI characters: anything but controls, space and <>"{}|^`\ — including astral Unicode and %-escapes
const iriChar = fc.oneof(
  fc.constantFrom(...'abcXYZ019-._~:/?#[]@!$&\'()*+,;=%'.split('')),
  fc.integer({ min: 0xa0, max: 0xd7ff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
);
const iri = fc.array(iriChar, { minLength: 0, maxLength: 30 }).map((cs) => namedNode(`http://example.org/${cs.join('').replace(/%(?![0-9A-Fa-f]{2})/g, '%25')}`));
const bnode = fc.integer({ min: 0, max: 5 }).map((i) => blankNode(`b${i}`));
// literal text: quotes, backslashes, newlines, every control character, astral Unicode, long strings
const hostileChar = fc.oneof(
  fc.constantFrom('"', "'", '\\', '\n', '\r', '\t', '\u0000', '\u0007', '\u001f', '\u007f', '\u2028', '\u2029', '"""', "'''", '<', '>', '@', '^^', '#', '{', '}'),
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x20, max: 0xd7ff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0xe000, max: 0xfffd }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
);
const text = fc.oneof({ weight: 5, arbitrary: fc.array(hostileChar, { maxLength: 40 }).map((a) => a.join('')) }, { weight: 1, arbitrary: fc.string({ minLength: 5000, maxLength: 20000 }) });
const langTag = fc.constantFrom('en', 'de', 'de-CH', 'ru', 'zh-Hant-TW', 'x-private', 'en-US-u-ca-gregory');
const datatype = fc.constantFrom('http://www.w3.org/2001/XMLSchema#string', 'http://www.w3.org/2001/XMLSchema#integer', 'http://example.org/dt#custom', 'http://www.w3.org/2001/XMLSchema#date');
const lit = fc.oneof(
  text.map((t) => literal(t)),
  fc.tuple(text, langTag).map(([t, l]) => literal(t, l)),
  fc.tuple(text, datatype).map(([t, d]) => literal(t, namedNode(d))),
);
const subject = fc.oneof(iri, bnode);
const object = fc.oneof(iri, bnode, lit);
const graph = fc.oneof(fc.constant(defaultGraph()), iri, bnode);
const dataset = (withGraphs: boolean) =>
  fc.array(fc.tuple(subject, iri, object, withGraphs ? graph : fc.constant(defaultGraph())).map(([s, p, o, g]) => quad(s as Quad['subject'], p, o as Quad['object'], g as Quad['graph']) as unknown as Quad), { minLength: 0, maxLength: 12 });

async function roundTrip(quads: Quad[], format: RdfFormat): Promise<boolean> {
  let out: string;
  try {
    out = await serializeRdf(quads, format);
  } catch (err) {
    // a writer may refuse a dataset its format cannot hold, but only with a clear reason
    if (format === 'jsonld' && /cannot be written as JSON-LD/.test((err as Error).message)) {
      refused++;
      return true;
    }
    throw err;
  }
  const back = await parseRdf(out, { format, file: `<${format}>` });
  // serialising twice gives the same bytes
  expect(await serializeRdf(back, format)).toBe(out);
  return isomorphic(quads, back);
}

describe('every writer reads back what it wrote, for hostile data', () => {
  for (const [format, graphs, runs] of [
    ['turtle', false, 1500],
    ['ntriples', false, 1500],
    ['trig', true, 1500],
    ['nquads', true, 1500],
    ['jsonld', true, 400],
  ] as const) {
    it(`${format}: ${runs} generated datasets`, async () => {
      refused = 0;
      await fc.assert(
        fc.asyncProperty(dataset(graphs), async (quads) => {
          if (format === 'jsonld') {
            // known jsonld.js limitation (see src/conformance/known-failures.ts): a blank node that
            // names a graph and also appears in a triple loses its identity through JSON-LD
            const graphBnodes = new Set(quads.filter((q) => q.graph.termType === 'BlankNode').map((q) => q.graph.value));
            fc.pre(!quads.some((q) => graphBnodes.has(q.subject.value) && q.subject.termType === 'BlankNode') && !quads.some((q) => q.object.termType === 'BlankNode' && graphBnodes.has(q.object.value)));
          }
          expect(await roundTrip(quads, format)).toBe(true);
        }),
        { seed: SEED, numRuns: runs },
      );
      // refusals are rare (IRIs jsonld.js cannot read); the rest really round-trip
      expect(refused).toBeLessThan(runs / 4);
    }, 120_000);
  }
});
