/**
 * `npm run conformance`: run the W3C RDF test suites and print a table per suite and test type,
 * then every failure by name with its reason. Exits 1 when a test fails that is not a documented
 * known failure (see `known-failures.ts`).
 */
import { runConformance, type TestOutcome } from './runner.js';
import { KNOWN_FAILURES } from './known-failures.js';
import { formatTable } from '../sparql/format.js';

function summarise(outcomes: TestOutcome[]): string[][] {
  const groups = new Map<string, TestOutcome[]>();
  for (const o of outcomes) {
    const k = `${o.suite.replace('rdf/', '')}\u0000${o.type}`;
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  return [...groups].map(([k, list]) => {
    const [suite, type] = k.split('\u0000') as [string, string];
    const rt = list.flatMap((o) => Object.values(o.roundTrips));
    return [
      suite,
      type,
      String(list.filter((o) => o.status === 'pass').length),
      String(list.filter((o) => o.status === 'fail').length),
      String(list.filter((o) => o.status === 'n/a').length),
      `${rt.filter((r) => r === 'pass').length}/${rt.filter((r) => !r.startsWith('n/a')).length}`,
    ];
  });
}

async function main(): Promise<void> {
  const outcomes = await runConformance();
  process.stdout.write(formatTable(['suite', 'test type', 'pass', 'fail', 'n/a', 'writer round trips'], summarise(outcomes)));
  const failures = outcomes.filter((o) => o.status === 'fail' || Object.values(o.roundTrips).some((r) => r.startsWith('fail')));
  let unexpected = 0;
  for (const f of failures) {
    const known = KNOWN_FAILURES[`${f.suite}#${f.name}`];
    if (!known) unexpected++;
    const rt = Object.entries(f.roundTrips).filter(([, r]) => r.startsWith('fail')).map(([fmt, r]) => `${fmt}: ${r}`);
    process.stdout.write(`${known ? 'known' : 'FAIL '} ${f.suite} ${f.name}: ${[f.reason, ...rt].filter(Boolean).join('; ')}${known ? ` — ${known}` : ''}\n`);
  }
  const total = outcomes.filter((o) => o.status !== 'n/a').length;
  process.stdout.write(`\n${outcomes.filter((o) => o.status === 'pass').length} passed, ${outcomes.filter((o) => o.status === 'fail').length} failed, ${outcomes.length - total} not applicable; ${unexpected} unexpected\n`);
  if (unexpected > 0) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
