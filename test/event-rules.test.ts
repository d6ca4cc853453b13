/**
 * Every event rule's examples and counter-examples (`src/extract/lexicon/event-rules.ts`) run
 * through the whole extractor: an example yields the triples it names (events by their label,
 * dates by their value), a counter-example yields nothing from that rule — among them reported
 * speech, which no rule may turn into a fact.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { loadRegister } from '../src/build/register.js';
import { EVENT_RULES } from '../src/extract/lexicon/event-rules.js';
import { readExample } from './support/rule-examples.js';

const ROOT = join(import.meta.dirname, '..');
let register: Quad[];
beforeAll(async () => {
  register = await loadRegister(join(ROOT, 'data'));
});

describe('event rules', () => {
  for (const r of EVENT_RULES) {
    describe(r.id, () => {
      it('has an example and a counter-example', () => {
        expect(r.examples.length).toBeGreaterThan(0);
        expect(r.counterExamples.length).toBeGreaterThan(0);
      });
      for (const ex of r.examples) {
        it(`reads: ${ex.text}`, () => {
          const x = readExample(register, ex.text, ex.published ?? '2024-12-07');
          for (const t of ex.expect) expect(x.has(t), t.join(' ')).toBe(true);
        });
      }
      for (const text of r.counterExamples) {
        it(`does not read: ${text}`, () => {
          expect(readExample(register, text, '2024-12-07').byRule(r.id).map((f) => `${f.subject} ${f.predicate}`)).toEqual([]);
        });
      }
    });
  }
});
