/**
 * The model's invariants that SHACL Core cannot state, checked in code.
 *
 * Does: check a dataset for (1) evidence, mention and sentence spans whose exact text differs from
 * the source document's text at those code-point offsets, (2) claims whose triple is asserted
 * anywhere (reported speech must stay unasserted), and (3) asserted triples in a source document's
 * graph that no fact node with evidence supports. Does not: check shapes (that is `shacl.ts`).
 */
import type { Quad, Term } from '@rdfjs/types';
import { NG, NG_CLASS, OA, RDF, RDFS } from '../model/vocab.js';
import { CodePointText } from '../model/offsets.js';
import { RECORD_CLASSES } from '../model/structure.js';

/** One broken invariant, with the resource it concerns. */
export interface InvariantViolation {
  rule: 'span-mismatch' | 'claim-asserted' | 'fact-without-evidence';
  focus: string;
  message: string;
}

const key = (t: Term): string => (t.termType === 'Literal' ? `"${t.value}"@${(t as { language?: string }).language ?? ''}^^${(t as { datatype?: Term }).datatype?.value ?? ''}` : `${t.termType}:${t.value}`);

/** Predicates that describe a resource rather than relate news content. */
const DESCRIPTIVE = new Set<string>([RDF.type, RDFS.label, NG.alias, NG.mentions]);

/** Check the invariants; an empty list means the dataset keeps them all. */
export function checkInvariants(quads: readonly Quad[]): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  const bySubject = new Map<string, Quad[]>();
  const types = new Map<string, Set<string>>();
  const asserted = new Set<string>();
  for (const q of quads) {
    let list = bySubject.get(q.subject.value);
    if (!list) bySubject.set(q.subject.value, (list = []));
    list.push(q);
    if (q.predicate.value === RDF.type) {
      let set = types.get(q.subject.value);
      if (!set) types.set(q.subject.value, (set = new Set()));
      set.add(q.object.value);
    }
    asserted.add(`${key(q.subject)} ${q.predicate.value} ${key(q.object)}`);
  }
  const one = (s: string, p: string): Term | undefined => bySubject.get(s)?.find((q) => q.predicate.value === p)?.object;
  const isA = (s: string, c: string): boolean => types.get(s)?.has(c) ?? false;
  const isStructural = (s: string): boolean => [...(types.get(s) ?? [])].some((c) => RECORD_CLASSES.has(c));

  // (1) spans
  const texts = new Map<string, CodePointText>();
  const textOf = (doc: string): CodePointText | undefined => {
    if (!texts.has(doc)) {
      const t = one(doc, NG.text);
      if (t) texts.set(doc, new CodePointText(t.value));
    }
    return texts.get(doc);
  };
  for (const [s] of bySubject) {
    const spanned = isA(s, NG_CLASS.Evidence) || isA(s, NG_CLASS.Mention) || isA(s, NG_CLASS.Sentence);
    if (!spanned) continue;
    const doc = one(s, NG.document)?.value;
    const start = Number(one(s, OA.start)?.value);
    const end = Number(one(s, OA.end)?.value);
    const exact = (isA(s, NG_CLASS.Sentence) ? one(s, NG.text) : one(s, OA.exact))?.value;
    if (!doc || exact === undefined || !Number.isInteger(start) || !Number.isInteger(end)) continue; // SHACL reports missing parts
    const text = textOf(doc);
    if (!text) {
      violations.push({ rule: 'span-mismatch', focus: s, message: `<${s}> cites <${doc}>, which has no ng:text in the dataset` });
      continue;
    }
    let found: string;
    try {
      found = text.slice(start, end);
    } catch {
      violations.push({ rule: 'span-mismatch', focus: s, message: `<${s}>: span [${start}, ${end}) is outside <${doc}> (${text.length} code points)` });
      continue;
    }
    if (found !== exact) {
      violations.push({ rule: 'span-mismatch', focus: s, message: `<${s}>: text at [${start}, ${end}) is ${JSON.stringify(found)}, not ${JSON.stringify(exact)}` });
    }
  }

  // (2) claims stay unasserted; (3) facts cite evidence
  const supported = new Set<string>();
  for (const [s, list] of bySubject) {
    const isClaim = isA(s, NG_CLASS.Claim);
    const isFact = isA(s, NG_CLASS.Fact);
    if (!isClaim && !isFact) continue;
    const subj = list.find((q) => q.predicate.value === RDF.subject)?.object;
    const pred = list.find((q) => q.predicate.value === RDF.predicate)?.object;
    const obj = list.find((q) => q.predicate.value === RDF.object)?.object;
    if (!subj || !pred || !obj) continue;
    const triple = `${key(subj)} ${pred.value} ${key(obj)}`;
    if (isClaim && asserted.has(triple)) {
      violations.push({ rule: 'claim-asserted', focus: s, message: `claim <${s}> is asserted as a fact: <${subj.value}> <${pred.value}> ${obj.termType === 'Literal' ? JSON.stringify(obj.value) : `<${obj.value}>`}` });
    }
    if (isFact && list.some((q) => q.predicate.value === NG.evidence)) supported.add(triple);
  }
  const documents = new Set<string>([...types].filter(([, c]) => c.has(NG_CLASS.SourceDocument)).map(([s]) => s));
  for (const q of quads) {
    if (q.graph.termType !== 'NamedNode' || !documents.has(q.graph.value)) continue;
    if (DESCRIPTIVE.has(q.predicate.value) || isStructural(q.subject.value)) continue;
    const triple = `${key(q.subject)} ${q.predicate.value} ${key(q.object)}`;
    if (!supported.has(triple)) {
      violations.push({ rule: 'fact-without-evidence', focus: q.subject.value, message: `<${q.subject.value}> <${q.predicate.value}> ${q.object.termType === 'Literal' ? JSON.stringify(q.object.value) : `<${q.object.value}>`} is asserted in <${q.graph.value}> without a fact node citing evidence` });
    }
  }
  return violations;
}
