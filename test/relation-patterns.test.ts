/**
 * Every relation pattern's examples and counter-examples (`src/extract/lexicon/relation-patterns.ts`)
 * run through the whole extractor: an example yields the triples it names (by the entities'
 * register names), a counter-example yields nothing from that pattern.
 */
import { describe, expect, it } from 'vitest';
import { RELATION_PATTERNS } from '../src/extract/lexicon/relation-patterns.js';
import { describeExamples, readExample, useRegister } from './support/rule-examples.js';

const register = useRegister();

describe('relation patterns', () => {
  describeExamples(RELATION_PATTERNS, register, '2024-06-20');
});

describe('what the patterns read', () => {
  it('takes the place of a dateline for where the report comes from, never for a party', () => {
    const r = readExample(register(), 'Seoul, June 19 (IANS) Russia and North Korea signed the Comprehensive Strategic Partnership Treaty in Pyongyang.');
    expect(r.has(['Russia', 'partyTo', 'Treaty on Comprehensive Strategic Partnership between Russia and North Korea'])).toBe(true);
    expect(r.has(['South Korea', 'partyTo', 'Treaty on Comprehensive Strategic Partnership between Russia and North Korea'])).toBe(false);
  });

  it('reads the states named inside a registered war only for the war patterns', () => {
    const r = readExample(register(), 'Nach der russischen Invasion in der Ukraine beantragten sowohl Finnland als auch Schweden den Beitritt zur Nato.');
    expect(r.has(['Russia', 'attacked', 'Ukraine'])).toBe(true);
    expect(r.has(['Finland', 'applicantTo', 'NATO'])).toBe(true);
    expect(r.has(['Ukraine', 'applicantTo', 'NATO'])).toBe(false);
  });

  it('never takes the owner of an office for an object ("Chinas Staatschef Xi Jinping besuchte Wladiwostok" did not visit China), and the office gives its facts', () => {
    const r = readExample(register(), 'Chinas Staatschef Xi Jinping besuchte Wladiwostok.', '2018-09-13');
    expect(r.has(['Xi Jinping', 'visited', 'Vladivostok'])).toBe(true);
    expect(r.has(['Xi Jinping', 'visited', 'China'])).toBe(false);
    expect(r.has(['Xi Jinping', 'affiliation', 'China'])).toBe(true);
  });
});
