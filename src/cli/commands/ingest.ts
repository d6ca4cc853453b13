/**
 * `newsgraph ingest FILE… [--lang de|en] [--published YYYY-MM-DD] [--publisher NAME] [--out FILE] [--add]`:
 * extract entities, relations, dates and statements from plain-text or Markdown articles and write
 * the extracted graph (TriG, one named graph per article) — or, with `--add`, copy the article and
 * its metadata into `data/sources/` so `newsgraph build` merges it. Bad input (binary, empty,
 * wrong language, invalid date) stops with a clear message and writes nothing.
 * Does not: change curated sources.
 */
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { decodeText } from '../../rdf/parse.js';
import { serializeRdf } from '../../rdf/serialize.js';
import { ensureDirectory, writeFileAtomic } from '../../rdf/atomic-write.js';
import { encodeDocumentGraph } from '../../model/encode.js';
import { readSourceMeta, type SourceMeta } from '../../model/curation.js';
import { makeTime } from '../../model/time.js';
import { Gazetteer } from '../../extract/gazetteer.js';
import { extractDocument } from '../../extract/extract.js';
import { guessLanguage } from '../../extract/language.js';
import { CliError } from '../errors.js';
import { withDataOption } from '../input.js';
import { loadRegister } from '../../build/register.js';
import { DATA_LAYOUT, resolveDataDir, writableDataDir } from '../../util/package-root.js';

interface IngestOptions {
  lang?: string;
  published?: string;
  publisher?: string;
  out?: string;
  add?: boolean;
  data?: string;
}

function metaFor(file: string, text: string, opts: IngestOptions): SourceMeta {
  const sidecar = file.replace(/\.(txt|md)$/, '.meta.json');
  const fromSidecar = sidecar !== file && existsSync(sidecar) ? readSourceMeta(sidecar) : undefined;
  const language = opts.lang ?? fromSidecar?.language ?? guessLanguage(text);
  if (!language) throw new CliError(`${file}: cannot tell the language; pass --lang de or --lang en`);
  if (language !== 'de' && language !== 'en') throw new CliError(`--lang ${JSON.stringify(language)} is not supported; use de or en`);
  const guessed = guessLanguage(text);
  if (guessed && guessed !== language) throw new CliError(`${file}: the text looks like ${guessed === 'de' ? 'German' : 'English'}, not ${language}; pass --lang ${guessed}`);
  const published = opts.published ?? fromSidecar?.published;
  if (!published) throw new CliError(`${file}: the publication date is unknown; pass --published YYYY-MM-DD (relative dates resolve against it)`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) throw new CliError(`--published must be YYYY-MM-DD, got ${JSON.stringify(published)}`);
  try {
    makeTime(published, 'day');
  } catch {
    throw new CliError(`--published ${published} is not a real date`);
  }
  const id = fromSidecar?.id ?? basename(file).replace(/\.(txt|md)$/i, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  if (!id) throw new CliError(`${file}: cannot make a document id from the file name; add a .meta.json with "id"`);
  const publisher = opts.publisher ?? fromSidecar?.publisher;
  return { id, language, published, ...(publisher ? { publisher } : {}) };
}

export function register(program: Command): void {
  withDataOption(
    program
      .command('ingest')
      .description('extract a graph (entities, relations, dates, statements, with evidence) from news articles')
      .argument('<files...>', 'plain-text or Markdown articles')
      .option('--lang <lang>', 'de or en (default: the .meta.json sidecar, else detected)')
      .option('--published <date>', 'publication date YYYY-MM-DD (default: the sidecar)')
      .option('--publisher <name>', 'publisher')
      .option('--out <file>', 'write TriG here (atomically) instead of stdout')
      .option('--add', 'copy the articles and their metadata into the data folder\'s sources/ for `newsgraph build`'),
  ).action(async (files: string[], opts: IngestOptions) => {
    const dataDir = opts.add ? writableDataDir(opts.data) : resolveDataDir(opts.data);
    const gazetteer = new Gazetteer(await loadRegister(existsSync(dataDir) ? dataDir : undefined));
    const quads: Quad[] = [];
    const prepared: Array<{ file: string; text: string; meta: SourceMeta }> = [];
    for (const file of files) {
      if (!/\.(txt|md)$/i.test(file)) throw new CliError(`${file}: ingest reads plain text (.txt) or Markdown (.md)`);
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (err) {
        throw new CliError(`${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
      }
      if (bytes.length === 0) throw new CliError(`${file}: the file is empty`);
      const text = decodeText(bytes, file, 'a plain-text (UTF-8) article');
      if (text.trim() === '') throw new CliError(`${file}: the file has no text`);
      const meta = metaFor(file, text, opts);
      prepared.push({ file, text, meta });
    }
    let facts = 0;
    let statements = 0;
    for (const { text, meta } of prepared) {
      const graph = extractDocument(text, meta, gazetteer);
      facts += graph.facts.length;
      statements += graph.statements.length;
      quads.push(...encodeDocumentGraph(graph));
    }
    if (opts.add) {
      ensureDirectory(join(dataDir, DATA_LAYOUT.sources));
      for (const { file, text, meta } of prepared) {
        const base = join(dataDir, DATA_LAYOUT.sources, meta.id);
        const ext = file.toLowerCase().endsWith('.md') ? '.md' : '.txt';
        if (existsSync(`${base}.curated.yaml`)) throw new CliError(`${base}.curated.yaml exists: a curated source is not replaced by extraction`);
        writeFileAtomic(`${base}${ext}`, text);
        writeFileAtomic(`${base}.meta.json`, `${JSON.stringify(meta, null, 2)}\n`);
        process.stderr.write(`added ${relative(process.cwd(), `${base}${ext}`)}; run \`newsgraph build${opts.data !== undefined ? ` --data ${opts.data}` : ''}\` to merge it\n`);
      }
    }
    const trig = await serializeRdf(quads, 'trig');
    if (opts.out) writeFileAtomic(opts.out, trig);
    else if (!opts.add) process.stdout.write(trig);
    process.stderr.write(`extracted ${facts} facts and ${statements} statements from ${prepared.length} article(s)\n`);
  });
}
