/**
 * newsgraph's public API. Everything a program needs is exported here; modules not re-exported
 * are internal.
 */

// Model: vocabulary, evidence model, IRIs, dates with precision
export * from './model/vocab.js';
export { STRUCTURAL_CLASSES, RECORD_CLASSES, STRUCTURAL_PREDICATES, NOT_RELATIONS, hasStructuralClass, localName, preferredLabel } from './model/structure.js';
export type { LangText } from './model/structure.js';
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
export { buildGraph, assembleDataset, renderOutput, writeOutput, loadShapes, loadOntology, OUTPUT_FILES } from './build/pipeline.js';
// Package resources and the data folder
export { PACKAGE_ROOT, PACKAGE_FILES, DATA_LAYOUT, DataFolderError, resolveDataDir, registerFiles } from './util/package-root.js';
export type { BuildOptions, BuildResult, BuildCounts, AssembleOptions } from './build/pipeline.js';
export { loadRegister } from './build/register.js';

// Errors: one base class with a kind (bad input → exit 2, failure → exit 1)
export { NewsgraphError, InputError } from './errors.js';
export type { ErrorKind } from './errors.js';
export { ExtractionCache, extractorVersion } from './build/extraction-cache.js';
export type { ExtractionStats } from './build/extraction-cache.js';

// Corpus input: text, Markdown, saved HTML pages, RSS/Atom feeds → articles with metadata
export { readArticles, readInput, listInputs, sniffFormat, INPUT_EXTENSIONS } from './ingest/read.js';
export type { IngestedArticle, IngestResult } from './ingest/read.js';
export { UnreadableError } from './ingest/document.js';
export type { ReadDocument, MetadataHints, InputFormat } from './ingest/document.js';
export { readHtmlPage, htmlFragmentToText, pageMetadata } from './ingest/html.js';
export { markdownToText, splitFrontMatter } from './ingest/markdown.js';
export { readFeed } from './ingest/feed.js';
export type { FeedItem } from './ingest/feed.js';
export { resolveMeta, normaliseDate, normaliseLanguage, slugId } from './ingest/metadata.js';
export type { MetadataOverrides } from './ingest/metadata.js';
export { storeArticle } from './ingest/store.js';
export type { StoreOutcome } from './ingest/store.js';
export { isFurniture } from './ingest/page-furniture.js';

// CLI (for embedding and tests)
export { runCli, createProgram } from './cli/main.js';
export { CliError, EXIT } from './cli/errors.js';

// RDF in and out
export { parseRdf, readRdfFile, decodeText } from './rdf/parse.js';
export type { ParseOptions, ReadOptions } from './rdf/parse.js';
export { serializeRdf, writeRdf, sortQuads } from './rdf/serialize.js';
export type { SerializeOptions, TextSink } from './rdf/serialize.js';
export { formatFromPath, parseFormatName, extensionOf } from './rdf/formats.js';
export type { RdfFormat } from './rdf/formats.js';
export { RdfSyntaxError, RdfInputError } from './rdf/errors.js';
export { writeFileAtomic, AtomicFile, OutputError } from './rdf/atomic-write.js';
export { isomorphic, isomorphicByValue } from './rdf/isomorphic.js';
export { jsonLdToQuads, quadsToJsonLd, localDocumentLoader, NEWSGRAPH_CONTEXT_IRI } from './rdf/jsonld.js';

// Viewer bundle and GEXF
export { datasetToBundle } from './graph/bundle.js';
export type { ViewerBundle, BundleNode, BundleEdge, BundleEvidence, BundleDocument, BundleStatement, BundleClaim, BundleDate } from './graph/bundle.js';
export { packBundle, unpackBundle, isBundle } from './graph/bundle-wire.js';
export type { PackedBundle, PackedBundleV2, EdgeTable, EdgeExtras, IndexedExtras } from './graph/bundle-wire.js';
export { bundleToGexf } from './graph/gexf.js';

// Typed queries
export { NewsGraphQuery } from './query/engine.js';
export type { Centrality } from './query/engine.js';
export { GraphIndex } from './query/graph-index.js';
export { parsePattern } from './query/pattern.js';
export { normalise, stem } from './query/normalize.js';
export * from './query/types.js';

// Extraction
export { extractDocument } from './extract/extract.js';
export { Gazetteer } from './extract/gazetteer.js';
export { segmentText } from './extract/segment.js';
export { findDates } from './extract/dates.js';
export { applyReview } from './extract/review.js';
export type { ReviewResult } from './extract/review.js';
export { ruleCatalogueQuads, rule } from './extract/rules.js';
export { evaluate } from './extract/evaluate.js';
export type { Evaluation, Score } from './extract/evaluate.js';

// SPARQL 1.1 stores
export { SparqlEndpoint, EndpointError } from './remote/endpoint.js';
export type { EndpointOptions } from './remote/endpoint.js';
export { pushDataset, PushError, PUSH_MANIFEST_GRAPH } from './remote/push.js';
export type { PushOptions, PushReport } from './remote/push.js';
export { RemoteQueries } from './remote/queries.js';
export type { RemoteQueryOptions } from './remote/queries.js';
export { fetchNeighbourhood } from './remote/neighbourhood.js';
export type { Neighbourhood, NeighbourhoodOptions } from './remote/neighbourhood.js';

// Serving the viewer
export { startServer } from './serve/server.js';
export { createRemoteApi } from './serve/remote-api.js';
export type { RemoteApi, RemoteApiOptions } from './serve/remote-api.js';
export { ensureViewerBuilt } from './serve/viewer-build.js';

// Corpus: cross-document entity resolution (a build stage) and the corpus questions
export { resolveEntities, resolutionSummary, ROLE_WINDOW_DAYS, RESOLVED_KINDS } from './resolve/resolve.js';
export type { ResolutionResult, ResolvedEntity, ResolvedMember, ResolveOptions, KnownEntityNames } from './resolve/resolve.js';
export { readEntityReview, entityRef, emptyReview, ENTITY_REVIEW_PATH } from './resolve/review.js';
export type { EntityReview, ReviewDecision } from './resolve/review.js';
export { nameKey, wordKey, foldName, personNameKey, personNamesAgree, SPELLING_RULES } from './resolve/names.js';
export { roleFamily, ROLE_FAMILIES } from './resolve/roles.js';
export { CorpusQueries } from './corpus/corpus-queries.js';
export type { SelectRunner, EntityResolver, SaidOptions } from './corpus/corpus-queries.js';
export { localSupport, localLabels } from './corpus/local.js';
export type { LabelLookup } from './corpus/local.js';
export { remoteSupport } from './corpus/support.js';
export type { SupportSource, SupportedFact } from './corpus/support.js';
export { UTTERANCE_RULE, groupReports, sameUtterance } from './corpus/utterances.js';
export { EVENT_WINDOW_DAYS, valueDisagreements, eventDisagreements, claimDisagreements } from './corpus/disagreements.js';
export { SINGLE_VALUED } from './corpus/sparql.js';
export type * from './corpus/types.js';
