/**
 * Benchmark: a corpus of generated articles (src/bench/corpus-generator.ts; default 10,000, set
 * NEWSGRAPH_BENCH_CORPUS) — ingest (read the files: text, Markdown, saved HTML pages; store the
 * sources) and build (extract, encode, assemble; N-Quads by the build's streamed writer), then a second build with nothing
 * changed, against merely reading and sentence-splitting the same texts in the same run; with the
 * build's phases, the extractor's share and the peak heap; then SHACL validation and every output
 * format on a sample (NEWSGRAPH_BENCH_CORPUS_SAMPLE, default 200; NEWSGRAPH_BENCH_CORPUS_FULL=1
 * runs them on the whole corpus instead). Goal: 10,000 articles in < 60 s on one core with
 * < 2 GB of heap. With NEWSGRAPH_BENCH_CORPUS_PUSH=1 also pushes the corpus into a fresh
 * Virtuoso (one named graph per article) against one Graph Store PUT of the same triples.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { generateCorpus } from './corpus-generator.js';
import { segmentText } from '../extract/segment.js';
import { readArticles } from '../ingest/read.js';
import { storeArticle } from '../ingest/store.js';
import { buildGraph, writeOutput } from '../build/pipeline.js';
import { AtomicFile } from '../rdf/atomic-write.js';
import { comparePushWithOnePut, firstGraphs, timedPush } from './test-virtuoso.js';

const ARTICLES = Number(process.env.NEWSGRAPH_BENCH_CORPUS ?? 10_000);
const SAMPLE = Number(process.env.NEWSGRAPH_BENCH_CORPUS_SAMPLE ?? 200);
const PUSH_ROUNDS = Number(process.env.NEWSGRAPH_BENCH_PUSH_ROUNDS ?? 3);

/** The highest heap use seen at any sample point. */
let peakHeap = 0;
function sample(): void {
  const used = process.memoryUsage().heapUsed;
  if (used > peakHeap) peakHeap = used;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (n: number, ms: number) => `${((n / ms) * 1000).toFixed(0)} articles/s`;

/** CPU time (user + system) of this process so far, ms: on a shared machine wall time also counts other processes' work. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function setUp(dir: string): { inputs: string; plain: string; root: string; texts: number; bytes: number; langs: Map<string, 'de' | 'en'> } {
  const corpus = generateCorpus({ articles: ARTICLES, seed: 12 });
  const inputs = join(dir, 'inputs');
  const plain = join(dir, 'plain');
  const root = join(dir, 'root');
  for (const d of [inputs, plain, join(root, 'ontology'), join(root, 'data', 'sources')]) mkdirSync(d, { recursive: true });
  if (existsSync('data/entities.ttl')) copyFileSync('data/entities.ttl', join(root, 'data', 'entities.ttl'));
  const langs = new Map<string, 'de' | 'en'>();
  let bytes = 0;
  for (const a of corpus) {
    writeFileSync(join(inputs, a.fileName), a.content);
    if (a.format === 'txt') writeFileSync(join(inputs, `${a.id}.meta.json`), JSON.stringify({ id: a.id, language: a.language, published: a.published, publisher: a.publisher, title: a.title }));
    writeFileSync(join(plain, `${a.id}.txt`), a.text);
    langs.set(`${a.id}.txt`, a.language);
    bytes += Buffer.byteLength(a.text);
  }
  const formats = new Map<string, number>();
  for (const a of corpus) formats.set(a.format, (formats.get(a.format) ?? 0) + 1);
  const stories = new Set(corpus.map((a) => a.story)).size;
  const publishers = new Set(corpus.map((a) => a.publisher)).size;
  console.log(`corpus: ${corpus.length} articles (${[...formats].map(([f, n]) => `${n} ${f}`).join(', ')}), ${(bytes / 1e6).toFixed(1)} MB of text, ${stories} stories, ${publishers} publishers`);
  return { inputs, plain, root, texts: corpus.length, bytes, langs };
}

/**
 * The push of the corpus (one named graph per article) against one Graph Store PUT of the same
 * triples: the first whole articles that fit in one PUT, in alternate rounds on fresh servers with
 * the same settings (test-virtuoso.ts); then the whole corpus pushed, its rate against the PUT's.
 */
async function pushBench(quads: Quad[]): Promise<void> {
  const same = firstGraphs(quads);
  console.log(`push of the first whole articles (${same.length} quads) against one GSP PUT of their distinct triples (more deadlock in Virtuoso, SR172), ${PUSH_ROUNDS} rounds:`);
  const { putRate } = await comparePushWithOnePut(same, PUSH_ROUNDS);
  const run = await timedPush(quads);
  const rate = (run.triples / run.ms) * 1000;
  console.log(`push of the whole corpus into Virtuoso: ${run.graphs} named graphs, ${run.triples} triples in ${s(run.ms)} (CPU client ${s(run.cpuMs)} + server ${s(run.serverCpuMs)}): ${rate.toFixed(0)} triples/s → ${((rate / putRate) * 100).toFixed(0)}% of the one-PUT rate (goal ≥ 90%)`);
}

/** The build's own streamed N-Quads writer into `path`; returns the bytes written. */
async function writeNQuads(quads: Quad[], path: string): Promise<number> {
  const file = new AtomicFile(path);
  let bytes = 0;
  await writeOutput(quads, 'nquads', (chunk) => {
    bytes += Buffer.byteLength(chunk);
    file.write(chunk);
  });
  file.commit();
  return bytes;
}

/** Build phases as "name 1.2 s" items, collected through `onPhase`. */
function phaseLog(): { onPhase: (name: string, ms: number) => void; text: () => string } {
  const items: string[] = [];
  let last = cpu();
  return {
    onPhase: (name, ms) => {
      sample();
      const now = cpu();
      items.push(`${name} ${s(ms)} (CPU ${s(now - last)})`);
      last = now;
    },
    text: () => items.join(', '),
  };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-corpus-'));
  try {
    const { inputs, plain, root, texts, langs } = setUp(dir);

    // reference: read and sentence-split the same texts
    let t = performance.now();
    let c0 = cpu();
    let sentences = 0;
    for (const [name, lang] of langs) sentences += segmentText(readFileSync(join(plain, name), 'utf8'), lang).sentences.length;
    const refMs = performance.now() - t;
    const refCpu = cpu() - c0;
    console.log(`read + sentence split (reference): ${s(refMs)} (CPU ${s(refCpu)})  ${rate(texts, refMs)}  (${sentences} sentences)`);

    // ingest: read every input file and store the sources
    global.gc?.();
    peakHeap = 0;
    t = performance.now();
    c0 = cpu();
    const read = readArticles([inputs], {}, (done) => done % 200 === 0 && sample());
    for (const a of read.articles) storeArticle(a, join(root, 'data', 'sources'));
    const ingestMs = performance.now() - t;
    const ingestCpu = cpu() - c0;
    sample();
    console.log(`ingest (read ${read.articles.length} articles, ${read.skipped.length} skipped; store): ${s(ingestMs)} (CPU ${s(ingestCpu)})  ${rate(texts, ingestMs)}`);

    // build of the whole corpus: extract, encode, assemble; then N-Quads by the build's streamed
    // writer (sorted, deduplicated; over 1 GB at this size, more than one string can hold); SHACL
    // and the other formats: below (NEWSGRAPH_BENCH_CORPUS_FULL=1: all of them on the whole corpus)
    const full = process.env.NEWSGRAPH_BENCH_CORPUS_FULL === '1';
    t = performance.now();
    c0 = cpu();
    const log = phaseLog();
    const built = await buildGraph({ dataDir: join(root, 'data'), outDir: join(root, 'out'), validate: full, write: full, onSource: (done) => done % 200 === 0 && sample(), onPhase: log.onPhase });
    if (!full) {
      const t0 = performance.now();
      mkdirSync(join(root, 'out'), { recursive: true });
      const bytes = await writeNQuads(built.quads, join(root, 'out', 'graph.nq'));
      log.onPhase(`N-Quads streamed (${mb(bytes)})`, performance.now() - t0);
    }
    const buildMs = performance.now() - t;
    const buildCpu = cpu() - c0;
    sample();
    const c = built.counts;
    console.log(`build${full ? ' (validated, every output)' : ' (extract + encode + assemble + N-Quads)'}: ${s(buildMs)} (CPU ${s(buildCpu)})  ${rate(texts, buildMs)}  (${c.quads} quads, ${c.facts} facts, ${c.statements} statements, ${c.entities} entities)`);
    const relinked = built.extraction.relinked;
    console.log(`  phases: ${log.text()}; the extractor itself (src/extract, relinks included: ${relinked?.extracted ?? 0} documents extracted a second time): CPU ${s(built.extraction.extractCpuMs ?? 0)}, ${(((built.extraction.extractCpuMs ?? 0) / buildCpu) * 100).toFixed(0)}% of the build's CPU`);
    const total = ingestMs + buildMs;
    console.log(`ingest + build: ${s(total)} (CPU ${s(ingestCpu + buildCpu)})  ${rate(texts, total)}  → ${(total / refMs).toFixed(0)}× the reference (CPU: ${((ingestCpu + buildCpu) / refCpu).toFixed(0)}×) (goal: 10,000 articles < 60 s)`);
    console.log(`peak heap (sampled): ${mb(peakHeap)} (goal < 2048 MB); peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);

    // a second build with nothing changed: no extraction
    const again = phaseLog();
    t = performance.now();
    const rebuilt = await buildGraph({ dataDir: join(root, 'data'), outDir: join(root, 'out'), validate: false, write: false, onPhase: again.onPhase });
    console.log(`second build, nothing changed: ${s(performance.now() - t)}, ${rebuilt.extraction.extracted} extracted, ${rebuilt.extraction.reused} from the cache, relinked ${rebuilt.extraction.relinked?.extracted ?? 0} extracted / ${rebuilt.extraction.relinked?.reused ?? 0} from the cache (${again.text()})`);

    if (!full) await sampleBuild(root, SAMPLE);
    if (process.env.NEWSGRAPH_BENCH_CORPUS_PUSH === '1') await pushBench(built.quads);
    else console.log('push: skipped (NEWSGRAPH_BENCH_CORPUS_PUSH=1 pushes the corpus into Virtuoso)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The rest of a full build — SHACL validation and every output format — on the first `n`
 * sources of the corpus, with per-phase times and the rate per article (these phases do not
 * scale to the whole corpus in a benchmark run; NEWSGRAPH_BENCH_CORPUS_FULL=1 runs them on it).
 */
async function sampleBuild(root: string, n: number): Promise<void> {
  const small = join(root, '..', 'sample');
  for (const d of ['ontology', 'data/sources']) mkdirSync(join(small, d), { recursive: true });
  if (existsSync(join(root, 'data', 'entities.ttl'))) copyFileSync(join(root, 'data', 'entities.ttl'), join(small, 'data', 'entities.ttl'));
  const names = readdirSync(join(root, 'data', 'sources')).filter((x) => x.endsWith('.txt')).sort().slice(0, n);
  for (const name of names) for (const f of [name, name.replace(/\.txt$/, '.meta.json')]) copyFileSync(join(root, 'data', 'sources', f), join(small, 'data', 'sources', f));
  const log = phaseLog();
  const t = performance.now();
  const c0 = cpu();
  const built = await buildGraph({ dataDir: join(small, 'data'), outDir: join(small, 'out'), onPhase: log.onPhase });
  const ms = performance.now() - t;
  console.log(`full build (SHACL + every output) of ${names.length} of these articles: ${s(ms)} (CPU ${s(cpu() - c0)})  ${rate(names.length, ms)}  (${built.counts.quads} quads; conforms: ${built.report?.conforms})`);
  console.log(`  phases: ${log.text()}`);
}
