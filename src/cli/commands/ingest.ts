/**
 * `newsgraph ingest PATH… [--language de|en] [--published DATE] [--publisher NAME] [--title T] [--out FILE] [--add]`:
 * read articles from files and folders (plain text, Markdown, saved HTML pages, RSS/Atom feeds;
 * see `src/ingest`) and either write the extracted graph (TriG, one named graph per article) to
 * `--out` or stdout, or — with `--add` — store each article's extracted text and metadata in
 * `data/sources/` for `newsgraph build` (unchanged articles are left alone and not re-extracted).
 * An input that cannot be read is reported with its path and reason and skipped; the rest goes
 * on. Exit code: 0 all read, 1 some inputs skipped, 2 bad flags or nothing readable (then nothing
 * is written). Does not: change curated sources, or read the inputs itself (that is `src/ingest`).
 */
import type { Command } from 'commander';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { serializeRdf } from '../../rdf/serialize.js';
import { ensureDirectory, writeFileAtomic } from '../../rdf/atomic-write.js';
import { encodeDocumentGraph } from '../../model/encode.js';
import { makeTime } from '../../model/time.js';
import { Gazetteer } from '../../extract/gazetteer.js';
import { extractText } from '../../build/extraction.js';
import { loadRegister } from '../../build/register.js';
import { withDataOption, type DataOption } from '../input.js';
import { DATA_LAYOUT, writableDataDir } from '../../util/package-root.js';
import { existsSync } from 'node:fs';
import { readArticles, type IngestResult } from '../../ingest/read.js';
import { normaliseDate, normaliseLanguage, SUPPORTED_LANGUAGES, type MetadataOverrides } from '../../ingest/metadata.js';
import { storeArticle, type StoreOutcome } from '../../ingest/store.js';
import { CliError, EXIT } from '../errors.js';
import { progressBar } from '../progress.js';

interface IngestOptions {
  language?: string;
  lang?: string;
  published?: string;
  publisher?: string;
  title?: string;
  out?: string;
  add?: boolean;
}

/** The metadata flags, checked: a bad flag is bad input for every article, so it stops the run. */
function overridesFrom(opts: IngestOptions): MetadataOverrides {
  const language = opts.language ?? opts.lang;
  if (language !== undefined && !(SUPPORTED_LANGUAGES as readonly string[]).includes(normaliseLanguage(language))) {
    throw new CliError(`--language ${JSON.stringify(language)} is not supported; use de or en`);
  }
  if (opts.published !== undefined) {
    const day = normaliseDate(opts.published);
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) throw new CliError(`--published must be YYYY-MM-DD, got ${JSON.stringify(opts.published)}`);
    try {
      makeTime(day, 'day');
    } catch {
      throw new CliError(`--published ${opts.published} is not a real date`);
    }
  }
  return {
    ...(language !== undefined ? { language } : {}),
    ...(opts.published !== undefined ? { published: opts.published } : {}),
    ...(opts.publisher !== undefined ? { publisher: opts.publisher } : {}),
    ...(opts.title !== undefined ? { title: opts.title } : {}),
  };
}

async function extractAll(result: IngestResult, dataDir: string | undefined): Promise<{ quads: Quad[]; facts: number; statements: number }> {
  const gazetteer = new Gazetteer(await loadRegister(dataDir));
  const quads: Quad[] = [];
  let facts = 0;
  let statements = 0;
  const bar = progressBar('extract', 'articles');
  result.articles.forEach((a, i) => {
    const graph = extractText(a.text, a.meta, gazetteer);
    facts += graph.facts.length;
    statements += graph.statements.length;
    for (const q of encodeDocumentGraph(graph)) quads.push(q);
    bar.update(i + 1, result.articles.length);
  });
  bar.stop();
  return { quads, facts, statements };
}

function storeAll(result: IngestResult, dataDir: string): Record<StoreOutcome, number> {
  const counts: Record<StoreOutcome, number> = { added: 0, replaced: 0, unchanged: 0 };
  const dir = join(dataDir, DATA_LAYOUT.sources);
  ensureDirectory(dir);
  const kept = [];
  for (const a of result.articles) {
    try {
      counts[storeArticle(a, dir)]++;
      kept.push(a);
    } catch (err) {
      result.skipped.push({ origin: a.origin, reason: (err as Error).message });
    }
  }
  result.articles = kept;
  return counts;
}

export function register(program: Command): void {
  withDataOption(program
    .command('ingest')
    .description('read news articles (text, Markdown, saved HTML pages, RSS/Atom feeds; files or folders) and extract a graph with evidence, or add them to data/sources/')
    .argument('<paths...>', 'files or folders: .txt, .md, .html/.htm, .rss/.atom/.xml feeds')
    .option('--language <lang>', 'de or en, for every article (default: page/feed metadata or a <name>.meta.json sidecar, else detected)')
    .option('--lang <lang>', 'same as --language')
    .option('--published <date>', 'publication date YYYY-MM-DD, for every article (default: page/feed metadata or the sidecar)')
    .option('--publisher <name>', 'publisher, for every article (default: og:site_name, JSON-LD publisher, the feed title)')
    .option('--title <title>', 'title, for every article (default: JSON-LD headline, og:title, the feed item title)')
    .option('--out <file>', 'write TriG here (atomically) instead of stdout')
    .option('--add', 'store the articles (extracted text + .meta.json) in the data folder\'s sources/ for `newsgraph build`; unchanged ones are left alone'))
    .action(async (paths: string[], opts: IngestOptions & DataOption) => {
      const overrides = overridesFrom(opts);
      const reading = progressBar('read', 'files');
      const result = readArticles(paths, overrides, (done, total) => reading.update(done, total));
      reading.stop();
      for (const s of result.skipped) process.stderr.write(`skipped ${s.origin}: ${s.reason}\n`);
      if (result.articles.length === 0) {
        throw new CliError(result.skipped.length ? `nothing to ingest: all ${result.skipped.length} input(s) were skipped; nothing was written` : `no articles found in ${paths.join(', ')}`);
      }
      const parts: string[] = [];
      if (opts.add) {
        const before = result.skipped.length;
        const stored = storeAll(result, writableDataDir(opts.data));
        for (const s of result.skipped.slice(before)) process.stderr.write(`skipped ${s.origin}: ${s.reason}\n`);
        parts.push(`${stored.added} added, ${stored.replaced} replaced, ${stored.unchanged} unchanged in the data folder's sources/ (run \`newsgraph build${opts.data !== undefined ? ` --data ${opts.data}` : ''}\`; unchanged articles are not re-extracted)`);
      }
      if (!opts.add || opts.out) {
        const { quads, facts, statements } = await extractAll(result, opts.data !== undefined && existsSync(opts.data) ? opts.data : undefined);
        const trig = await serializeRdf(quads, 'trig');
        if (opts.out) writeFileAtomic(opts.out, trig);
        else process.stdout.write(trig);
        parts.push(`extracted ${facts} facts and ${statements} statements`);
      }
      const skipped = result.skipped.length;
      process.stderr.write(`ingested ${result.articles.length} article(s)${skipped ? `, skipped ${skipped} input(s)` : ''}: ${parts.join('; ')}\n`);
      if (skipped) process.exitCode = EXIT.failure;
    });
}
