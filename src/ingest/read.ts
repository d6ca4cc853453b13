/**
 * `ingest`'s front door: files and folders in, articles with their final metadata out.
 *
 * Does: walk folders (sorted, recursively) for the input extensions below; decode each file
 * (UTF-8, binary data refused); decide its format by content first (`<rss`, `<feed`, an HTML
 * document) and by extension second; hand it to its reader (`html.ts`, `markdown.ts`,
 * `feed.ts`, plain text); resolve each article's metadata (`metadata.ts`); and keep going when
 * one input cannot be read, collecting its origin and the reason. Document ids that collide within
 * one run get `-2`, `-3` … in input order. Does not: extract knowledge or write anything.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { SourceMeta } from '../model/curation.js';
import { decodeText } from '../rdf/parse.js';
import { RdfInputError } from '../rdf/errors.js';
import { UnreadableError, type InputFormat, type ReadDocument } from './document.js';
import { readHtmlPage } from './html.js';
import { markdownTitle, markdownToText, splitFrontMatter } from './markdown.js';
import { readFeed } from './feed.js';
import { readSidecar, resolveMeta, type MetadataOverrides } from './metadata.js';

/** File extensions read when walking a folder, and the format each suggests. */
export const INPUT_EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'rss',
  '.atom': 'atom',
  '.xml': 'rss',
};

/** An article ready to store or extract. */
export interface IngestedArticle {
  origin: string;
  format: InputFormat;
  text: string;
  meta: SourceMeta;
}

/** What was read, and what was skipped and why. */
export interface IngestResult {
  articles: IngestedArticle[];
  skipped: Array<{ origin: string; reason: string }>;
}

/** The files named by `paths`: files as given, folders walked for {@link INPUT_EXTENSIONS}. */
export function listInputs(paths: readonly string[]): { files: string[]; skipped: IngestResult['skipped'] } {
  const files: string[] = [];
  const skipped: IngestResult['skipped'] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !entry.name.endsWith('.meta.json') && INPUT_EXTENSIONS[extname(entry.name).toLowerCase()]) files.push(path);
    }
  };
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (err) {
      skipped.push({ origin: p, reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (err as Error).message });
      continue;
    }
    if (isDir) walk(p);
    else files.push(p);
  }
  return { files, skipped };
}

/** The format of a decoded file: content first, extension second. */
export function sniffFormat(text: string, file: string): InputFormat {
  const head = text.slice(0, 2048).replace(/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*/, '').toLowerCase();
  if (head.startsWith('<rss')) return 'rss';
  if (head.startsWith('<feed')) return 'atom';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return INPUT_EXTENSIONS[extname(file).toLowerCase()] ?? 'text';
}

function decode(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new UnreadableError(file, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message);
  }
  if (bytes.length === 0) throw new UnreadableError(file, 'the file is empty');
  try {
    return decodeText(bytes, file).replace(/\r\n?/g, '\n');
  } catch (err) {
    const reason = err instanceof RdfInputError ? err.message.slice(file.length + 2).replace(/; expected an RDF text file/, '; expected a text, Markdown, HTML or feed file') : (err as Error).message;
    throw new UnreadableError(file, reason);
  }
}

const stem = (file: string) => basename(file).replace(/\.[^.]+$/, '');

/** The articles of one file (a feed gives several; a failing feed item is returned as its error). */
export function readInput(file: string): Array<ReadDocument | UnreadableError> {
  const raw = decode(file);
  if (raw.trim() === '') throw new UnreadableError(file, 'the file has no text');
  const format = sniffFormat(raw, file);
  const one = (text: string, hints: ReadDocument['hints']): ReadDocument[] => {
    if (text.trim() === '') throw new UnreadableError(file, 'no article text left after removing markup and page furniture');
    return [{ origin: file, format, text, hints, idHint: stem(file) }];
  };
  try {
    if (format === 'html') {
      const page = readHtmlPage(raw);
      return one(page.text, page.hints);
    }
    if (format === 'markdown') {
      const { hints, body } = splitFrontMatter(raw);
      const title = hints.title ?? markdownTitle(body);
      return one(markdownToText(body), { ...hints, ...(title ? { title } : {}) });
    }
    if (format === 'rss' || format === 'atom') {
      const feed = readFeed(raw);
      if (feed.items.length === 0) throw new UnreadableError(file, 'the feed has no items');
      return feed.items.map((it) =>
        'error' in it ? new UnreadableError(`${file}#${it.index}`, it.error) : { origin: `${file}#${it.index}`, format: feed.format, text: it.text, hints: it.hints, idHint: `${stem(file)}-${it.idHint}` },
      );
    }
    return one(raw, {});
  } catch (err) {
    if (err instanceof UnreadableError) throw err;
    throw new UnreadableError(file, (err as Error).message);
  }
}

/**
 * Read every article under `paths` with its final metadata. Never throws for one bad input:
 * it is listed in `skipped` with its reason and the rest goes on.
 * @param onFile called after each file (for progress bars).
 */
export function readArticles(paths: readonly string[], overrides: MetadataOverrides = {}, onFile?: (done: number, total: number, file: string) => void): IngestResult {
  const { files, skipped } = listInputs(paths);
  const articles: IngestedArticle[] = [];
  const ids = new Map<string, number>();
  files.forEach((file, i) => {
    try {
      const docs = readInput(file);
      const single = docs.length === 1 && !docs[0]!.origin.includes('#');
      const sidecar = single ? readSidecar(file) : undefined;
      for (const d of docs) {
        if (d instanceof UnreadableError) {
          skipped.push({ origin: d.origin, reason: d.reason });
          continue;
        }
        try {
          const meta = resolveMeta(d, overrides, sidecar);
          const seen = ids.get(meta.id) ?? 0;
          ids.set(meta.id, seen + 1);
          if (seen > 0) meta.id = `${meta.id}-${seen + 1}`;
          articles.push({ origin: d.origin, format: d.format, text: d.text, meta });
        } catch (err) {
          if (!(err instanceof UnreadableError)) throw err;
          skipped.push({ origin: err.origin, reason: err.reason });
        }
      }
    } catch (err) {
      if (!(err instanceof UnreadableError)) throw err;
      skipped.push({ origin: err.origin, reason: err.reason });
    }
    onFile?.(i + 1, files.length, file);
  });
  return { articles, skipped };
}
