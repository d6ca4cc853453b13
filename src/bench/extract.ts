/**
 * Benchmark: extraction throughput on a synthetic corpus of many articles (the seed article and
 * the English test article, varied: other dates, other states, other people), next to the time
 * to merely read and sentence-split the same text in the same run. Goal: ≥ 1 MB/s on one core.
 *
 * Both run the compiled package, as an installed newsgraph does: `npm run build:lib` compiles
 * `dist/` first (NEWSGRAPH_BENCH_EXTRACT=source runs the TypeScript sources through tsx instead,
 * which wraps every closure and is slower). Each document gets its own copy of the register's
 * gazetteer, as in `build` (`registerGazetteer`, `forDocument`): what one document learns never
 * changes another's extraction, and the copy's cost is timed. Wall and CPU time are printed: on a
 * shared machine the CPU time is the steadier of the two. The first pass is timed cold, as a
 * user's `build` of a corpus runs it: the JIT's warm-up is part of the figure.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadRegister } from '../build/register.js';
import { packagePath } from '../util/package-root.js';
import { seededRandom } from '../util/random.js';

const ARTICLES = Number(process.env.NEWSGRAPH_BENCH_ARTICLES ?? 1500);
const FROM_SOURCE = process.env.NEWSGRAPH_BENCH_EXTRACT === 'source';

type Modules = [typeof import('../extract/gazetteer.js'), typeof import('../extract/extract.js'), typeof import('../extract/segment.js')];

/** The extractor's modules: compiled in `dist/` (built now), or the sources. */
async function extractor(): Promise<Modules> {
  const names = ['extract/gazetteer', 'extract/extract', 'extract/segment'];
  if (FROM_SOURCE) return (await Promise.all(names.map((n) => import(`../${n}.ts`)))) as Modules;
  const built = spawnSync('npm', ['run', '--silent', 'build:lib'], { cwd: packagePath(), stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build:lib failed');
  return (await Promise.all(names.map((n) => import(pathToFileURL(packagePath('dist', `${n}.js`)).href)))) as Modules;
}

export async function run(): Promise<void> {
  const [{ Gazetteer }, { extractDocument }, { segmentText }] = await extractor();
  const seedDe = readFileSync('data/sources/rt-de-2024-12-06-security-guarantees.txt', 'utf8');
  const seedEn = readFileSync('test/fixtures/english-article.txt', 'utf8');
  const r = seededRandom(1);
  const statesDe = ['Frankreich', 'Polen', 'China', 'Kasachstan', 'Serbien', 'Ungarn', 'Armenien'];
  const statesEn = ['France', 'Poland', 'China', 'Kazakhstan', 'Serbia', 'Hungary', 'Armenia'];
  const corpus: Array<{ text: string; lang: 'de' | 'en'; published: string }> = [];
  for (let i = 0; i < ARTICLES; i++) {
    const de = i % 2 === 0;
    const day = 1 + Math.floor(r() * 27);
    const k = Math.floor(r() * statesDe.length);
    const text = de
      ? seedDe.replace(/6\. Dezember/g, `${day}. Dezember`).replace(/Weißrussland(s?)\b/g, `${statesDe[k]}$1`)
      : seedEn.replace(/6 December 2024/g, `${day} December 2024`).replace(/\bBelarus\b/g, statesEn[k]!);
    corpus.push({ text, lang: de ? 'de' : 'en', published: `2024-12-${String(day + 1).padStart(2, '0')}` });
  }
  const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  // as `build` and `ingest` do: the register's gazetteer indexed once, each document extracted with its own copy
  const gazetteer = new Gazetteer(await loadRegister()).indexRegister();

  let t = performance.now();
  let cpu = process.cpuUsage();
  let sentences = 0;
  for (const a of corpus) sentences += segmentText(a.text, a.lang).sentences.length;
  const splitMs = performance.now() - t;
  const splitCpu = cpuMs(cpu);

  t = performance.now();
  cpu = process.cpuUsage();
  let facts = 0;
  let statements = 0;
  corpus.forEach((a, i) => {
    const d = extractDocument(a.text, { id: `bench-${i}`, language: a.lang, published: a.published }, gazetteer.forDocument());
    facts += d.facts.length;
    statements += d.statements.length;
  });
  const extractMs = performance.now() - t;
  const extractCpu = cpuMs(cpu);
  const mbps = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
  console.log(`extractor: ${FROM_SOURCE ? 'TypeScript sources through tsx' : 'compiled package (dist/, built by npm run build:lib)'}`);
  console.log(`corpus: ${corpus.length} articles, ${(bytes / 1e6).toFixed(1)} MB, ${sentences} sentences`);
  console.log(`read + sentence split: ${splitMs.toFixed(0)} ms  ${mbps(splitMs)} MB/s  (CPU ${splitCpu.toFixed(0)} ms  ${mbps(splitCpu)} MB/s)`);
  console.log(`full extraction:       ${extractMs.toFixed(0)} ms  ${mbps(extractMs)} MB/s  (CPU ${extractCpu.toFixed(0)} ms  ${mbps(extractCpu)} MB/s; ${facts} facts, ${statements} statements; goal ≥ 1 MB/s)`);
  console.log(`extraction / split time: ${(extractMs / splitMs).toFixed(1)}×`);
}

/** CPU time (user and system, all threads: the compiler and collector threads too) since `from`, in ms. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
}
