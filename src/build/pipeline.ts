/**
 * The build: `ontology/` + `data/` → one validated RDF dataset → every output format.
 *
 * Does: load the ontology (graph `ngg:ontology`), the entity register (graph `ngg:register`) and
 * every source under `data/sources/` (curated gold where a `.curated.yaml` exists, otherwise the
 * extractor plus its review file), validate the union against the SHACL shapes and the model's
 * invariants, and — only if it conforms — write `graph.ttl`, `graph.trig`, `graph.nq`,
 * `graph.jsonld`, `graph.gexf` and the viewer bundle, each atomically. Does not: parse command
 * lines or print (that is `src/cli/commands/build.ts`).
 */
import { join, resolve } from 'node:path';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { readRdfFile } from '../rdf/parse.js';
import { serializeRdf } from '../rdf/serialize.js';
import { ensureDirectory, writeFileAtomic } from '../rdf/atomic-write.js';
import { gzipSync } from 'node:zlib';
import type { RdfFormat } from '../rdf/formats.js';
import { encodeDocumentGraph, encodeEntity } from '../model/encode.js';
import { loadCuratedDocument } from '../model/curation.js';
import type { DocumentGraph } from '../model/types.js';
import { ENTITIES_GRAPH, NG_CLASS, ONTOLOGY_GRAPH, REGISTER_GRAPH } from '../model/vocab.js';
import { validateDataset, type ValidationReport } from '../validate/shacl.js';
import { findSources, type SourceFiles } from './sources.js';
import { segmentText, extractSource, ruleCatalogueQuads, registerGazetteer, documentGazetteer, relinkKnownPeople } from './extraction.js';
import { resolveEntities, unambiguousPeople, type ResolutionResult } from '../resolve/resolve.js';
import { ENTITY_REVIEW_PATH, readEntityReview } from '../resolve/review.js';
import { registerEntities } from '../extract/gazetteer.js';
import { datasetToBundle, type ViewerBundle } from '../graph/bundle.js';
import { packBundle } from '../graph/bundle-wire.js';
import { bundleToGexf } from '../graph/gexf.js';

/** Where the build reads from and writes to. */
export interface BuildOptions {
  /** Project root holding `ontology/` and `data/` (default: the current directory). */
  root?: string;
  /** Output directory (default: `<root>/out`). */
  outDir?: string;
  /** Validate before writing (default true). A graph that does not conform is never written. */
  validate?: boolean;
  /** Write the output files (default true); false only assembles and validates. */
  write?: boolean;
}

/** Sizes of the built graph. */
export interface BuildCounts {
  quads: number;
  triples: number;
  graphs: number;
  documents: number;
  entities: number;
  facts: number;
  statements: number;
  claims: number;
  mentions: number;
}

/** What a build produced. */
export interface BuildResult {
  quads: Quad[];
  documents: DocumentGraph[];
  report: ValidationReport | undefined;
  counts: BuildCounts;
  /** Files written, absolute paths (empty when nothing was written). */
  files: string[];
  /** Cross-document entity resolution: what was merged, which namesakes were kept apart. */
  resolution: ResolutionResult;
}

/** The output files of a build and the format of each. */
export const OUTPUT_FILES: ReadonlyArray<{ name: string; format: RdfFormat | 'gexf' | 'bundle' }> = [
  { name: 'graph.ttl', format: 'turtle' },
  { name: 'graph.trig', format: 'trig' },
  { name: 'graph.nq', format: 'nquads' },
  { name: 'graph.jsonld', format: 'jsonld' },
  { name: 'graph.gexf', format: 'gexf' },
  { name: 'bundle.json', format: 'bundle' },
];

function intoGraph(quads: Quad[], graph: string): Quad[] {
  const g = DataFactory.namedNode(graph);
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, g) as Quad);
}

/** The SHACL shapes of the project (`ontology/shapes.ttl`). */
export async function loadShapes(root = process.cwd()): Promise<Quad[]> {
  return readRdfFile(join(resolve(root), 'ontology', 'shapes.ttl'));
}

/**
 * Assemble the project's dataset from `ontology/` and `data/` without writing anything.
 * @throws CurationError / RdfSyntaxError naming file, line and column.
 */
export async function assembleDataset(root = process.cwd()): Promise<{ quads: Quad[]; documents: DocumentGraph[]; resolution: ResolutionResult }> {
  const base = resolve(root);
  const ontology = intoGraph(await readRdfFile(join(base, 'ontology', 'newsgraph.ttl')), ONTOLOGY_GRAPH);
  const register = intoGraph(await readRdfFile(join(base, 'data', 'entities.ttl')), REGISTER_GRAPH);
  const rules = ruleCatalogueQuads(ONTOLOGY_GRAPH);
  const documents: DocumentGraph[] = [];
  let gazetteer: ReturnType<typeof registerGazetteer> | undefined;
  const extracted = new Map<number, SourceFiles>();
  for (const src of findSources(join(base, 'data', 'sources'))) {
    if (src.curated) {
      documents.push(loadCuratedDocument({ text: src.text, meta: src.meta, curated: src.curated }, segmentText));
    } else {
      gazetteer ??= registerGazetteer(register);
      extracted.set(documents.length, src);
      documents.push(extractSource(src, documentGazetteer(gazetteer)));
    }
  }
  // each document mints its own people; resolution makes them one, then documents that only
  // mention a person introduced elsewhere are linked to them, and resolution runs once more
  const options = { register: [...registerEntities(register).values()], review: readEntityReview(join(base, ...ENTITY_REVIEW_PATH)) };
  let resolution = resolveEntities(documents, options);
  if (gazetteer && relinkKnownPeople(documents, extracted, resolution.documents, unambiguousPeople(resolution), gazetteer) > 0) resolution = resolveEntities(documents, options);
  const quads = [...ontology, ...rules, ...register];
  for (const e of resolution.records) quads.push(...encodeEntity(e, ENTITIES_GRAPH));
  for (const d of resolution.documents) quads.push(...encodeDocumentGraph(d));
  return { quads, documents: resolution.documents, resolution };
}

function countsOf(quads: Quad[], documents: DocumentGraph[]): BuildCounts {
  const triples = new Set<string>();
  const graphs = new Set<string>();
  const entities = new Set<string>();
  for (const q of quads) {
    triples.add(`${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`);
    graphs.add(q.graph.value);
  }
  const structural = new Set<string>([NG_CLASS.Fact, NG_CLASS.Claim, NG_CLASS.Statement, NG_CLASS.Evidence, NG_CLASS.Mention, NG_CLASS.Sentence, NG_CLASS.TimeValue, NG_CLASS.SourceDocument]);
  for (const q of quads) {
    if (q.predicate.value.endsWith('#type') && q.object.value.startsWith('https://w3id.org/newsgraph/ontology#') && !structural.has(q.object.value) && q.graph.value !== ONTOLOGY_GRAPH) {
      entities.add(q.subject.value);
    }
  }
  return {
    quads: quads.length,
    triples: triples.size,
    graphs: graphs.size,
    documents: documents.length,
    entities: entities.size,
    facts: documents.reduce((n, d) => n + d.facts.length, 0),
    statements: documents.reduce((n, d) => n + d.statements.length, 0),
    claims: documents.reduce((n, d) => n + d.statements.reduce((m, s) => m + s.claims.length, 0), 0),
    mentions: documents.reduce((n, d) => n + d.mentions.length, 0),
  };
}

/** The bundle as written to `bundle.json` (packed, see bundle-wire.ts), with <, > and & escaped so it is safe even if embedded in HTML. */
export function bundleJson(bundle: ViewerBundle): string {
  return JSON.stringify(packBundle(bundle)).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * Write `path.gz` beside a written file: the server sends it to browsers that accept gzip, so a
 * large viewer bundle arrives in a tenth of the bytes. Returns the path written.
 */
export function writeGzipCopy(path: string, data: string): string {
  writeFileAtomic(`${path}.gz`, gzipSync(data, { level: 6 }));
  return `${path}.gz`;
}

/** Serialise a dataset into one output format. */
export async function renderOutput(quads: Quad[], format: RdfFormat | 'gexf' | 'bundle'): Promise<string> {
  if (format === 'bundle') return `${bundleJson(datasetToBundle(quads))}\n`;
  if (format === 'gexf') return bundleToGexf(datasetToBundle(quads));
  if (format === 'turtle') {
    // Turtle has no named graphs: write the union (the same triple from two graphs once).
    const seen = new Set<string>();
    const union: Quad[] = [];
    const dg = DataFactory.defaultGraph();
    for (const q of quads) {
      const k = `${q.subject.termType}:${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}:${q.object.termType === 'Literal' ? `${q.object.language}^^${q.object.datatype.value}` : ''}`;
      if (seen.has(k)) continue;
      seen.add(k);
      union.push(DataFactory.quad(q.subject, q.predicate, q.object, dg) as Quad);
    }
    return serializeRdf(union, 'turtle');
  }
  return serializeRdf(quads, format);
}

/**
 * Build the graph: assemble, validate, and (if it conforms) write every output.
 * Nothing is written when validation fails; each file is replaced atomically.
 */
export async function buildGraph(options: BuildOptions = {}): Promise<BuildResult> {
  const root = resolve(options.root ?? process.cwd());
  const { quads, documents, resolution } = await assembleDataset(root);
  const report = options.validate === false ? undefined : await validateDataset(quads, await loadShapes(root));
  const counts = countsOf(quads, documents);
  const files: string[] = [];
  if (options.write !== false && (report === undefined || report.conforms)) {
    const outDir = resolve(options.outDir ?? join(root, 'out'));
    const rendered: Array<[string, string]> = [];
    for (const { name, format } of OUTPUT_FILES) rendered.push([join(outDir, name), await renderOutput(quads, format)]);
    ensureDirectory(outDir);
    for (const [path, data] of rendered) {
      writeFileAtomic(path, data);
      files.push(path);
      if (path.endsWith('.json')) files.push(writeGzipCopy(path, data));
    }
  }
  return { quads, documents, report, counts, files, resolution };
}
