/**
 * Curated knowledge files (`data/sources/<id>.curated.yaml`) → {@link DocumentGraph}.
 *
 * Does: read a curation file next to its source text and metadata, expand prefixed names, check
 * every evidence quote against the text at its offset, find the sentence of each span, resolve
 * dates with their precision, and turn entity-link lists into mentions. Every problem is reported
 * as `file:line:column: message`. Does not: segment text itself (the caller passes a
 * {@link Segmenter}), or write RDF (that is `encode.ts`).
 */
import { NewsgraphError } from '../errors.js';
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import type { DocumentGraph, Evidence, Fact, FactObject, Iri, LangString, Mention, SourceDocument, Statement, Claim, EntityRecord, TimeValue } from './types.js';
import { CURATED_RULE, expandPrefixed } from './vocab.js';
import { documentIri } from './iri.js';
import { makeTime } from './time.js';
import { CodePointText } from './offsets.js';
import { escapeRegExp } from '../util/regexp.js';

/** Sentence and boilerplate spans of a text, in code points. */
export interface Segmentation {
  sentences: Array<{ start: number; end: number }>;
  boilerplate: Array<{ start: number; end: number }>;
}

/** Splits a text into sentences and finds publisher boilerplate (see `src/extract`). */
export type Segmenter = (text: string, language: string) => Segmentation;

/** Metadata sidecar of a source (`<id>.meta.json`). */
export interface SourceMeta {
  id: string;
  language: string;
  published: string;
  publisher?: string;
  title?: string;
  url?: string;
}

/**
 * The source document of a text and its metadata — the one place it is built, for curated and
 * extracted sources alike, so every metadata field (publisher, title, url) reaches the graph.
 */
export function sourceDocument(meta: SourceMeta, text: string, seg: Segmentation): SourceDocument {
  return {
    id: meta.id,
    iri: documentIri(meta.id),
    text,
    language: meta.language,
    published: meta.published,
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    sentences: seg.sentences,
    boilerplate: seg.boilerplate,
  };
}

/** A problem in a curated or metadata file, located by line and column (1-based). */
export class CurationError extends NewsgraphError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`, 'bad-input');
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Read and check a `<id>.meta.json` sidecar. */
export function readSourceMeta(path: string): SourceMeta {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new CurationError(path, 1, 1, 'metadata file not found');
    const m = /position (\d+)/.exec(e.message ?? '');
    throw new CurationError(path, 1, m ? Number(m[1]) + 1 : 1, `not valid JSON: ${e.message}`);
  }
  const meta = raw as Partial<SourceMeta>;
  const need = (k: keyof SourceMeta): string => {
    const v = meta[k];
    if (typeof v !== 'string' || v === '') throw new CurationError(path, 1, 1, `"${k}" is required (a non-empty string)`);
    return v;
  };
  const id = need('id');
  documentIri(id);
  const published = need('published');
  if (!ISO_DAY.test(published)) throw new CurationError(path, 1, 1, `"published" must be YYYY-MM-DD, got ${JSON.stringify(published)}`);
  makeTime(published, 'day');
  return { ...meta, id, language: need('language'), published } as SourceMeta;
}

/** Parse a curated date: `2024-12-06`, `2023-03`, `1999`, `2023-06 mid`, `2023 late`. */
export function parseCuratedTime(text: string): TimeValue {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:\s+(early|mid|late))?$/.exec(text.trim());
  if (!m) throw new RangeError(`date ${JSON.stringify(text)} is not YYYY[-MM[-DD]] [early|mid|late]`);
  const [, y, mo, d, part] = m;
  if (d) return makeTime(`${y}-${mo}-${d}`, 'day', part as TimeValue['part']);
  if (mo) return makeTime(`${y}-${mo}`, 'month', part as TimeValue['part']);
  return makeTime(y, 'year', part as TimeValue['part']);
}

interface Ctx {
  file: string;
  lines: LineCounter;
  text: CodePointText;
  doc: Iri;
  language: string;
  sentences: Array<{ start: number; end: number }>;
  boilerplate: Array<{ start: number; end: number }>;
}

function fail(ctx: Ctx, node: YamlNode | undefined | null, reason: string): never {
  const offset = node?.range?.[0] ?? 0;
  const pos = ctx.lines.linePos(offset);
  throw new CurationError(ctx.file, pos.line, pos.col, reason);
}

function get(node: YamlNode | null | undefined, key: string): YamlNode | undefined {
  if (!isMap(node)) return undefined;
  return (node.get(key, true) as YamlNode | undefined) ?? undefined;
}

function scalar(ctx: Ctx, node: YamlNode | undefined, what: string): string {
  if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) fail(ctx, node, `${what} must be a string`);
  return String(node.value);
}

function optScalar(ctx: Ctx, node: YamlNode | undefined, what: string): string | undefined {
  return node === undefined ? undefined : scalar(ctx, node, what);
}

function items(ctx: Ctx, node: YamlNode | undefined, what: string): YamlNode[] {
  if (node === undefined) return [];
  if (!isSeq(node)) fail(ctx, node, `${what} must be a list`);
  return node.items as YamlNode[];
}

function iri(ctx: Ctx, node: YamlNode | undefined, what: string): Iri {
  const name = scalar(ctx, node, what);
  const full = expandPrefixed(name);
  if (!/^[a-z][a-z0-9+.-]*:\/\/?[^\s<>"{}|\\^`]*$/i.test(full)) fail(ctx, node, `${what}: ${JSON.stringify(name)} is not an IRI or a known prefixed name`);
  return full;
}

function time(ctx: Ctx, node: YamlNode | undefined, what: string): TimeValue {
  try {
    return parseCuratedTime(scalar(ctx, node, what));
  } catch (err) {
    fail(ctx, node, `${what}: ${(err as Error).message}`);
  }
}

function sentenceOf(ctx: Ctx, start: number, node: YamlNode): number {
  const i = ctx.sentences.findIndex((s) => start >= s.start && start < s.end);
  if (i < 0) fail(ctx, node, `span at ${start} lies in no sentence (boilerplate or whitespace)`);
  return i;
}

function evidence(ctx: Ctx, node: YamlNode): Evidence {
  const quote = scalar(ctx, get(node, 'quote'), 'evidence quote');
  const atNode = get(node, 'at');
  const at = Number(scalar(ctx, atNode, 'evidence offset (at)'));
  const len = Array.from(quote).length;
  if (!Number.isInteger(at) || at < 0 || at + len > ctx.text.length) fail(ctx, atNode, `offset ${at} is outside the text (0..${ctx.text.length})`);
  const found = ctx.text.slice(at, at + len);
  if (found !== quote) {
    const elsewhere = ctx.text.text.indexOf(quote);
    const hint = elsewhere >= 0 ? ` (the quote is at ${ctx.text.toCodePoint(elsewhere)})` : ' (the quote is nowhere in the text)';
    fail(ctx, atNode, `evidence does not match the text at ${at}: expected ${JSON.stringify(quote)}, found ${JSON.stringify(found)}${hint}`);
  }
  return {
    document: ctx.doc,
    sentence: sentenceOf(ctx, at, node),
    span: { start: at, end: at + len, exact: quote },
    rule: CURATED_RULE,
    confidence: 1,
  };
}

function evidenceList(ctx: Ctx, parent: YamlNode): Evidence[] {
  const list = items(ctx, get(parent, 'evidence'), 'evidence').map((n) => evidence(ctx, n));
  if (list.length === 0) fail(ctx, parent, 'every fact and statement needs at least one evidence span');
  return list;
}

function object(ctx: Ctx, node: YamlNode | undefined): FactObject {
  if (isScalar(node)) return { iri: iri(ctx, node, 'object') };
  if (isMap(node)) {
    if (get(node, 'time')) return { time: time(ctx, get(node, 'time'), 'time') };
    const lit = get(node, 'literal');
    if (lit) {
      const language = optScalar(ctx, get(node, 'language'), 'language');
      const datatype = get(node, 'datatype') ? iri(ctx, get(node, 'datatype'), 'datatype') : undefined;
      return { literal: scalar(ctx, lit, 'literal'), ...(language ? { language } : {}), ...(datatype ? { datatype } : {}) };
    }
  }
  fail(ctx, node, 'object must be an IRI, { time: … } or { literal: …, language?: …, datatype?: … }');
}

function langMap(ctx: Ctx, node: YamlNode | undefined): LangString[] {
  if (node === undefined) return [];
  if (!isMap(node)) fail(ctx, node, 'labels must map language tags to strings');
  return node.items.map((pair) => ({ lang: String((pair.key as { value: unknown }).value), value: scalar(ctx, pair.value as YamlNode, 'label') }));
}

function entity(ctx: Ctx, node: YamlNode): EntityRecord {
  return {
    iri: iri(ctx, get(node, 'iri'), 'entity iri'),
    types: items(ctx, get(node, 'types'), 'types').map((t) => iri(ctx, t, 'type')),
    labels: langMap(ctx, get(node, 'labels')),
    aliases: [],
  };
}

function fact(ctx: Ctx, node: YamlNode): Fact {
  const date = get(node, 'date');
  return {
    subject: iri(ctx, get(node, 's'), 'subject (s)'),
    predicate: iri(ctx, get(node, 'p'), 'predicate (p)'),
    object: object(ctx, get(node, 'o')),
    ...(date ? { date: time(ctx, date, 'date') } : {}),
    evidence: evidenceList(ctx, node),
  };
}

function claim(ctx: Ctx, node: YamlNode): Claim {
  const polarity = optScalar(ctx, get(node, 'polarity'), 'polarity');
  if (polarity !== undefined && polarity !== 'affirmative' && polarity !== 'negative') fail(ctx, get(node, 'polarity'), 'polarity must be affirmative or negative');
  return {
    subject: iri(ctx, get(node, 's'), 'claim subject (s)'),
    predicate: iri(ctx, get(node, 'p'), 'claim predicate (p)'),
    object: object(ctx, get(node, 'o')),
    ...(polarity ? { polarity } : {}),
  };
}

function statement(ctx: Ctx, node: YamlNode): Statement {
  const mode = scalar(ctx, get(node, 'mode'), 'mode');
  if (mode !== 'direct' && mode !== 'indirect') fail(ctx, get(node, 'mode'), 'mode must be direct or indirect');
  const quote = optScalar(ctx, get(node, 'quote'), 'quote');
  if (mode === 'direct' && quote === undefined) fail(ctx, node, 'direct speech needs its verbatim quote');
  if (quote !== undefined && !ctx.text.text.includes(quote)) fail(ctx, get(node, 'quote'), 'the quote is not verbatim in the text');
  const date = get(node, 'date');
  const place = get(node, 'place');
  const occasion = get(node, 'occasion');
  const reason = optScalar(ctx, get(node, 'reasonGiven'), 'reasonGiven');
  return {
    speaker: iri(ctx, get(node, 'speaker'), 'speaker'),
    ...(date ? { date: time(ctx, date, 'date') } : {}),
    ...(place ? { place: iri(ctx, place, 'place') } : {}),
    ...(occasion ? { occasion: iri(ctx, occasion, 'occasion') } : {}),
    mode,
    ...(quote !== undefined ? { quote } : {}),
    content: optScalar(ctx, get(node, 'content'), 'content') ?? quote ?? '',
    about: items(ctx, get(node, 'about'), 'about').map((a) => iri(ctx, a, 'about')),
    claims: items(ctx, get(node, 'claims'), 'claims').map((c) => claim(ctx, c)),
    ...(reason !== undefined ? { reasonGiven: reason } : {}),
    evidence: evidenceList(ctx, node),
  };
}

/** Mentions: explicit `{entity, quote, at}` first, then `{entity, forms}` matched longest-first. */
function mentions(ctx: Ctx, node: YamlNode | undefined): Mention[] {
  const taken: Array<{ start: number; end: number }> = [];
  const overlaps = (s: number, e: number) => taken.some((t) => s < t.end && e > t.start);
  const inBoilerplate = (s: number) => ctx.boilerplate.some((b) => s >= b.start && s < b.end);
  const out: Mention[] = [];
  const list = items(ctx, node, 'mentions');
  for (const m of list) {
    if (!get(m, 'quote')) continue;
    const ev = evidence(ctx, m);
    taken.push({ start: ev.span.start, end: ev.span.end });
    out.push({ entity: iri(ctx, get(m, 'entity'), 'entity'), evidence: ev });
  }
  const forms: Array<{ entity: Iri; form: string; node: YamlNode }> = [];
  for (const m of list) {
    if (get(m, 'quote')) continue;
    const entityIri = iri(ctx, get(m, 'entity'), 'entity');
    for (const f of items(ctx, get(m, 'forms'), 'forms')) forms.push({ entity: entityIri, form: scalar(ctx, f, 'form'), node: f });
  }
  forms.sort((a, b) => b.form.length - a.form.length);
  for (const { entity: e, form, node: fnode } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu');
    let any = false;
    for (const hit of ctx.text.text.matchAll(re)) {
      const start = ctx.text.toCodePoint(hit.index);
      const end = start + Array.from(form).length;
      if (inBoilerplate(start)) continue;
      any = true;
      if (overlaps(start, end)) continue;
      taken.push({ start, end });
      out.push({
        entity: e,
        evidence: { document: ctx.doc, sentence: sentenceOf(ctx, start, fnode), span: { start, end, exact: form }, rule: CURATED_RULE, confidence: 1 },
      });
    }
    if (!any) fail(ctx, fnode, `form ${JSON.stringify(form)} does not occur in the content`);
  }
  return out.sort((a, b) => a.evidence.span.start - b.evidence.span.start);
}

/** Paths of one source: `<base>.txt` (or `.md`), `<base>.meta.json`, `<base>.curated.yaml`. */
export interface CuratedSourcePaths {
  text: string;
  meta: string;
  curated: string;
}

/**
 * Load a curated source into a {@link DocumentGraph}.
 * @throws CurationError naming file, line and column for every problem found.
 */
export function loadCuratedDocument(paths: CuratedSourcePaths, segment: Segmenter): DocumentGraph {
  const meta = readSourceMeta(paths.meta);
  let text: string;
  try {
    text = readFileSync(paths.text, 'utf8');
  } catch (err) {
    throw new CurationError(paths.text, 1, 1, `cannot read the source text: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let yamlText: string;
  try {
    yamlText = readFileSync(paths.curated, 'utf8');
  } catch (err) {
    throw new CurationError(paths.curated, 1, 1, `cannot read the curation file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const lines = new LineCounter();
  const ydoc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  if (ydoc.errors.length > 0) {
    const e = ydoc.errors[0];
    const pos = lines.linePos(e.pos[0]);
    throw new CurationError(paths.curated, pos.line, pos.col, e.message.split('\n')[0]);
  }
  const seg = segment(text, meta.language);
  const doc = sourceDocument(meta, text, seg);
  const ctx: Ctx = { file: paths.curated, lines, text: new CodePointText(text), doc: doc.iri, language: meta.language, sentences: seg.sentences, boilerplate: seg.boilerplate };
  const root = ydoc.contents as YamlNode | null;
  if (root !== null && !isMap(root)) fail(ctx, root, 'the curation file must be a mapping with entities, facts, statements, mentions');
  return {
    document: doc,
    entities: items(ctx, get(root, 'entities'), 'entities').map((n) => entity(ctx, n)),
    facts: items(ctx, get(root, 'facts'), 'facts').map((n) => fact(ctx, n)),
    statements: items(ctx, get(root, 'statements'), 'statements').map((n) => statement(ctx, n)),
    mentions: mentions(ctx, get(root, 'mentions')),
  };
}
