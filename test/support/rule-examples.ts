/**
 * Runs a rule's example text through the whole extractor and answers whether a triple was read,
 * naming entities as the lexicons' examples do: by any register label or alias (or, for events
 * and other entities the text made, their label), dates by their value ("2024-12-06"). Does not:
 * know any rule.
 */
import type { Quad } from '@rdfjs/types';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { extractDocument } from '../../src/extract/extract.js';
import { guessLanguage } from '../../src/extract/language.js';
import type { DocumentGraph, Fact } from '../../src/model/types.js';

const norm = (s: string) => s.toLowerCase().replace(/[–-]/g, ' ');

/** The extraction of one example text, and a test for a named triple in it. */
export function readExample(register: Quad[], text: string, published = '2024-06-20'): { d: DocumentGraph; has(triple: readonly [string, string, string]): boolean; byRule(id: string): Fact[] } {
  const g = new Gazetteer(register);
  const d = extractDocument(text, { id: 'example', language: guessLanguage(text), published }, g);
  const names = (iri: string) => {
    const e = g.entities.get(iri) ?? d.entities.find((x) => x.iri === iri);
    return [...(e?.labels ?? []), ...(e?.aliases ?? [])].map((l) => norm(l.value));
  };
  const objectIs = (f: Fact, o: string) => ('iri' in f.object ? names(f.object.iri).includes(norm(o)) : 'time' in f.object ? f.object.time.value === o : f.object.literal === o);
  return {
    d,
    has: ([s, p, o]) => d.facts.some((f) => f.predicate.endsWith(`#${p}`) && names(f.subject).includes(norm(s)) && objectIs(f, o)),
    byRule: (id) => d.facts.filter((f) => f.evidence.some((e) => e.rule.endsWith(`/${id}`) || e.rule.endsWith(`#${id}`))),
  };
}
