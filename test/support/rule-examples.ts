/**
 * Runs a rule's example text through the whole extractor and answers whether a triple was read,
 * naming entities as the lexicons' examples do: by any register label or alias (or, for events
 * and other entities the text made, their label), dates by their value ("2024-12-06"); and the
 * suite that runs every example and counter-example of a lexicon. Does not: know any rule.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { loadRegister } from '../../src/build/register.js';
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

/** A rule as the lexicons write it: an id, examples with the triples they yield, counter-examples. */
export interface ExampleRule {
  readonly id: string;
  readonly examples: ReadonlyArray<{ readonly text: string; readonly published?: string; readonly expect: ReadonlyArray<readonly [string, string, string]> }>;
  readonly counterExamples: readonly string[];
}

/** One test per example (its triples are read) and per counter-example (nothing from that rule). */
export function describeExamples(rules: readonly ExampleRule[], register: () => Quad[], published: string, opts: { requireBoth?: boolean } = {}): void {
  for (const r of rules) {
    describe(r.id, () => {
      if (opts.requireBoth) {
        it('has an example and a counter-example', () => {
          expect(r.examples.length).toBeGreaterThan(0);
          expect(r.counterExamples.length).toBeGreaterThan(0);
        });
      }
      for (const ex of r.examples) {
        it(`reads: ${ex.text}`, () => {
          const x = readExample(register(), ex.text, ex.published ?? published);
          for (const t of ex.expect) expect(x.has(t), t.join(' ')).toBe(true);
        });
      }
      for (const text of r.counterExamples) {
        it(`does not read: ${text}`, () => {
          expect(readExample(register(), text, published).byRule(r.id).map((f) => `${f.subject} ${f.predicate}`)).toEqual([]);
        });
      }
    });
  }
}

/** The project's register, loaded once before the suite. */
export function useRegister(): () => Quad[] {
  let register: Quad[] = [];
  beforeAll(async () => {
    register = await loadRegister(join(import.meta.dirname, '..', '..', 'data'));
  });
  return () => register;
}
