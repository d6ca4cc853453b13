/**
 * Incremental extraction: a source whose text, metadata and extractor are unchanged is not
 * extracted again; its {@link DocumentGraph} comes from `<outDir>/cache/extract/<id>.json`.
 *
 * Does: key each source by a SHA-256 of the extractor version (the code of `src/extract` and
 * `src/model`), the entity register, the text and the metadata — nothing else, because every
 * document is extracted with its own copy of the register's gazetteer (`Gazetteer.forDocument`), so
 * what one article teaches the extractor never reaches another and adding an article re-extracts
 * that article only. The build's relink step (a document that names, without introducing, a
 * person other documents introduced is extracted again with that person known) is cached too,
 * in `<id>.relink.json`, keyed by the source's key and the people it was given: a cached build
 * gives exactly the graph a fresh build gives, whatever the resolution or the review file
 * decided. Writes each new entry at once to a temporary file (so the build does not hold every
 * extraction twice), renamed into place once the build succeeded ({@link ExtractionCache.flush})
 * or removed if it did not ({@link ExtractionCache.discard}); drops entries of sources (and
 * relinks) that are gone. Does not: apply review files (the build does, on every run), decide
 * what to relink (`extraction.ts`) or extract anything itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentGraph } from '../model/types.js';
import type { SourceMeta } from '../model/curation.js';
import type { Gazetteer } from '../extract/gazetteer.js';
import { extractDocument } from '../extract/extract.js';
import { ensureDirectory, OutputError } from '../rdf/atomic-write.js';

/** Suffix of an entry's temporary file until the build succeeded. */
const PENDING = '.pending';

interface CacheEntry {
  key: string;
  graph: DocumentGraph;
}

/** Counts of one build's extraction. */
export interface ExtractionStats {
  /** Sources extracted in this run. */
  extracted: number;
  /** Sources whose graph came from the cache. */
  reused: number;
  /** Wall time spent in the extractor itself, ms (with a cache only; relinks included). */
  extractMs?: number;
  /** CPU time (user + system) spent in the extractor itself, ms (with a cache only; relinks included): on a shared machine wall time also counts other processes' work. */
  extractCpuMs?: number;
  /** Relinked documents (see `relinkKnownPeople`) extracted again in this run / taken from the cache (with a cache only). */
  relinked?: { extracted: number; reused: number };
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

/** The extraction cache of one build. Use one instance per build. */
export class ExtractionCache {
  readonly stats: ExtractionStats = { extracted: 0, reused: 0, extractMs: 0, extractCpuMs: 0, relinked: { extracted: 0, reused: 0 } };
  /** The hash of what every extraction depends on besides its own source: extractor and register. */
  private readonly base: string;
  /** Entry names (`<id>` or `<id>.relink`) used by this build. */
  private readonly used = new Set<string>();
  /** New entries (name → their temporary file), renamed into place by {@link flush} once the build succeeded. */
  private readonly pending = new Map<string, string>();

  /**
   * @param dir the cache folder (`<outDir>/cache`); entries go to `dir/extract/`.
   * @param register the entity register's text (its hash is part of every key).
   */
  constructor(
    readonly dir: string,
    register: string,
  ) {
    this.base = sha256(`${extractorVersion()}\0${sha256(register)}`);
  }

  private entryPath(name: string): string {
    return join(this.dir, 'extract', `${name}.json`);
  }

  private read(name: string): CacheEntry | undefined {
    const path = this.entryPath(name);
    if (!existsSync(path)) return undefined;
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as CacheEntry;
    } catch {
      return undefined; // a damaged entry is simply extracted again
    }
  }

  /**
   * The document graph of one source: from the cache when its key matches, else extracted with
   * the gazetteer `g` gives (made only then: a document's copy of the register's gazetteer costs
   * more than reading its cached graph), and cached. `relink` describes what the relink step taught `g` beyond the register (the
   * people it was given, canonical text); a relinked extraction has its own entry.
   */
  extract(text: string, meta: SourceMeta, g: () => Gazetteer, relink?: string): DocumentGraph {
    const name = relink === undefined ? meta.id : `${meta.id}.relink`;
    this.used.add(name);
    const key = sha256(JSON.stringify([this.base, meta, text, relink ?? null]));
    const counts = relink === undefined ? this.stats : this.stats.relinked!;
    const cached = this.read(name);
    if (cached?.key === key) {
      counts.reused++;
      return cached.graph;
    }
    const gazetteer = g();
    const t = performance.now();
    const c = process.cpuUsage();
    const graph = extractDocument(text, meta, gazetteer);
    const used = process.cpuUsage(c);
    this.stats.extractMs! += performance.now() - t;
    this.stats.extractCpuMs! += (used.user + used.system) / 1000;
    this.stage(name, { key, graph });
    counts.extracted++;
    return graph;
  }

  /** Write an entry to its temporary file beside its place (not flushed to the disk: the cache can be made again). */
  private stage(name: string, entry: CacheEntry): void {
    const dir = join(this.dir, 'extract');
    if (this.pending.size === 0) ensureDirectory(dir);
    const tmp = join(dir, `.${name}.json.${process.pid}${PENDING}`);
    try {
      writeFileSync(tmp, JSON.stringify(entry));
    } catch (err) {
      rmSync(tmp, { force: true });
      throw new OutputError(tmp, (err as Error).message);
    }
    this.pending.set(name, tmp);
  }

  /** Remove the entries of a build that did not succeed; the cache stays as it was. Safe to call after {@link flush}. */
  discard(): void {
    for (const tmp of this.pending.values()) rmSync(tmp, { force: true });
    this.pending.clear();
  }

  /**
   * Write the entries of this build's extractions and remove those of sources (and relinks) not
   * used in it. Called once the build succeeded, so a failed build leaves the output folder as it was.
   */
  flush(): void {
    const dir = join(this.dir, 'extract');
    for (const [name, tmp] of this.pending) renameSync(tmp, this.entryPath(name));
    this.pending.clear();
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      // entries of sources that are gone, and temporary files of builds that stopped
      if ((name.endsWith('.json') && !this.used.has(name.slice(0, -5))) || name.endsWith(PENDING)) rmSync(join(dir, name), { force: true });
    }
  }
}
