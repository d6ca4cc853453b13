/**
 * The extractor on our own fixture articles (test/fixtures/extraction/: written to reproduce the
 * constructions of the real dev-set articles — role-noun speakers, quote then speaker, Konjunktiv
 * continuations, "so X", weekday dates, surname-only people, claims inside quotes — each with its
 * gold beside it). The floors are what a user relies on; `npm run eval` prints the full figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDevSet, prf, sumCounts } from '../src/extract/devset.js';
import { evaluateDevSet, type DevResult } from '../src/extract/eval-main.js';

const ROOT = join(import.meta.dirname, '..');
let results: DevResult[];
beforeAll(async () => {
  const articles = readDevSet(join(ROOT, 'test', 'fixtures', 'extraction'));
  expect(articles.every((a) => a.text !== undefined)).toBe(true);
  results = await evaluateDevSet(articles, join(ROOT, 'data'));
}, 120_000);

const total = (k: 'entities' | 'relations' | 'statements' | 'dates') => prf(sumCounts(results.map((r) => r.score[k])));
const ratio = (k: 'speaker' | 'date') => results.reduce((n, r) => n + r.score[k].correct, 0) / results.reduce((n, r) => n + r.score[k].of, 0);

describe('extraction on the fixtures (German and English)', () => {
  it('covers both languages', () => {
    expect(results.filter((r) => r.score.id.startsWith('de-')).length).toBeGreaterThanOrEqual(4);
    expect(results.filter((r) => r.score.id.startsWith('en-')).length).toBeGreaterThanOrEqual(4);
  });

  it('never asserts a claim, and every output conforms to the SHACL shapes', () => {
    expect(results.map((r) => [r.score.id, r.score.claimsLeaked])).toEqual(results.map((r) => [r.score.id, 0]));
    expect(results.filter((r) => !r.shaclValid).map((r) => [r.score.id, r.violations])).toEqual([]);
  });

  it('finds the statements, with their speakers and dates', () => {
    expect(total('statements').r).toBeGreaterThanOrEqual(0.85);
    expect(total('statements').p).toBeGreaterThanOrEqual(0.9);
    expect(ratio('speaker')).toBeGreaterThanOrEqual(0.8);
    expect(ratio('date')).toBeGreaterThanOrEqual(0.9);
  });

  it('links the entities, reads the dates and asserts relations precisely', () => {
    expect(total('entities').f1).toBeGreaterThanOrEqual(0.85);
    expect(total('dates').f1).toBeGreaterThanOrEqual(0.9);
    expect(total('relations').p).toBeGreaterThanOrEqual(0.85);
    expect(total('relations').r).toBeGreaterThanOrEqual(0.5);
  });
});
