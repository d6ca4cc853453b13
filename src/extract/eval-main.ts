/**
 * `npm run eval`: how well the extractor reads news it was not tuned on.
 *
 * Scores (1) the curated seed, extracted from its text alone, against its curated knowledge,
 * (2) the data folder's gold sets ({@link GOLD_SETS}: the dev set the extractor was tuned on, then
 * the held-out set it never was; each `<set>/gold/*.yaml` with its text in the git-ignored
 * `<set>/texts/`) and (3) every fixture of our own (`test/fixtures/extraction/`), per article and
 * micro-averaged: entities, relations, statements (found, speaker, date), date normalisation,
 * claims leaked as facts, SHACL validity. `--data DIR` names a data folder, or one gold-set folder
 * (e.g. `data/holdout`), which is then scored alone. `--verbose` lists what was missed and what
 * was wrong; `--json` prints the numbers as JSON. Exit 0 whatever the scores (a report, not a
 * gate; the tests hold the floor). Does not: write anything.
 */
import { basename, dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { findSources } from '../build/sources.js';
import { loadCuratedDocument, readSourceMeta, type SourceMeta } from '../model/curation.js';
import { encodeDocumentGraph } from '../model/encode.js';
import { validateDataset } from '../validate/shacl.js';
import { loadRegister } from '../build/register.js';
import { loadOntology, loadShapes } from '../build/pipeline.js';
import { DATA_LAYOUT, PACKAGE_ROOT, resolveDataDir } from '../util/package-root.js';
import { segmentText } from './segment.js';
import { Gazetteer } from './gazetteer.js';
import { extractDocument } from './extract.js';
import { evaluate, type Evaluation } from './evaluate.js';
import { ruleCatalogueQuads } from './rules.js';
import { ONTOLOGY_GRAPH } from '../model/vocab.js';
import { readDevSet, scoreArticle, prf, sumCounts, type ArticleScore, type DevArticle } from './devset.js';
import { formatTable } from '../sparql/format.js';
import { compactIri } from '../model/vocab.js';

/** The register, ontology (with the rule catalogue) and shapes an extraction is read and checked against. */
async function background(dataDir?: string): Promise<{ register: Quad[]; ontology: Quad[]; shapes: Quad[] }> {
  return { register: await loadRegister(dataDir), ontology: [...(await loadOntology()), ...ruleCatalogueQuads(ONTOLOGY_GRAPH)], shapes: await loadShapes() };
}

/** Evaluate all curated sources in a data folder (default: see {@link resolveDataDir}). */
export async function evaluateCurated(dataDir?: string): Promise<Array<{ id: string; evaluation: Evaluation }>> {
  const data = resolveDataDir(dataDir);
  const register = await loadRegister(data);
  const out: Array<{ id: string; evaluation: Evaluation }> = [];
  for (const src of findSources(join(data, DATA_LAYOUT.sources))) {
    if (!src.curated) continue;
    const gold = loadCuratedDocument({ text: src.text, meta: src.meta, curated: src.curated }, segmentText);
    const found = extractDocument(readFileSync(src.text, 'utf8'), readSourceMeta(src.meta), new Gazetteer(register));
    out.push({ id: src.base, evaluation: evaluate(gold, found) });
  }
  return out;
}

/** One dev-set or fixture article, scored, with its SHACL verdict. */
export interface DevResult {
  score: ArticleScore;
  shaclValid: boolean;
  violations: string[];
}

/** Extract and score every article of a dev set whose text is present. */
export async function evaluateDevSet(articles: readonly DevArticle[], dataDir?: string): Promise<DevResult[]> {
  const { register, ontology, shapes } = await background(dataDir);
  const out: DevResult[] = [];
  for (const a of articles) {
    if (!a.text) continue;
    const g = new Gazetteer(register);
    const meta: SourceMeta = { id: a.gold.id.toLowerCase().replace(/[^a-z0-9-]/g, '-'), language: a.gold.language, published: a.gold.published, ...(a.gold.publisher ? { publisher: a.gold.publisher } : {}) };
    const dg = extractDocument(a.text, meta, g);
    const report = await validateDataset([...encodeDocumentGraph(dg), ...register, ...ontology], shapes);
    out.push({ score: scoreArticle(a.gold, a.text, dg, g), shaclValid: report.conforms, violations: report.issues.filter((i) => i.severity === 'violation').map((i) => `${i.message} (${i.focus} ${i.path ?? ""})`) });
  }
  return out;
}

const pct = (x: number) => (100 * x).toFixed(1);

function printDev(title: string, results: readonly DevResult[], verbose: boolean): void {
  if (results.length === 0) return;
  process.stdout.write(`\n${title}: ${results.length} article(s)\n`);
  const rows = results.map(({ score: s, shaclValid }) => {
    const e = prf(s.entities);
    const r = prf(s.relations);
    return [s.id.slice(0, 48), pct(e.f1), `${pct(r.p)}/${pct(r.r)}`, `${s.statements.correctGold}/${s.statements.gold}`, `${s.speaker.correct}/${s.speaker.of}`, `${s.date.correct}/${s.date.of}`, `${s.dates.correctGold}/${s.dates.gold}`, String(s.claimsLeaked), shaclValid ? 'yes' : 'NO'];
  });
  process.stdout.write(formatTable(['article', 'ent F1', 'rel P/R', 'stmts', 'speaker', 'st.date', 'dates', 'leaked', 'SHACL'], rows));
  const sum = (k: 'entities' | 'relations' | 'statements' | 'dates') => prf(sumCounts(results.map((x) => x.score[k])));
  const ratio = (k: 'speaker' | 'date') => {
    const c = results.reduce((a, x) => a + x.score[k].correct, 0);
    const of = results.reduce((a, x) => a + x.score[k].of, 0);
    return of === 0 ? 1 : c / of;
  };
  const e = sum('entities');
  const r = sum('relations');
  const st = sum('statements');
  const d = sum('dates');
  process.stdout.write(
    formatTable(['micro-average', 'precision', 'recall', 'F1'], [
      ['entities', pct(e.p), pct(e.r), pct(e.f1)],
      ['relations', pct(r.p), pct(r.r), pct(r.f1)],
      ['statements found', pct(st.p), pct(st.r), pct(st.f1)],
      ['date normalisation', pct(d.p), pct(d.r), pct(d.f1)],
    ]),
  );
  process.stdout.write(`statement speaker right: ${pct(ratio('speaker'))}%  statement date right: ${pct(ratio('date'))}%  claims leaked: ${results.reduce((a, x) => a + x.score.claimsLeaked, 0)}  SHACL-valid: ${results.filter((x) => x.shaclValid).length}/${results.length}\n`);
  if (!verbose) return;
  for (const { score: s, violations } of results) {
    const lines = [...s.missed.relations.map((x) => `missed relation ${x}`), ...s.wrong.relations.map((x) => `wrong relation ${x}`), ...s.missed.statements.map((x) => `missed statement ${x}`), ...s.wrong.statements.map((x) => `statement ${x}`), ...s.missed.entities.map((x) => `missed entity ${x}`), ...s.wrong.entities.map((x) => `wrong entity ${x}`), ...violations.map((x) => `SHACL ${x}`)];
    if (lines.length) process.stdout.write(`\n${s.id}\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
  }
}

/**
 * The gold sets a data folder may hold, in the order they are printed: each a folder with
 * `gold/*.yaml` and the git-ignored `texts/`. The held-out set is never tuned on (see its README).
 */
export const GOLD_SETS = [
  { dir: 'devset', key: 'dev', title: 'dev set (real articles, tuned on)' },
  { dir: 'holdout', key: 'holdout', title: 'HELD-OUT set (real articles, never tuned on)' },
] as const;

/** A gold set to score: where its folder is and how it is labelled. */
interface GoldSetTarget {
  key: string;
  title: string;
  folder: string;
}

/**
 * What `--data` names: a data folder (its seed, each of its {@link GOLD_SETS}, then the fixtures),
 * or one gold-set folder (a folder with `gold/`), scored alone with the register of the data
 * folder it sits in.
 */
export function evalTargets(dataDir: string): { data: string; whole: boolean; sets: GoldSetTarget[] } {
  if (existsSync(join(dataDir, 'gold'))) {
    const known = GOLD_SETS.find((s) => s.dir === basename(dataDir));
    const parent = dirname(dataDir);
    const data = existsSync(join(parent, DATA_LAYOUT.register)) || existsSync(join(parent, DATA_LAYOUT.sources)) ? parent : dataDir;
    return { data, whole: false, sets: [{ key: known?.key ?? basename(dataDir), title: known?.title ?? `gold set ${basename(dataDir)}`, folder: dataDir }] };
  }
  return { data: dataDir, whole: true, sets: GOLD_SETS.map((s) => ({ key: s.key, title: s.title, folder: join(dataDir, s.dir) })) };
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const at = process.argv.indexOf('--data');
  const target = evalTargets(resolveDataDir(at > 0 ? process.argv[at + 1] : undefined));
  const data = target.data;
  const seed = target.whole ? await evaluateCurated(data) : [];
  const sets = [];
  for (const set of target.sets) {
    const articles = readDevSet(join(set.folder, 'gold'), join(set.folder, 'texts'));
    sets.push({ ...set, absent: articles.filter((a) => !a.text), results: await evaluateDevSet(articles, data) });
  }
  const fixtures = target.whole ? await evaluateDevSet(readDevSet(join(PACKAGE_ROOT, 'test', 'fixtures', 'extraction')), data) : [];
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify({ seed, ...Object.fromEntries(sets.map((s) => [s.key, s.results.map((d) => d.score)])), fixtures: fixtures.map((d) => d.score) }, null, 2) + '\n');
    return;
  }
  for (const { id, evaluation: e } of seed) {
    process.stdout.write(`seed (curated): ${id}\n`);
    const rows = (['entities', 'mentions', 'relations', 'statements', 'dates'] as const).map((k) => [k, String(e[k].gold), String(e[k].found), String(e[k].correct), pct(e[k].precision), pct(e[k].recall), pct(e[k].f1)]);
    process.stdout.write(formatTable(['measure', 'gold', 'found', 'correct', 'precision', 'recall', 'F1'], rows));
    process.stdout.write(`claims asserted as facts: ${e.claimsAsserted}\n`);
    if (verbose) for (const m of e.missedRelations) process.stdout.write(`  missed: ${m.split(' ').map((x) => compactIri(x.replace(/^<|>$/g, ''))).join(' ')}\n`);
  }
  for (const { title, results, absent } of sets) {
    printDev(title, results, verbose);
    if (absent.length) process.stdout.write(`${title}, not scored (${absent.length}): ${absent.map((a) => `${a.gold.id}: ${a.missing}`).join('; ')}\n`);
  }
  printDev('fixtures (our own words)', fixtures, verbose);
}

if (process.argv[1]?.endsWith('eval-main.ts')) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
