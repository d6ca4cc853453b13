/**
 * The shapes every input reader produces: one {@link ReadDocument} per article found (a file, or
 * an item of a feed) with the metadata the input itself states, and {@link UnreadableError} for an
 * input that cannot be read. Does not: read files, or decide the final metadata (see `metadata.ts`).
 */
import { NewsgraphError } from '../errors.js';

/** Metadata an input states about an article (page metadata, feed fields, a sidecar). All optional. */
export interface MetadataHints {
  id?: string;
  title?: string;
  publisher?: string;
  /** As written by the input (ISO date or date-time, RFC 822, …); normalised by `metadata.ts`. */
  published?: string;
  /** BCP 47 tag as written (`de-DE`, `en`); normalised by `metadata.ts`. */
  language?: string;
  url?: string;
}

/** The input formats `ingest` reads. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'rss' | 'atom';

/** One article read from an input: the extracted text (evidence offsets refer to it) and its metadata hints. */
export interface ReadDocument {
  /** Where it came from: a file path, or `path#N` for the N-th item (1-based) of a feed. */
  origin: string;
  format: InputFormat;
  /** The article's text: plain paragraphs separated by blank lines, without page furniture. */
  text: string;
  hints: MetadataHints;
  /** A name to derive the document id from when no metadata gives one (file name, item title). */
  idHint: string;
}

/** An input (file or feed item) that cannot be read, with the reason. */
export class UnreadableError extends NewsgraphError {
  constructor(
    readonly origin: string,
    readonly reason: string,
  ) {
    super(`${origin}: ${reason}`, 'bad-input');
  }
}
