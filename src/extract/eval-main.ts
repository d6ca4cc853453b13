/**
 * `npm run eval`: extract every curated source from its text alone and score it against the
 * curated gold; prints the table (and the relations missed with `--verbose`).
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { findSources } from '../build/sources.js';
import { loadCuratedDocument, readSourceMeta } from '../model/curation.js';
import { loadEntityRegister } from '../build/pipeline.js';
import { DATA_LAYOUT, resolveDataDir } from '../util/package-root.js';
import { segmentText } from './segment.js';
import { Gazetteer } from './gazetteer.js';
import { extractDocument } from './extract.js';
import { evaluate, type Evaluation } from './evaluate.js';
import { formatTable } from '../sparql/format.js';
import { compactIri } from '../model/vocab.js';

/** Evaluate all curated sources in a data folder (default: see {@link resolveDataDir}). */
export async function evaluateCurated(dataDir?: string): Promise<Array<{ id: string; evaluation: Evaluation }>> {
  const data = resolveDataDir(dataDir);
  const register = await loadEntityRegister(data);
  const out: Array<{ id: string; evaluation: Evaluation }> = [];
  for (const src of findSources(join(data, DATA_LAYOUT.sources))) {
    if (!src.curated) continue;
    const gold = loadCuratedDocument({ text: src.text, meta: src.meta, curated: src.curated }, segmentText);
    const found = extractDocument(readFileSync(src.text, 'utf8'), readSourceMeta(src.meta), new Gazetteer(register));
    out.push({ id: src.base, evaluation: evaluate(gold, found) });
  }
  return out;
}

async function main(): Promise<void> {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const at = process.argv.indexOf('--data');
  for (const { id, evaluation: e } of await evaluateCurated(at > 0 ? process.argv[at + 1] : undefined)) {
    process.stdout.write(`${id}\n`);
    const rows = (['entities', 'mentions', 'relations', 'statements', 'dates'] as const).map((k) => [k, String(e[k].gold), String(e[k].found), String(e[k].correct), pct(e[k].precision), pct(e[k].recall), pct(e[k].f1)]);
    process.stdout.write(formatTable(['measure', 'gold', 'found', 'correct', 'precision', 'recall', 'F1'], rows));
    process.stdout.write(`claims asserted as facts: ${e.claimsAsserted}\n`);
    if (process.argv.includes('--verbose')) for (const m of e.missedRelations) process.stdout.write(`  missed: ${m.split(' ').map((x) => compactIri(x.replace(/^<|>$/g, ''))).join(' ')}\n`);
  }
}

if (process.argv[1]?.endsWith('eval-main.ts')) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
