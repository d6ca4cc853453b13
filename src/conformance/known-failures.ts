/**
 * Conformance tests newsgraph knowingly fails, each with the reason. `suite#test name` → reason.
 * Only writer round trips fail; every syntax and eval test passes.
 */
export const KNOWN_FAILURES: Record<string, string> = {
  'rdf/rdf11/rdf-trig#trig-syntax-minimal-whitespace-01':
    'JSON-LD round trip only: the blank node _:s is both a graph name and a subject; jsonld.js (fromRDF → toRDF) relabels the graph name apart from the subject, so the JSON-LD output is not isomorphic. Turtle, TriG, N-Triples and N-Quads round trips pass.',
};
