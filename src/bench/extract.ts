/**
 * Benchmark: extraction throughput on a synthetic corpus of many articles (the seed article and
 * the English test article, varied: other dates, other states, other people), next to the time
 * to merely read and sentence-split the same text in the same run. Goal: ≥ 1 MB/s on one core.
 */
import { readFileSync } from 'node:fs';
import { loadRegister } from '../build/register.js';
import { Gazetteer } from '../extract/gazetteer.js';
import { extractDocument } from '../extract/extract.js';
import { segmentText } from '../extract/segment.js';
import { seededRandom } from '../util/random.js';

const ARTICLES = Number(process.env.NEWSGRAPH_BENCH_ARTICLES ?? 1500);

export async function run(): Promise<void> {
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
  const gazetteer = new Gazetteer(await loadRegister());

  let t = performance.now();
  let sentences = 0;
  for (const a of corpus) sentences += segmentText(a.text, a.lang).sentences.length;
  const splitMs = performance.now() - t;

  t = performance.now();
  let facts = 0;
  let statements = 0;
  corpus.forEach((a, i) => {
    const d = extractDocument(a.text, { id: `bench-${i}`, language: a.lang, published: a.published }, gazetteer);
    facts += d.facts.length;
    statements += d.statements.length;
  });
  const extractMs = performance.now() - t;
  const mbps = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
  console.log(`corpus: ${corpus.length} articles, ${(bytes / 1e6).toFixed(1)} MB, ${sentences} sentences`);
  console.log(`read + sentence split: ${splitMs.toFixed(0)} ms  ${mbps(splitMs)} MB/s`);
  console.log(`full extraction:       ${extractMs.toFixed(0)} ms  ${mbps(extractMs)} MB/s  (${facts} facts, ${statements} statements; goal ≥ 1 MB/s)`);
  console.log(`extraction / split time: ${(extractMs / splitMs).toFixed(1)}×`);
}
