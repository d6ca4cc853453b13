/**
 * newsgraph's public API. Everything a program needs is exported here; modules not re-exported
 * are internal.
 */

// Model: vocabulary, evidence model, IRIs, dates with precision
export * from './model/vocab.js';
export type * from './model/types.js';
export { makeTime, compareTime, timeKey, timeLabel } from './model/time.js';
export { entityIri, eventIri, timeIri, documentIri, factIri, evidenceIri, statementIri, claimIri, mentionIri, sentenceIri } from './model/iri.js';
export { CodePointText } from './model/offsets.js';
export { encodeDocumentGraph, encodeEntity } from './model/encode.js';
export { loadCuratedDocument, readSourceMeta, parseCuratedTime, CurationError } from './model/curation.js';
export type { Segmentation, Segmenter, SourceMeta, CuratedSourcePaths } from './model/curation.js';

// Graph projection (RDF dataset ⇄ graphology)
export { datasetToGraph, graphToDataset, GraphProjector, createNewsGraph, nodeKey, nodeTerm, literalTerm } from './graph/project.js';
export type { NewsGraph, NodeAttributes, EdgeAttributes } from './graph/project.js';

// Validation (SHACL + model invariants)
export { validateDataset } from './validate/shacl.js';
export type { ValidationReport, ValidationIssue } from './validate/shacl.js';
export { checkInvariants } from './validate/invariants.js';
export type { InvariantViolation } from './validate/invariants.js';

// Embedded SPARQL 1.1
export { SparqlEngine, SparqlQueryError } from './sparql/engine.js';
export type { SparqlResult, SparqlBindingsJson, SparqlBooleanJson, SparqlJsonTerm } from './sparql/engine.js';

// Build pipeline
export { buildGraph, assembleDataset, renderOutput, loadShapes, OUTPUT_FILES } from './build/pipeline.js';
export type { BuildOptions, BuildResult, BuildCounts } from './build/pipeline.js';

// CLI (for embedding and tests)
export { runCli, createProgram } from './cli/main.js';
export { CliError, EXIT } from './cli/errors.js';
