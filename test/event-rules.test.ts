/**
 * Every event rule's examples and counter-examples (`src/extract/lexicon/event-rules.ts`) run
 * through the whole extractor: an example yields the triples it names (events by their label,
 * dates by their value), a counter-example yields nothing from that rule — among them reported
 * speech, which no rule may turn into a fact.
 */
import { describe } from 'vitest';
import { EVENT_RULES } from '../src/extract/lexicon/event-rules.js';
import { describeExamples, useRegister } from './support/rule-examples.js';

const register = useRegister();

describe('event rules', () => {
  describeExamples(EVENT_RULES, register, '2024-12-07', { requireBoth: true });
});
