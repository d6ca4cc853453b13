import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { defaultSuiteRoot, runConformance, type TestOutcome } from '../src/conformance/runner.js';
import { KNOWN_FAILURES } from '../src/conformance/known-failures.js';

const root = defaultSuiteRoot();
let outcomes: TestOutcome[];

beforeAll(async () => {
  if (!existsSync(root)) throw new Error(`W3C RDF test suites not found at ${root} (set NEWSGRAPH_RDF_TESTS)`);
  outcomes = await runConformance(root);
}, 120_000);

const bySuite = (suite: string) => outcomes.filter((o) => o.suite === `rdf/${suite}`);

describe('W3C RDF test suites', () => {
  it('runs the counts the manifests declare', () => {
    const count = (suite: string, type: string) => bySuite(suite).filter((o) => o.type === type).length;
    expect([count('rdf11/rdf-turtle', 'TestTurtlePositiveSyntax'), count('rdf11/rdf-turtle', 'TestTurtleNegativeSyntax'), count('rdf11/rdf-turtle', 'TestTurtleEval')]).toEqual([74, 94, 145]);
    expect([count('rdf11/rdf-trig', 'TestTrigPositiveSyntax'), count('rdf11/rdf-trig', 'TestTrigNegativeSyntax'), count('rdf11/rdf-trig', 'TestTrigEval')]).toEqual([98, 115, 143]);
    expect([count('rdf11/rdf-n-triples', 'TestNTriplesPositiveSyntax'), count('rdf11/rdf-n-triples', 'TestNTriplesNegativeSyntax')]).toEqual([41, 29]);
    expect([count('rdf11/rdf-n-quads', 'TestNQuadsPositiveSyntax'), count('rdf11/rdf-n-quads', 'TestNQuadsNegativeSyntax')]).toEqual([53, 34]);
    expect([count('rdf12/rdf-turtle', 'TestTurtlePositiveSyntax'), count('rdf12/rdf-turtle', 'TestTurtleNegativeSyntax'), count('rdf12/rdf-turtle', 'TestTurtleEval')]).toEqual([41, 33, 29]);
    expect([count('rdf12/rdf-trig', 'TestTrigPositiveSyntax'), count('rdf12/rdf-trig', 'TestTrigNegativeSyntax'), count('rdf12/rdf-trig', 'TestTrigEval')]).toEqual([24, 11, 25]);
    expect([count('rdf12/rdf-n-triples', 'TestNTriplesPositiveSyntax'), count('rdf12/rdf-n-triples', 'TestNTriplesNegativeSyntax')]).toEqual([7, 22]);
    expect([count('rdf12/rdf-n-quads', 'TestNQuadsPositiveSyntax'), count('rdf12/rdf-n-quads', 'TestNQuadsNegativeSyntax')]).toEqual([7, 20]);
    expect([count('rdf12/rdf-n-triples', 'TestNTriplesPositiveC14N'), count('rdf12/rdf-n-quads', 'TestNQuadsPositiveC14N')]).toEqual([41, 41]);
  });

  it('passes every syntax, eval and canonical-form test of RDF 1.1 and RDF 1.2', () => {
    expect(outcomes.filter((o) => o.status === 'n/a').map((o) => `${o.suite}#${o.name}`)).toEqual([]);
    const failed = outcomes.filter((o) => o.status === 'fail').map((o) => `${o.suite}#${o.name}: ${o.reason}`);
    expect(failed).toEqual([]);
  });

  it('reads back what every writer wrote, for every positive test, except documented known failures', () => {
    const unexpected: string[] = [];
    let checked = 0;
    for (const o of outcomes) {
      for (const [format, r] of Object.entries(o.roundTrips)) {
        if (r.startsWith('n/a')) continue;
        checked++;
        if (r !== 'pass' && !KNOWN_FAILURES[`${o.suite}#${o.name}`]) unexpected.push(`${o.suite}#${o.name} ${format}: ${r}`);
      }
    }
    expect(unexpected).toEqual([]);
    expect(checked).toBeGreaterThan(2900);
  });

  it('lists only known failures that still fail', () => {
    for (const key of Object.keys(KNOWN_FAILURES)) {
      const o = outcomes.find((x) => `${x.suite}#${x.name}` === key);
      expect(o, key).toBeDefined();
      expect(o!.status === 'fail' || Object.values(o!.roundTrips).some((r) => r.startsWith('fail')), key).toBe(true);
    }
  });
});
