/**
 * Reading the model's records — evidence (Web Annotation selectors with document, sentence, rule,
 * confidence) and time values (value, precision, part, earliest, latest) — from any source of
 * triples that can answer "the object of s p" and "the literal of s p": the in-memory graph index
 * and the remote store's index both read them here, so the two give identical records.
 * Does not: fetch anything (the readers do that first).
 */
import { NG, OA } from '../model/vocab.js';
import type { DatePart, Precision, TimeValue } from '../model/types.js';
import type { EvidenceRecord } from './types.js';

/** What the record readers need from an index. */
export interface TripleReader {
  /** The first object of `s p` that is a node. */
  objectOf(s: string, p: string): string | undefined;
  /** Every node object of `s p`. */
  objectsOf(s: string, p: string): string[];
  /** The lexical form of the first literal object of `s p`. */
  literalValue(s: string, p: string): string | undefined;
}

/** One evidence node as a record, or undefined when it lacks its document or offsets. */
export function readEvidence(r: TripleReader, ev: string): EvidenceRecord | undefined {
  const document = r.objectOf(ev, NG.document);
  const start = r.literalValue(ev, OA.start);
  const end = r.literalValue(ev, OA.end);
  if (!document || start === undefined || end === undefined) return undefined;
  const sentence = r.objectOf(ev, NG.sentence);
  const sentenceText = sentence ? r.literalValue(sentence, NG.text) : undefined;
  return {
    document,
    sentence: sentence ? Number(r.literalValue(sentence, NG.index) ?? -1) : -1,
    ...(sentenceText !== undefined ? { sentenceText } : {}),
    start: Number(start),
    end: Number(end),
    exact: r.literalValue(ev, OA.exact) ?? '',
    rule: r.objectOf(ev, NG.rule) ?? '',
    confidence: Number(r.literalValue(ev, NG.confidence) ?? 1),
  };
}

/** The evidence of a record (fact node, statement), sorted by document and start. */
export function readEvidenceOf(r: TripleReader, record: string): EvidenceRecord[] {
  return r
    .objectsOf(record, NG.evidence)
    .map((e) => readEvidence(r, e))
    .filter((e): e is EvidenceRecord => e !== undefined)
    .sort((a, b) => a.document.localeCompare(b.document) || a.start - b.start);
}

/** A time value node as a {@link TimeValue}, or undefined when it is incomplete. */
export function readTime(r: TripleReader, node: string): TimeValue | undefined {
  const value = r.literalValue(node, NG.value);
  const earliest = r.literalValue(node, NG.earliest);
  const latest = r.literalValue(node, NG.latest);
  const prec = r.objectOf(node, NG.precision);
  if (!value || !earliest || !latest || !prec) return undefined;
  const precision: Precision = prec.endsWith('#Day') ? 'day' : prec.endsWith('#Month') ? 'month' : 'year';
  const partIri = r.objectOf(node, NG.part);
  const part: DatePart | undefined = partIri ? (partIri.endsWith('#Early') ? 'early' : partIri.endsWith('#Mid') ? 'mid' : 'late') : undefined;
  return { value, precision, ...(part ? { part } : {}), earliest, latest };
}
