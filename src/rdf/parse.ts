/**
 * Reading RDF: Turtle, TriG, N-Triples and N-Quads through n3, JSON-LD through jsonld.js with a
 * local-only document loader (no network, ever).
 *
 * Does: decode input strictly (binary and non-UTF-8 input are refused), parse it, and report
 * every syntax error as `file:line:column: reason`. Does not: validate shapes or guess formats
 * from content (the format comes from the caller or the file extension).
 */
import { readFileSync, statSync } from 'node:fs';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { formatFromPath, type RdfFormat } from './formats.js';
import { RdfInputError, RdfSyntaxError } from './errors.js';
import { jsonLdToQuads } from './jsonld.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** How to parse a text. */
export interface ParseOptions {
  format: RdfFormat;
  /** Base IRI for relative IRIs (default: the file's `file://` URL, or none). */
  baseIRI?: string;
  /** Name used in error messages (default `<input>`). */
  file?: string;
}

const N3_FORMAT: Record<Exclude<RdfFormat, 'jsonld'>, string> = {
  turtle: 'Turtle',
  trig: 'TriG',
  ntriples: 'N-Triples',
  nquads: 'N-Quads',
};

interface N3ErrorContext {
  line?: number;
  token?: { start?: number; line?: number } | null;
}

function lineColumnOfOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of a JSON.parse error: from "at position N", else from the quoted context Node 20 gives. */
function jsonErrorOffset(text: string, message: string): number {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  if (/end of JSON input/.test(message)) return text.length;
  // Node 20: Unexpected token ']', ..."p": [1, 2,]}" is not valid JSON — `..."` opens a cut context
  const m = /^Unexpected token '(.+?)', (?:\.\.\.)?"([\s\S]*?)(?:\.\.\.)?" is not valid JSON/.exec(message);
  if (m) {
    const at = text.indexOf(m[2]!);
    if (at >= 0) return at + m[2]!.lastIndexOf(m[1]!);
  }
  return 0;
}

/** jsonld.js wraps errors (e.g. our loader's refusal) in `details.cause`: report the innermost. */
function innermostMessage(err: unknown): string {
  let e = err as { message?: string; details?: { cause?: unknown }; cause?: unknown } | undefined;
  let message = e?.message ?? String(err);
  for (let i = 0; i < 5 && e; i++) {
    const next = (e.details?.cause ?? e.cause) as typeof e;
    if (!next) break;
    if (next.message) message = next.message;
    e = next;
  }
  return message;
}

function n3Error(err: unknown, file: string): RdfSyntaxError {
  const e = err as Error & { context?: N3ErrorContext };
  const line = e.context?.token?.line ?? e.context?.line ?? Number(/line (\d+)/.exec(e.message)?.[1] ?? 1);
  const start = e.context?.token?.start;
  const column = typeof start === 'number' ? start + 1 : 1;
  const reason = e.message.replace(/ on line \d+\.?$/, '').replace(/\.$/, '');
  return new RdfSyntaxError(file, line, column, reason);
}

/**
 * Parse RDF text into quads.
 * @throws RdfSyntaxError with file, line and column.
 */
export async function parseRdf(text: string, options: ParseOptions): Promise<Quad[]> {
  const file = options.file ?? '<input>';
  if (typeof text !== 'string') throw new TypeError('parseRdf: text must be a string');
  if (options.format === 'jsonld') {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      const { line, column } = lineColumnOfOffset(text, jsonErrorOffset(text, (err as Error).message));
      throw new RdfSyntaxError(file, line, column, `invalid JSON: ${(err as Error).message.replace(/ in JSON at position \d+.*$/, '').replace(/, (\.\.\.)?"[\s\S]*" is not valid JSON$/, '')}`);
    }
    try {
      return await jsonLdToQuads(doc, options.baseIRI);
    } catch (err) {
      throw new RdfSyntaxError(file, 1, 1, `invalid JSON-LD: ${innermostMessage(err)}`);
    }
  }
  const format = N3_FORMAT[options.format];
  if (!format) throw new RangeError(`parseRdf: unknown format ${JSON.stringify(options.format)}`);
  try {
    const parser = new Parser({ format, ...(options.baseIRI ? { baseIRI: options.baseIRI } : {}) });
    return parser.parse(text) as unknown as Quad[];
  } catch (err) {
    throw n3Error(err, file);
  }
}

/** Decode bytes as UTF-8, refusing binary data and invalid sequences with a clear message naming what was `expected`. */
export function decodeText(bytes: Uint8Array, file: string, expected = 'an RDF text file'): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new RdfInputError(file, `binary data (a NUL byte at offset ${nul}); expected ${expected}`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    let i = 0;
    const dec = new TextDecoder('utf-8', { fatal: true });
    for (let step = 1 << 16; step > 0; step >>= 1) {
      while (i + step <= bytes.length) {
        try {
          dec.decode(bytes.subarray(0, i + step));
          i += step;
        } catch {
          break;
        }
      }
    }
    const { line, column } = lineColumnOfOffset(new TextDecoder().decode(bytes.subarray(0, i)), i);
    throw new RdfInputError(file, `not valid UTF-8 (line ${line}, column ${column}, byte offset ${i})`);
  }
}

/** Options for reading a file. */
export interface ReadOptions {
  /** Format (default: from the file extension). */
  format?: RdfFormat;
  /** Base IRI (default: the file's `file://` URL). */
  baseIRI?: string;
}

/**
 * Read and parse an RDF file.
 * @throws RdfInputError (missing, unreadable, binary, not UTF-8, unknown extension) or RdfSyntaxError.
 */
export async function readRdfFile(path: string, options: ReadOptions = {}): Promise<Quad[]> {
  const format = options.format ?? formatFromPath(path);
  if (!format) throw new RdfInputError(path, 'unknown RDF file extension; use .ttl, .trig, .nt, .nq or .jsonld, or give the format');
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new RdfInputError(path, 'is a directory, not an RDF file');
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof RdfInputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new RdfInputError(path, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message);
  }
  if (bytes.length === 0) throw new RdfInputError(path, 'the file is empty (0 bytes)');
  const text = decodeText(bytes, path);
  return parseRdf(text, { format, file: path, baseIRI: options.baseIRI ?? pathToFileURL(resolve(path)).href });
}
