/**
 * Every relation pattern's examples and counter-examples (`src/extract/lexicon/relation-patterns.ts`)
 * run through the whole extractor: an example yields the triples it names (by the entities'
 * register names), a counter-example yields nothing from that pattern.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { loadRegister } from '../src/build/register.js';
import { Gazetteer } from '../src/extract/gazetteer.js';
import { extractDocument } from '../src/extract/extract.js';
import { guessLanguage } from '../src/extract/language.js';
import { RELATION_PATTERNS } from '../src/extract/lexicon/relation-patterns.js';

const ROOT = join(import.meta.dirname, '..');
let register: Quad[];
beforeAll(async () => {
  register = await loadRegister(join(ROOT, 'data'));
});

const norm = (s: string) => s.toLowerCase().replace(/[–-]/g, ' ');

function read(text: string, published = '2024-06-20') {
  const g = new Gazetteer(register);
  const d = extractDocument(text, { id: 'pattern', language: guessLanguage(text), published }, g);
  const names = (iri: string) => {
    const e = g.entities.get(iri) ?? d.entities.find((x) => x.iri === iri);
    return [...(e?.labels ?? []), ...(e?.aliases ?? [])].map((l) => norm(l.value));
  };
  return { d, names };
}

describe('relation patterns', () => {
  for (const p of RELATION_PATTERNS) {
    describe(p.id, () => {
      for (const ex of p.examples) {
        it(`reads: ${ex.text}`, () => {
          const { d, names } = read(ex.text, ex.published);
          for (const [s, pred, o] of ex.expect) {
            const hit = d.facts.some((f) => f.predicate.endsWith(`#${pred}`) && names(f.subject).includes(norm(s)) && 'iri' in f.object && names(f.object.iri).includes(norm(o)));
            expect(hit, `${s} ${pred} ${o}`).toBe(true);
          }
        });
      }
      for (const text of p.counterExamples) {
        it(`does not read: ${text}`, () => {
          const { d } = read(text);
          expect(d.facts.filter((f) => f.evidence.some((e) => e.rule.endsWith(p.id))).map((f) => `${f.subject} ${f.predicate}`)).toEqual([]);
        });
      }
    });
  }
});
