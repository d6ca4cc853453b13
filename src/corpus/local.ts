/**
 * The corpus questions' data taken straight from quads in memory, without a SPARQL engine: fact
 * support (one pass over the quads; the same {@link SupportedFact} rows `support.ts` gathers from a
 * store) and labels. Loading a corpus of hundreds of articles into the embedded engine costs
 * seconds; these passes cost milliseconds. Does not: shape answers (`corpus-queries.ts`).
 */
import type { Quad, Term } from '@rdfjs/types';
import type { Iri } from '../model/types.js';
import { NG, NG_CLASS, RDF, RDFS } from '../model/vocab.js';
import { termJson } from '../remote/terms.js';
import { countSupport, sourceRef, type SupportSource } from './support.js';
import type { SourceRef } from './types.js';

/** Support counted in one pass over quads in memory. */
export function localSupport(quads: readonly Quad[]): SupportSource {
  return {
    async supported(min, subject) {
      const facts = new Set<Iri>();
      const triple = new Map<Iri, { s?: Term; p?: Term; o?: Term }>();
      const evidence = new Map<Iri, Iri[]>();
      const evDoc = new Map<Iri, Iri[]>();
      const published = new Map<Iri, string>();
      const publisher = new Map<Iri, string>();
      const spo = (id: Iri) => triple.get(id) ?? (triple.set(id, {}), triple.get(id)!);
      for (const q of quads) {
        const s = q.subject.value;
        switch (q.predicate.value) {
          case RDF.type:
            if (q.object.value === NG_CLASS.Fact) facts.add(s);
            break;
          case RDF.subject:
            spo(s).s = q.object;
            break;
          case RDF.predicate:
            spo(s).p = q.object;
            break;
          case RDF.object:
            spo(s).o = q.object;
            break;
          case NG.evidence:
            evidence.set(s, [...(evidence.get(s) ?? []), q.object.value]);
            break;
          case NG.document:
            evDoc.set(s, [...(evDoc.get(s) ?? []), q.object.value]);
            break;
          case NG.published:
            published.set(s, q.object.value);
            break;
          case NG.publisher:
            if (!publisher.has(s)) publisher.set(s, q.object.value);
            break;
        }
      }
      const documents = new Map<Iri, SourceRef>();
      for (const [doc, date] of published) documents.set(doc, sourceRef(doc, date, publisher.get(doc)));
      const factDocs = new Map<Iri, Set<Iri>>();
      for (const fact of facts) {
        const t = triple.get(fact);
        if (!t?.s || !t.p || !t.o || (subject && t.s.value !== subject)) continue;
        factDocs.set(fact, new Set((evidence.get(fact) ?? []).flatMap((ev) => evDoc.get(ev) ?? [])));
      }
      return [...countSupport(factDocs, documents, min)].map(([fact, sources]) => {
        const t = triple.get(fact)!;
        return { fact, s: termJson(t.s!), p: termJson(t.p!), o: termJson(t.o!), sources };
      });
    },
  };
}


/** Labels of IRIs by language (one per language: the least spelling where there are several). */
export type LabelLookup = (iris: readonly Iri[]) => Promise<Map<Iri, Map<string, string>>>;

/** Keep the least label per language, so the answer does not depend on the order labels come in. */
export function addLabel(byLang: Map<string, string>, lang: string, label: string): void {
  const had = byLang.get(lang);
  if (had === undefined || label < had) byLang.set(lang, label);
}

/** Labels from the `rdfs:label` quads (indexed on first use). */
export function localLabels(quads: readonly Quad[]): LabelLookup {
  let index: Map<Iri, Map<string, string>> | undefined;
  return async (iris) => {
    if (!index) {
      index = new Map();
      for (const q of quads) {
        if (q.predicate.value !== RDFS.label || q.object.termType !== 'Literal') continue;
        const byLang = index.get(q.subject.value) ?? (index.set(q.subject.value, new Map()), index.get(q.subject.value)!);
        const lang = (q.object as Term & { language: string }).language ?? '';
        addLabel(byLang, lang, q.object.value);
      }
    }
    const out = new Map<Iri, Map<string, string>>();
    for (const x of iris) {
      const found = index.get(x);
      if (found) out.set(x, found);
    }
    return out;
  };
}
