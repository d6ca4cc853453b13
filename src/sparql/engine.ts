/**
 * The embedded SPARQL 1.1 engine: oxigraph (Rust, compiled to WebAssembly) in process.
 *
 * Does: load a dataset, answer SPARQL 1.1 queries — SELECT and ASK as W3C SPARQL 1.1 Query Results
 * JSON, CONSTRUCT and DESCRIBE as quads — with the union of all named graphs as the default graph
 * (as Virtuoso and most stores do), and report malformed queries with line and column.
 * Does not: talk to remote endpoints (that is `src/remote`) or format results for people
 * (`format.ts`).
 */
import oxigraph from 'oxigraph';
import { DataFactory, Writer } from 'n3';
import { PREFIXES } from '../model/vocab.js';
import type { Quad } from '@rdfjs/types';

/** One RDF term in the W3C SPARQL 1.1 Query Results JSON format. */
export type SparqlJsonTerm =
  | { type: 'uri'; value: string }
  | { type: 'bnode'; value: string }
  | { type: 'literal'; value: string; 'xml:lang'?: string; datatype?: string }
  | { type: 'triple'; value: { subject: SparqlJsonTerm; predicate: SparqlJsonTerm; object: SparqlJsonTerm } };

/** SELECT results in the W3C SPARQL 1.1 Query Results JSON format. */
export interface SparqlBindingsJson {
  head: { vars: string[]; link?: string[] };
  results: { bindings: Array<Record<string, SparqlJsonTerm>> };
}

/** ASK results in the W3C SPARQL 1.1 Query Results JSON format. */
export interface SparqlBooleanJson {
  head: Record<string, never>;
  boolean: boolean;
}

/** What a query returns: a results document (SELECT/ASK) or a graph (CONSTRUCT/DESCRIBE). */
export type SparqlResult =
  | { kind: 'bindings'; json: SparqlBindingsJson }
  | { kind: 'boolean'; json: SparqlBooleanJson }
  | { kind: 'quads'; quads: Quad[] };

/** A query the engine could not parse or run; `line` and `column` are 1-based where known. */
export class SparqlQueryError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'SparqlQueryError';
  }
}

function toNQuads(quads: Iterable<Quad>): string {
  const writer = new Writer({ format: 'N-Quads' });
  let out = '';
  for (const q of quads) out += writer.quadToString(q.subject, q.predicate, q.object, q.graph);
  return out;
}

/** Oxigraph terms are RDF/JS terms; rebuild them with n3's factory so callers get one term family. */
function toN3Quad(q: Quad): Quad {
  return DataFactory.fromQuad(q as Parameters<typeof DataFactory.fromQuad>[0]) as unknown as Quad;
}

/** An in-memory SPARQL 1.1 store over one dataset. */
export class SparqlEngine {
  private readonly store: oxigraph.Store;

  private constructor(store: oxigraph.Store) {
    this.store = store;
  }

  /** An engine over the given quads. */
  static fromQuads(quads: Iterable<Quad>): SparqlEngine {
    return SparqlEngine.fromNQuads(toNQuads(quads));
  }

  /** An engine over an N-Quads document (the fastest way in). */
  static fromNQuads(nquads: string): SparqlEngine {
    const store = new oxigraph.Store();
    store.load(nquads, { format: 'application/n-quads', no_transaction: true });
    return new SparqlEngine(store);
  }

  /** Number of quads in the store. */
  get size(): number {
    return this.store.size;
  }

  /**
   * Run a SPARQL 1.1 query. The default graph is the union of all graphs; use `GRAPH ?g { … }`
   * to see which source document a triple comes from.
   * @throws SparqlQueryError for malformed queries, with line and column.
   */
  query(sparql: string): SparqlResult {
    if (typeof sparql !== 'string' || sparql.trim() === '') throw new SparqlQueryError('the query is empty');
    const { text, addedLines } = withProjectPrefixes(sparql);
    let raw: ReturnType<oxigraph.Store['query']>;
    try {
      const form = queryForm(sparql);
      if (!form) throw unknownQueryForm(sparql);
      raw = this.store.query(text, {
        use_default_graph_as_union: true,
        ...(form === 'SELECT' || form === 'ASK' ? { results_format: 'json' } : {}),
      });
    } catch (err) {
      throw err instanceof SparqlQueryError ? err : toQueryError(err, addedLines);
    }
    if (typeof raw === 'string') {
      const json = JSON.parse(raw) as SparqlBindingsJson | SparqlBooleanJson;
      return 'boolean' in json ? { kind: 'boolean', json } : { kind: 'bindings', json };
    }
    if (typeof raw === 'boolean') return { kind: 'boolean', json: { head: {}, boolean: raw } };
    if (Array.isArray(raw) && (raw.length === 0 || !(raw[0] instanceof Map))) {
      return { kind: 'quads', quads: (raw as unknown as Quad[]).map(toN3Quad) };
    }
    throw new SparqlQueryError('unexpected result shape from the SPARQL engine');
  }

  /** Run a SELECT query and return its JSON results. @throws SparqlQueryError if it is not a SELECT. */
  select(sparql: string): SparqlBindingsJson {
    const r = this.query(sparql);
    if (r.kind !== 'bindings') throw new SparqlQueryError('expected a SELECT query');
    return r.json;
  }

  /** Run a SPARQL 1.1 Update against the store. */
  update(sparql: string): void {
    const { text, addedLines } = withProjectPrefixes(sparql);
    try {
      this.store.update(text);
    } catch (err) {
      throw toQueryError(err, addedLines);
    }
  }
}

/**
 * The query form (SELECT, ASK, CONSTRUCT, DESCRIBE): the first keyword after the prologue
 * (PREFIX/BASE declarations) and comments; undefined for anything else, such as an update —
 * even one with a sub-SELECT inside.
 */
export function queryForm(sparql: string): 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE' | undefined {
  const body = sparql
    .replace(/<[^<>"{}|^`\\\s]*>/g, '<>')
    .replace(/#[^\n]*/g, ' ')
    .replace(/\b(?:PREFIX\s+[\w.-]*:|BASE)\s*<>/gi, ' ')
    .trim();
  const m = /^(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(body);
  return m ? (m[1]!.toUpperCase() as 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE') : undefined;
}

const QUERY_PROLOGUE = /^(?:\s+|#[^\n]*|PREFIX\s+[\w.-]*:\s*<[^<>]*>|BASE\s*<[^<>]*>)*/i;
const UPDATE_FORMS = /^(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)$/i;

/** The error for a query whose first word (after PREFIX and BASE) is no query form: where, what, and what was expected. */
function unknownQueryForm(sparql: string): SparqlQueryError {
  const at = QUERY_PROLOGUE.exec(sparql)?.[0].length ?? 0;
  const word = /^\S+/.exec(sparql.slice(at))?.[0] ?? '';
  const before = sparql.slice(0, at).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  const why = UPDATE_FORMS.test(word)
    ? `${word.toUpperCase()} is a SPARQL Update; only queries run here (SELECT, CONSTRUCT, ASK or DESCRIBE)`
    : `${JSON.stringify(word.slice(0, 40))} is not a query form; a query starts with SELECT, CONSTRUCT, ASK or DESCRIBE (after any PREFIX and BASE lines)`;
  return new SparqlQueryError(`malformed SPARQL at line ${line}, column ${column}: ${why}`, line, column);
}

/**
 * Declare newsgraph's prefixes (`ng:`, `ngr:`, `rdfs:` …) that the query uses but does not
 * declare itself, so queries can be short. Returns how many lines were added before the query.
 */
export function withProjectPrefixes(sparql: string): { text: string; addedLines: number } {
  const declared = new Set([...sparql.matchAll(/PREFIX\s+([\w-]*):/gi)].map((m) => m[1]));
  const lines = Object.entries(PREFIXES)
    .filter(([p]) => !declared.has(p) && new RegExp(`(^|[\\s(/^|,;.{}!])${p}:`).test(sparql))
    .map(([p, ns]) => `PREFIX ${p}: <${ns}>`);
  return lines.length === 0 ? { text: sparql, addedLines: 0 } : { text: `${lines.join('\n')}\n${sparql}`, addedLines: lines.length };
}

function toQueryError(err: unknown, addedLines = 0): SparqlQueryError {
  const message = err instanceof Error ? err.message : String(err);
  const m = /error at (\d+):(\d+): ([\s\S]*)/.exec(message);
  if (m) {
    const line = Number(m[1]) - addedLines;
    let reason = m[3].replace(/^expected one of Prefix not found.*$/s, 'unknown prefix (declare it with PREFIX)');
    if (/^expected one of /.test(reason) && reason.length > 120) reason = `${reason.slice(0, 120).replace(/,[^,]*$/, '')}, …`;
    return new SparqlQueryError(`malformed SPARQL at line ${line}, column ${m[2]}: ${reason}`, line, Number(m[2]));
  }
  return new SparqlQueryError(message);
}
