/**
 * Finds the source documents under `data/sources/`.
 *
 * Does: list every article (`<id>.txt` or `<id>.md`) with its sidecars — metadata
 * (`<id>.meta.json`, required), curated knowledge (`<id>.curated.yaml`, optional: the gold that
 * replaces extraction) and a review file (`<id>.review.yaml`, optional: corrections applied to
 * extraction) — in a stable order. Does not: read the files' contents.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';

/** One source document and its sidecar files. */
export interface SourceFiles {
  /** File name without extension: the document id. */
  base: string;
  text: string;
  meta: string;
  curated?: string;
  review?: string;
}

const TEXT_EXT = /\.(txt|md)$/;

/** The sources in `dir`, sorted by name. A text without metadata is an error naming the missing file. */
export function findSources(dir: string): SourceFiles[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).sort();
  const out: SourceFiles[] = [];
  for (const name of names) {
    if (!TEXT_EXT.test(name)) continue;
    const base = name.replace(TEXT_EXT, '');
    const meta = join(dir, `${base}.meta.json`);
    if (!existsSync(meta)) {
      throw new InputError(`${join(dir, name)}: no metadata sidecar; create ${meta} with {"id", "language", "published"} (or use \`newsgraph ingest\`)`);
    }
    const curated = join(dir, `${base}.curated.yaml`);
    const review = join(dir, `${base}.review.yaml`);
    out.push({
      base,
      text: join(dir, name),
      meta,
      ...(existsSync(curated) ? { curated } : {}),
      ...(existsSync(review) ? { review } : {}),
    });
  }
  return out;
}
