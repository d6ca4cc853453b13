/**
 * Incremental extraction: a source whose text, metadata and extractor are unchanged is not
 * extracted again; its {@link DocumentGraph} comes from `<outDir>/cache/extract/<id>.json`.
 *
 * Does: key each source by a SHA-256 of the extractor version (the code of `src/extract` and
 * `src/model`), the entity register, the text, the metadata, and what the gazetteer learned from
 * the sources before it in build order (the extractor learns new people as it reads, so a later
 * article's extraction depends on earlier ones; with this key a cached graph is exactly what a
 * fresh extraction would give). Records what each extraction teaches the gazetteer and replays it
 * when the graph comes from the cache. Writes entries atomically once the build succeeded, and
 * drops entries of sources that are gone. Does not: apply review files (the build does, on every
 * run) or extract anything itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentGraph } from '../model/types.js';
import type { SourceMeta } from '../model/curation.js';
import type { Gazetteer, KnownEntity } from '../extract/gazetteer.js';
import { extractDocument } from '../extract/extract.js';
import { ensureDirectory, writeFileAtomic } from '../rdf/atomic-write.js';

/** What one extraction taught the gazetteer: new entities and names, in order. */
interface Learned {
  entities: KnownEntity[];
  names: Array<[value: string, entity: string, preferred: boolean]>;
}

interface CacheEntry {
  key: string;
  learned: Learned;
  graph: DocumentGraph;
}

/** Counts of one build's extraction. */
export interface ExtractionStats {
  /** Sources extracted in this run. */
  extracted: number;
  /** Sources whose graph came from the cache. */
  reused: number;
  /** Wall time spent in the extractor itself, ms (with a cache only). */
  extractMs?: number;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

let version: string | undefined;

/** The extractor version: a hash of the code the extraction depends on (`src/extract`, `src/model`). */
export function extractorVersion(): string {
  if (version) return version;
  const here = dirname(fileURLToPath(import.meta.url));
  const h = createHash('sha256');
  for (const folder of ['extract', 'model']) {
    const dir = join(here, '..', folder);
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(ts|js)$/.test(name) || name.endsWith('.d.ts')) continue;
      h.update(`${folder}/${name}\0`).update(readFileSync(join(dir, name))).update('\0');
    }
  }
  version = h.digest('hex');
  return version;
}

/** Run `fn`, recording every entity and name it adds to the gazetteer. */
function recording<T>(g: Gazetteer, fn: () => T): { value: T; learned: Learned } {
  const learned: Learned = { entities: [], names: [] };
  const addName = g.addName;
  const set = g.entities.set;
  g.addName = (value, entity, preferred) => {
    learned.names.push([value, entity, preferred]);
    addName.call(g, value, entity, preferred);
  };
  g.entities.set = (key, value) => {
    learned.entities.push(value);
    return set.call(g.entities, key, value);
  };
  try {
    return { value: fn(), learned };
  } finally {
    // remove the instance overrides: the prototype methods show through again
    delete (g as { addName?: unknown }).addName;
    delete (g.entities as { set?: unknown }).set;
  }
}

function replay(g: Gazetteer, learned: Learned): void {
  for (const e of learned.entities) g.entities.set(e.iri, e);
  for (const [value, entity, preferred] of learned.names) g.addName(value, entity, preferred);
}

/** The extraction cache of one build. Use one instance per build, sources in build order. */
export class ExtractionCache {
  readonly stats: ExtractionStats = { extracted: 0, reused: 0, extractMs: 0 };
  private learnedSoFar: string;
  private readonly ids = new Set<string>();
  /** New entries, written by {@link flush} once the build succeeded. */
  private readonly pending = new Map<string, CacheEntry>();

  /**
   * @param dir the cache folder (`<outDir>/cache`); entries go to `dir/extract/`.
   * @param register the entity register's text (its hash is part of every key).
   */
  constructor(
    readonly dir: string,
    register: string,
  ) {
    this.learnedSoFar = sha256(`${extractorVersion()}\0${sha256(register)}`);
  }

  private entryPath(id: string): string {
    return join(this.dir, 'extract', `${id}.json`);
  }

  private read(id: string): CacheEntry | undefined {
    const path = this.entryPath(id);
    if (!existsSync(path)) return undefined;
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as CacheEntry;
    } catch {
      return undefined; // a damaged entry is simply extracted again
    }
  }

  /** The document graph of one source: from the cache when its key matches, else extracted (and cached). */
  extract(text: string, meta: SourceMeta, g: Gazetteer): DocumentGraph {
    this.ids.add(meta.id);
    const key = sha256(JSON.stringify([this.learnedSoFar, meta, text]));
    const cached = this.read(meta.id);
    let entry: CacheEntry;
    if (cached?.key === key) {
      replay(g, cached.learned);
      entry = cached;
      this.stats.reused++;
    } else {
      const t = performance.now();
      const { value, learned } = recording(g, () => extractDocument(text, meta, g));
      this.stats.extractMs! += performance.now() - t;
      entry = { key, learned, graph: value };
      this.pending.set(meta.id, entry);
      this.stats.extracted++;
    }
    if (entry.learned.entities.length || entry.learned.names.length) this.learnedSoFar = sha256(this.learnedSoFar + JSON.stringify(entry.learned));
    return entry.graph;
  }

  /**
   * Write the entries of this build's extractions and remove those of sources not seen in it.
   * Called once the build succeeded, so a failed build leaves the output folder as it was.
   */
  flush(): void {
    const dir = join(this.dir, 'extract');
    if (this.pending.size) ensureDirectory(dir);
    for (const [id, entry] of this.pending) writeFileAtomic(this.entryPath(id), JSON.stringify(entry), { durable: false });
    this.pending.clear();
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.json') && !this.ids.has(name.slice(0, -5))) rmSync(join(dir, name), { force: true });
    }
  }
}
