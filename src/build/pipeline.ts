/**
 * The build: the package's ontology and register + a data folder → one validated RDF dataset →
 * every output format.
 *
 * Does: load the ontology (graph `ngg:ontology`), the entity register (graph `ngg:register`: the
 * package's register files plus the data folder's optional `entities.ttl`) and every source under
 * `<data>/sources/` (curated gold where a `.curated.yaml` exists, otherwise the extractor plus its
 * review file — unchanged sources from the extraction cache, see `extraction-cache.ts`), validate
 * the union against the SHACL shapes and the model's
 * invariants, and — only if it conforms — write `graph.ttl`, `graph.trig`, `graph.nq`,
 * `graph.jsonld`, `graph.gexf` and the viewer bundle, each atomically. Does not: parse command
 * lines or print (that is `src/cli/commands/build.ts`).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { readRdfFile } from '../rdf/parse.js';
import { TEXT_CHUNK, writeRdf, type TextSink } from '../rdf/serialize.js';
import { AtomicFile, ensureDirectory, writeFileAtomic } from '../rdf/atomic-write.js';
import { createGzip, gzipSync } from 'node:zlib';
import { createReadStream } from 'node:fs';
import type { RdfFormat } from '../rdf/formats.js';
import { encodeDocumentGraph, encodeEntity } from '../model/encode.js';
import { loadCuratedDocument } from '../model/curation.js';
import type { DocumentGraph } from '../model/types.js';
import { ENTITIES_GRAPH, NG_CLASS, ONTOLOGY_GRAPH, REGISTER_GRAPH } from '../model/vocab.js';
import { validateDataset, type ValidationReport } from '../validate/shacl.js';
import { findSources, type SourceFiles } from './sources.js';
import { loadRegister, registerPartFor } from './register.js';
import { ExtractionCache, type ExtractionStats } from './extraction-cache.js';
import { segmentText, extractSource, ruleCatalogueQuads, registerGazetteer, relinkKnownPeople } from './extraction.js';
import { resolveEntities, unambiguousPeople, type ResolutionResult } from '../resolve/resolve.js';
import { ENTITY_REVIEW_PATH, readEntityReview } from '../resolve/review.js';
import { registerEntities } from '../extract/gazetteer.js';
import { datasetToBundle, type ViewerBundle } from '../graph/bundle.js';
import { packBundle } from '../graph/bundle-wire.js';
import { writeGexf } from '../graph/gexf.js';
import { DATA_LAYOUT, PACKAGE_FILES, registerFiles, resolveDataDir } from '../util/package-root.js';

/** Where the build reads from and writes to. */
export interface BuildOptions {
  /** The data folder: `entities.ttl` (optional) and `sources/` (default: `./data` where it exists, else the package's example data). */
  dataDir?: string;
  /** Output directory (default: `./out`). */
  outDir?: string;
  /** Validate before writing (default true). A graph that does not conform is never written. */
  validate?: boolean;
  /** Write the output files (default true); false only assembles and validates. */
  write?: boolean;
  /**
   * Folder of the extraction cache (default `<outDir>/cache`); `false` extracts every source.
   * Unchanged sources (same text, metadata, register and extractor) are not extracted again.
   */
  cacheDir?: string | false;
  /** Called after each source is loaded or extracted (for progress bars). */
  onSource?: (done: number, total: number) => void;
  /**
   * Called after each phase with its wall time, for benchmarks: the assembly's `load + extract`,
   * `resolve`, `relink + resolve`, `encode`, then `validate`, `counts + cache`, `write <file>`, `write`.
   */
  onPhase?: (phase: string, ms: number) => void;
}

/** Options of {@link assembleDataset}. */
export interface AssembleOptions {
  /** The extraction cache (see `extraction-cache.ts`; the caller flushes it); without it every source is extracted. */
  cache?: ExtractionCache;
  onSource?: (done: number, total: number) => void;
  /** Called at the end of each step of the assembly (see {@link BuildOptions.onPhase}). */
  onPhase?: (phase: string) => void;
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
  /** Sources extracted in this run and sources whose extraction came from the cache. */
  extraction: ExtractionStats;
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

/** Push every element of `items` onto `into`. */
function append<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]!);
}

/** The package's SHACL shapes (`ontology/shapes.ttl`). */
export async function loadShapes(): Promise<Quad[]> {
  return readRdfFile(PACKAGE_FILES.shapes);
}

/** The package's ontology (`ontology/newsgraph.ttl`), in graph `ngg:ontology`. */
export async function loadOntology(): Promise<Quad[]> {
  return intoGraph(await readRdfFile(PACKAGE_FILES.ontology), ONTOLOGY_GRAPH);
}

/**
 * Assemble the dataset from the package's ontology and register and a data folder (see
 * {@link BuildOptions.dataDir}) without writing anything.
 * @throws CurationError / RdfSyntaxError naming file, line and column; DataFolderError for a missing folder.
 */
export async function assembleDataset(dataDir?: string, options: AssembleOptions = {}): Promise<{ quads: Quad[]; documents: DocumentGraph[]; extraction: ExtractionStats; resolution: ResolutionResult }> {
  const data = resolveDataDir(dataDir);
  const ontology = await loadOntology();
  const register = await loadRegister(data);
  const rules = ruleCatalogueQuads(ONTOLOGY_GRAPH);
  const documents: DocumentGraph[] = [];
  let gazetteer: ReturnType<typeof registerGazetteer> | undefined;
  const sources = findSources(join(data, DATA_LAYOUT.sources));
  const extracted = new Map<number, SourceFiles>();
  sources.forEach((src, i) => {
    if (src.curated) {
      documents.push(loadCuratedDocument({ text: src.text, meta: src.meta, curated: src.curated }, segmentText));
    } else {
      gazetteer ??= registerGazetteer(register);
      extracted.set(documents.length, src);
      const base = gazetteer;
      documents.push(extractSource(src, () => base.forDocument(), options.cache));
    }
    options.onSource?.(i + 1, sources.length);
  });
  // each document mints its own people; resolution makes them one, then documents that only
  // mention a person introduced elsewhere are linked to them, and resolution runs once more
  options.onPhase?.('load + extract');
  const resolving = { register: [...registerEntities(register).values()], review: readEntityReview(join(data, ...ENTITY_REVIEW_PATH)) };
  let resolution = resolveEntities(documents, resolving);
  options.onPhase?.('resolve');
  if (gazetteer && relinkKnownPeople(documents, extracted, resolution.documents, unambiguousPeople(resolution), gazetteer, options.cache) > 0) resolution = resolveEntities(documents, resolving);
  options.onPhase?.('relink + resolve');
  // (loops, not flatMap and spread: millions of quads at corpus scale)
  const documentQuads: Quad[] = [];
  for (const d of resolution.documents) append(documentQuads, encodeDocumentGraph(d));
  const quads = [...ontology, ...rules, ...intoGraph(registerPartFor(register, documentQuads), REGISTER_GRAPH), ...resolution.records.flatMap((e) => encodeEntity(e, ENTITIES_GRAPH))];
  append(quads, documentQuads);
  options.onPhase?.('encode');
  return { quads, documents: resolution.documents, extraction: options.cache ? { ...options.cache.stats } : { extracted: extracted.size, reused: 0 }, resolution };
}

/**
 * Distinct triples (subject, predicate, object; graphs ignored). The quads are chained by subject
 * in runs (the quads of one subject mostly come one after another, so the subject map is touched
 * once a run, not once a quad); a subject's quads are compared pairwise when they are few and
 * through a small set of `predicate object` keys when many — never one key string per quad of
 * the whole corpus at once.
 */
function distinctTriples(quads: readonly Quad[]): number {
  const lastRun = new Map<string, number>();
  const runStart: number[] = [];
  const runNext: number[] = [];
  let previous: string | undefined;
  quads.forEach((q, i) => {
    if (q.subject.value === previous) return;
    previous = q.subject.value;
    runNext.push(lastRun.get(previous) ?? -1);
    lastRun.set(previous, runStart.length);
    runStart.push(i);
  });
  runStart.push(quads.length);
  let triples = 0;
  const group: Quad[] = [];
  for (const last of lastRun.values()) {
    group.length = 0;
    for (let r = last; r !== -1; r = runNext[r]!) for (let i = runStart[r]!; i < runStart[r + 1]!; i++) group.push(quads[i]!);
    triples += distinctPredicateObjects(group);
  }
  return triples;
}

/** The number of distinct (predicate, object) pairs among one subject's quads (an object by its kind and value). */
function distinctPredicateObjects(group: readonly Quad[]): number {
  if (group.length > 32) return new Set(group.map((q) => `${q.predicate.value} ${q.object.termType}:${q.object.value}`)).size;
  let n = 0;
  for (let i = 0; i < group.length; i++) {
    const a = group[i]!;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) {
      const b = group[j]!;
      seen = a.predicate.value === b.predicate.value && a.object.value === b.object.value && a.object.termType === b.object.termType;
    }
    if (!seen) n++;
  }
  return n;
}

const STRUCTURAL_CLASSES = new Set<string>([NG_CLASS.Tenure, NG_CLASS.Fact, NG_CLASS.Claim, NG_CLASS.Statement, NG_CLASS.Evidence, NG_CLASS.Mention, NG_CLASS.Sentence, NG_CLASS.TimeValue, NG_CLASS.SourceDocument]);

function countsOf(quads: Quad[], documents: DocumentGraph[]): BuildCounts {
  const graphs = new Set<string>();
  const entities = new Set<string>();
  for (const q of quads) {
    graphs.add(q.graph.value);
    if (q.predicate.value.endsWith('#type') && q.object.value.startsWith('https://w3id.org/newsgraph/ontology#') && !STRUCTURAL_CLASSES.has(q.object.value) && q.graph.value !== ONTOLOGY_GRAPH) {
      entities.add(q.subject.value);
    }
  }
  return {
    quads: quads.length,
    triples: distinctTriples(quads),
    graphs: graphs.size,
    documents: documents.length,
    entities: entities.size,
    facts: documents.reduce((n, d) => n + d.facts.length, 0),
    statements: documents.reduce((n, d) => n + d.statements.length, 0),
    claims: documents.reduce((n, d) => n + d.statements.reduce((m, s) => m + s.claims.length, 0), 0),
    mentions: documents.reduce((n, d) => n + d.mentions.length, 0),
  };
}

/** Escape <, > and & in JSON text, so it is safe even if embedded in HTML. */
const htmlSafe = (json: string) => json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/** The bundle as written to `bundle.json` (packed, see bundle-wire.ts), with <, > and & escaped so it is safe even if embedded in HTML. */
export function bundleJson(bundle: ViewerBundle): string {
  const parts: string[] = [];
  writeBundleJson(bundle, (chunk) => parts.push(chunk));
  return parts.join('');
}

/** {@link bundleJson} piece by piece: every node and edge on its own, never the whole text at once. */
export function writeBundleJson(bundle: ViewerBundle, out: TextSink): void {
  const packed = packBundle(bundle) as unknown as Record<string, unknown>;
  out('{');
  Object.entries(packed)
    .filter(([, v]) => v !== undefined)
    .forEach(([k, v], i) => {
      out(`${i ? ',' : ''}${JSON.stringify(k)}:`);
      if (!Array.isArray(v)) {
        out(htmlSafe(JSON.stringify(v)));
        return;
      }
      let chunk = '[';
      v.forEach((x, j) => {
        chunk += `${j ? ',' : ''}${htmlSafe(JSON.stringify(x) ?? 'null')}`;
        if (chunk.length > TEXT_CHUNK) {
          out(chunk);
          chunk = '';
        }
      });
      out(`${chunk}]`);
    });
  out('}');
}

/**
 * Write `path.gz` beside a written file: the server sends it to browsers that accept gzip, so a
 * large viewer bundle arrives in a tenth of the bytes. Returns the path written.
 */
export function writeGzipCopy(path: string, data: string): string {
  writeFileAtomic(`${path}.gz`, gzipSync(data, { level: 6 }));
  return `${path}.gz`;
}

/** A gzip copy of a file not yet committed, streamed into another. */
async function gzipInto(from: AtomicFile, to: AtomicFile): Promise<void> {
  for await (const chunk of createReadStream(from.writtenSoFar()).pipe(createGzip({ level: 6 }))) to.write(chunk as Buffer);
}

/** Serialise a dataset into one output format, piece by piece into `out`. */
export async function writeOutput(quads: Quad[], format: RdfFormat | 'gexf' | 'bundle', out: TextSink): Promise<void> {
  if (format === 'bundle') {
    writeBundleJson(datasetToBundle(quads), out);
    out('\n');
    return;
  }
  if (format === 'gexf') {
    writeGexf(datasetToBundle(quads), out);
    return;
  }
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
    return writeRdf(union, 'turtle', out);
  }
  return writeRdf(quads, format, out);
}

/** Serialise a dataset into one output format, as one string (see {@link writeOutput} for large datasets). */
export async function renderOutput(quads: Quad[], format: RdfFormat | 'gexf' | 'bundle'): Promise<string> {
  const parts: string[] = [];
  await writeOutput(quads, format, (chunk) => parts.push(chunk));
  return parts.join('');
}

/**
 * Write every output file, each streamed into a temporary file; only when all are complete are
 * they renamed over the targets, so an error leaves no half-written file and the old outputs as
 * they were. Returns the paths written.
 */
async function writeOutputs(quads: Quad[], outDir: string, phase: (name: string) => void): Promise<string[]> {
  ensureDirectory(outDir);
  const open: AtomicFile[] = [];
  try {
    for (const { name, format } of OUTPUT_FILES) {
      const file = new AtomicFile(join(outDir, name));
      open.push(file);
      await writeOutput(quads, format, (chunk) => file.write(chunk));
      phase(`write ${name}`);
    }
    for (const file of open.filter((f) => f.path.endsWith('.json'))) {
      const gz = new AtomicFile(`${file.path}.gz`);
      open.push(gz);
      await gzipInto(file, gz);
    }
    for (const file of open) file.commit();
    return open.map((f) => f.path);
  } catch (err) {
    for (const file of open) file.abort();
    throw err;
  }
}

/**
 * Build the graph: assemble, validate, and (if it conforms) write every output.
 * Nothing is written when validation fails; each file is replaced atomically.
 */
export async function buildGraph(options: BuildOptions = {}): Promise<BuildResult> {
  let t = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    options.onPhase?.(name, now - t);
    t = now;
  };
  const outDir = resolve(options.outDir ?? 'out');
  const data = resolveDataDir(options.dataDir);
  const registerText = registerFiles(data).map((f) => readFileSync(f, 'utf8')).join('\n');
  const cache = options.cacheDir === false ? undefined : new ExtractionCache(resolve(options.cacheDir ?? join(outDir, 'cache')), registerText);
  try {
    return await buildWith(options, cache, data, outDir, phase);
  } finally {
    cache?.discard(); // a build that failed or did not conform leaves the cache as it was
  }
}

async function buildWith(options: BuildOptions, cache: ExtractionCache | undefined, data: string, outDir: string, phase: (name: string) => void): Promise<BuildResult> {
  const { quads, documents, extraction, resolution } = await assembleDataset(data, { ...(cache ? { cache } : {}), ...(options.onSource ? { onSource: options.onSource } : {}), onPhase: phase });
  const report = options.validate === false ? undefined : await validateDataset(quads, await loadShapes());
  if (report) phase('validate');
  const counts = countsOf(quads, documents);
  if (report === undefined || report.conforms) cache?.flush();
  phase('counts + cache');
  const files: string[] = [];
  if (options.write !== false && (report === undefined || report.conforms)) {
    files.push(...(await writeOutputs(quads, outDir, phase)));
    phase('write');
  }
  return { quads, documents, report, counts, files, extraction, resolution };
}
