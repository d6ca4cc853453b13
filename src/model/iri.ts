/**
 * IRI minting: the one place that decides how resources are named.
 *
 * Does: mint deterministic IRIs for entities, events, source documents, sentences, facts,
 * evidence, statements, claims, mentions and time values, so that curation, extraction and
 * re-ingestion name the same thing the same way (re-ingesting is idempotent). Does not: decide
 * whether two names mean the same entity (that is entity linking in `src/extract`).
 */
import { hash } from 'node:crypto';
import { PREFIXES } from './vocab.js';
import type { FactObject, Iri, TimeValue } from './types.js';
import { timeKey } from './time.js';

/** First 16 hex digits of SHA-256: stable, short, collision-safe at newsroom scale. */
export function shortHash(text: string): string {
  return hash('sha256', text, 'hex').slice(0, 16);
}

/** `Vladimir Putin` → `ngr:Vladimir_Putin`. Keeps letters (any script), digits, `-` and `_`. */
export function entityIri(name: string): Iri {
  const local = name
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, '_')
    .replace(/[^\p{L}\p{N}_-]/gu, '');
  if (!local) throw new RangeError(`cannot mint an entity IRI from ${JSON.stringify(name)}`);
  return PREFIXES.ngr + local;
}

/** Events are named by class and date: `ngr:event/Signing_2024-12-06`, `ngr:event/Deployment_2023-06-mid`. */
export function eventIri(classLocalName: string, time: TimeValue, discriminator?: string): Iri {
  return `${PREFIXES.ngr}event/${classLocalName}_${timeKey(time)}${discriminator ? `_${discriminator}` : ''}`;
}

/** `ngt:2023-06-mid`. */
export function timeIri(time: TimeValue): Iri {
  return PREFIXES.ngt + timeKey(time);
}

/** `ngs:rt-de-2024-12-06-security-guarantees`. */
export function documentIri(id: string): Iri {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new RangeError(`document id ${JSON.stringify(id)} must match [a-z0-9][a-z0-9-]*`);
  return PREFIXES.ngs + id;
}

/** Named graph of one source document: the document IRI itself. */
export function documentGraphIri(documentIri: Iri): Iri {
  return documentIri;
}

export function sentenceIri(document: Iri, index: number): Iri {
  return `${document}/sentence/${index}`;
}

/** Canonical key of a fact object, for hashing. */
export function objectKey(o: FactObject): string {
  if ('iri' in o) return `<${o.iri}>`;
  if ('time' in o) return `<${timeIri(o.time)}>`;
  return JSON.stringify([o.literal, o.language ?? '', o.datatype ?? '']);
}

/** A fact node is shared by every document that supports the same triple: `ngf:<hash(s p o)>`. */
export function factIri(subject: Iri, predicate: Iri, object: FactObject): Iri {
  return PREFIXES.ngf + shortHash(`<${subject}> <${predicate}> ${objectKey(object)}`);
}

/** Evidence is named by document, span, rule and confidence: one node per distinct reading of a span. */
export function evidenceIri(document: Iri, start: number, end: number, rule: Iri, confidence = 1): Iri {
  return `${document}/evidence/${start}-${end}-${readingHash(rule, confidence)}`;
}

/** The hash part of an evidence IRI, by rule and confidence (a few hundred of them in a corpus of millions of spans: each hashed once). */
const readingHashes = new Map<string, string>();
function readingHash(rule: Iri, confidence: number): string {
  const reading = confidence === 1 ? rule : `${rule}|${confidence}`;
  let h = readingHashes.get(reading);
  if (h === undefined) {
    if (readingHashes.size >= 1 << 14) readingHashes.clear(); // (bounded, whatever the confidences)
    readingHashes.set(reading, (h = shortHash(reading).slice(0, 8)));
  }
  return h;
}

export function statementIri(document: Iri, start: number, end: number): Iri {
  return `${document}/statement/${start}-${end}`;
}

export function claimIri(statement: Iri, index: number): Iri {
  return `${statement}/claim/${index}`;
}

export function mentionIri(document: Iri, start: number, end: number, reading = 0): Iri {
  return `${document}/mention/${start}-${end}${reading > 0 ? `-${reading + 1}` : ''}`;
}
