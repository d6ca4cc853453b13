/**
 * Stores ingested articles as build sources: `<dir>/<id>.txt` (the extracted text, which every
 * evidence offset refers to) and `<dir>/<id>.meta.json`. Does: write each pair atomically, leave
 * an identical pair untouched (so the next build does not re-extract it), replace a changed one
 * whole (and an older `<id>.md` of the same id), and refuse to replace a curated source. Does not: extract or build.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDirectory, writeFileAtomic } from '../rdf/atomic-write.js';
import type { SourceMeta } from '../model/curation.js';
import type { IngestedArticle } from './read.js';

/** What happened to one article. */
export type StoreOutcome = 'added' | 'replaced' | 'unchanged';

/** The sidecar text of a source's metadata, as written by `ingest --add`. */
export function metaJson(meta: SourceMeta): string {
  return `${JSON.stringify(meta, null, 2)}\n`;
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/**
 * Store one article under `dir`.
 * @throws Error when a curated source with the same id exists (gold is never replaced by extraction).
 */
export function storeArticle(article: IngestedArticle, dir: string): StoreOutcome {
  const base = join(dir, article.meta.id);
  if (existsSync(`${base}.curated.yaml`)) throw new Error(`${base}.curated.yaml exists: a curated source is not replaced by extraction`);
  const text = article.text;
  const meta = metaJson(article.meta);
  const oldText = readIfExists(`${base}.txt`);
  const oldMeta = readIfExists(`${base}.meta.json`);
  const legacy = existsSync(`${base}.md`);
  if (oldText === text && oldMeta === meta && !legacy) return 'unchanged';
  ensureDirectory(dir);
  // not flushed one by one: a corpus has thousands of sources, and the inputs can be ingested again
  writeFileAtomic(`${base}.txt`, text, { durable: false });
  writeFileAtomic(`${base}.meta.json`, meta, { durable: false });
  // a source stored as Markdown before is now the extracted text: one source per id
  if (legacy) rmSync(`${base}.md`);
  return oldText === undefined && oldMeta === undefined && !legacy ? 'added' : 'replaced';
}
