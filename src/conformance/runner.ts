/**
 * W3C RDF test-suite runner for newsgraph's own reading and writing layer (`src/rdf`).
 *
 * Does: read the RDF 1.1 and RDF 1.2 manifests of Turtle, TriG, N-Triples and N-Quads (following
 * `mf:include`), run every positive and negative syntax test and every eval test through
 * `parseRdf`, and round-trip every positive test's dataset through every writer we have
 * (Turtle, TriG, N-Triples, N-Quads, JSON-LD — where the format can hold the dataset), checking
 * isomorphism; for canonicalisation (C14N) tests, our N-Triples/N-Quads writer's output must be the
 * canonical form (see `runCanonicalForm`). Does not: print (see `main.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { Parser } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { parseRdf } from '../rdf/parse.js';
import { serializeRdf } from '../rdf/serialize.js';
import { isomorphic } from '../rdf/isomorphic.js';
import type { RdfFormat } from '../rdf/formats.js';

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const RDFT = 'http://www.w3.org/ns/rdftest#';
const RDF_ = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** One test and its outcome. */
export interface TestOutcome {
  suite: string;
  name: string;
  type: string;
  status: 'pass' | 'fail' | 'n/a';
  reason?: string;
  /** Writer round trips: format → pass / fail reason / n/a reason. */
  roundTrips: Record<string, 'pass' | string>;
}

/** The suites, relative to the test-suite root. */
export const SUITES = [
  'rdf/rdf11/rdf-turtle',
  'rdf/rdf11/rdf-trig',
  'rdf/rdf11/rdf-n-triples',
  'rdf/rdf11/rdf-n-quads',
  'rdf/rdf12/rdf-turtle',
  'rdf/rdf12/rdf-trig',
  'rdf/rdf12/rdf-n-triples',
  'rdf/rdf12/rdf-n-quads',
] as const;

/**
 * Where the W3C suites are: `$NEWSGRAPH_RDF_TESTS`, else the copy in the repository
 * (`test/fixtures/rdf-tests`, data files only; see its SOURCE.md), so a fresh clone runs them.
 */
export function defaultSuiteRoot(): string {
  if (process.env.NEWSGRAPH_RDF_TESTS) return resolve(process.env.NEWSGRAPH_RDF_TESTS);
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return resolve(repo, 'test', 'fixtures', 'rdf-tests');
}

function formatOf(type: string): RdfFormat {
  if (type.includes('Turtle')) return 'turtle';
  if (type.includes('Trig') || type.includes('TriG')) return 'trig';
  if (type.includes('NTriples')) return 'ntriples';
  return 'nquads';
}

interface Entry {
  suite: string;
  name: string;
  type: string;
  action: string;
  result?: string;
  base: string;
}

function listItems(quads: Quad[], head: Term | undefined): Term[] {
  const items: Term[] = [];
  let node = head;
  while (node && node.value !== RDF_ + 'nil') {
    const first = quads.find((q) => q.subject.equals(node!) && q.predicate.value === RDF_ + 'first');
    if (!first) break;
    items.push(first.object);
    node = quads.find((q) => q.subject.equals(node!) && q.predicate.value === RDF_ + 'rest')?.object;
  }
  return items;
}

/** Entries of a manifest and the manifests it includes (within the suite root). */
function readManifest(path: string, suite: string, root: string, seen: Set<string>): Entry[] {
  if (seen.has(path) || !existsSync(path)) return [];
  seen.add(path);
  const quads = new Parser({ baseIRI: pathToFileURL(path).href }).parse(readFileSync(path, 'utf8')) as unknown as Quad[];
  const manifest = quads.find((q) => q.predicate.value === RDF_ + 'type' && q.object.value === MF + 'Manifest')?.subject;
  if (!manifest) return [];
  const base = quads.find((q) => q.subject.equals(manifest) && q.predicate.value === MF + 'assumedTestBase')?.object.value;
  const entries: Entry[] = [];
  const includes = quads.find((q) => q.subject.equals(manifest) && q.predicate.value === MF + 'include')?.object;
  for (const inc of listItems(quads, includes)) {
    const incPath = fileURLToPath(inc.value);
    // RDF 1.2 manifests include the RDF 1.1 ones, which run as their own suites
    if (relative(root, incPath).includes('rdf11') && suite.includes('rdf12')) continue;
    entries.push(...readManifest(incPath, suite, root, seen));
  }
  const list = quads.find((q) => q.subject.equals(manifest) && q.predicate.value === MF + 'entries')?.object;
  for (const e of listItems(quads, list)) {
    const get = (p: string) => quads.find((q) => q.subject.equals(e) && q.predicate.value === p)?.object.value;
    const type = quads.filter((q) => q.subject.equals(e) && q.predicate.value === RDF_ + 'type').map((q) => q.object.value).find((t) => t.startsWith(RDFT));
    const action = get(MF + 'action');
    if (!type || !action) continue;
    const actionPath = fileURLToPath(action);
    const result = get(MF + 'result');
    entries.push({
      suite,
      name: get(MF + 'name') ?? e.value,
      type: type.slice(RDFT.length),
      action: actionPath,
      ...(result ? { result: fileURLToPath(result) } : {}),
      base: base ? base + relative(dirname(path), actionPath) : pathToFileURL(actionPath).href,
    });
  }
  return entries;
}

function hasNamedGraphs(quads: Quad[]): boolean {
  return quads.some((q) => q.graph.termType !== 'DefaultGraph');
}

function hasTripleTerms(quads: Quad[]): boolean {
  return quads.some((q) => (q.object.termType as string) === 'Quad' || (q.subject.termType as string) === 'Quad');
}

/** Round-trip a dataset through every writer that can hold it. */
export async function roundTrips(quads: Quad[]): Promise<Record<string, 'pass' | string>> {
  const out: Record<string, 'pass' | string> = {};
  const named = hasNamedGraphs(quads);
  const tripleTerms = hasTripleTerms(quads);
  for (const format of ['turtle', 'trig', 'ntriples', 'nquads', 'jsonld'] as const) {
    if (named && (format === 'turtle' || format === 'ntriples')) {
      out[format] = 'n/a: named graphs';
      continue;
    }
    if (tripleTerms && format === 'jsonld') {
      out[format] = 'n/a: JSON-LD 1.1 has no triple terms';
      continue;
    }
    try {
      const text = await serializeRdf(quads, format);
      const back = await parseRdf(text, { format, file: `<${format} output>` });
      out[format] = isomorphic(quads, back) ? 'pass' : 'fail: not isomorphic after the round trip';
    } catch (err) {
      out[format] = `fail: ${(err as Error).message.slice(0, 200)}`;
    }
  }
  return out;
}

/** Lines of N-Triples/N-Quads with blank-node labels blanked out, sorted. */
function comparableLines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '').map((l) => l.replace(/_:[^\s)]+/g, '_:')).sort();
}

/**
 * A canonical N-Triples/N-Quads test: our writer's output must equal the expected canonical text
 * line for line (escapes, white space, literal forms). Canonical form fixes neither the order of
 * lines nor blank-node labels (our writer sorts lines and labels blank nodes by RDFC-1.0), so the
 * lines are compared sorted, blank-node labels blanked out, and the datasets must be isomorphic.
 */
async function runCanonicalForm(e: Entry, format: RdfFormat, base: TestOutcome): Promise<TestOutcome> {
  if (!e.result) return { ...base, status: 'fail', reason: 'no expected result in the manifest' };
  let quads: Quad[];
  try {
    quads = await parseRdf(readFileSync(e.action, 'utf8'), { format, baseIRI: e.base, file: e.action });
  } catch (err) {
    return { ...base, status: 'fail', reason: `rejected valid input: ${(err as Error).message.slice(0, 200)}` };
  }
  const expectedText = readFileSync(e.result, 'utf8');
  const written = await serializeRdf(quads, format);
  const expected = await parseRdf(expectedText, { format, file: e.result });
  const same = JSON.stringify(comparableLines(written)) === JSON.stringify(comparableLines(expectedText));
  if (!same || !isomorphic(quads, expected)) return { ...base, status: 'fail', reason: `not the canonical form: wrote ${JSON.stringify(written.slice(0, 200))}` };
  return { ...base, roundTrips: await roundTrips(quads) };
}

async function runEntry(e: Entry): Promise<TestOutcome> {
  const base: TestOutcome = { suite: e.suite, name: e.name, type: e.type, status: 'pass', roundTrips: {} };
  const format = formatOf(e.type);
  if (e.type.endsWith('C14N')) return runCanonicalForm(e, format, base);
  const text = readFileSync(e.action, 'utf8');
  const negative = e.type.includes('Negative');
  let quads: Quad[] | undefined;
  let error: Error | undefined;
  try {
    quads = await parseRdf(text, { format, baseIRI: e.base, file: e.action });
  } catch (err) {
    error = err as Error;
  }
  if (negative) {
    return error ? base : { ...base, status: 'fail', reason: 'accepted invalid input' };
  }
  if (!quads) return { ...base, status: 'fail', reason: `rejected valid input: ${error!.message.slice(0, 200)}` };
  if (e.type.endsWith('Eval') && e.result) {
    const expectedFormat: RdfFormat = e.result.endsWith('.nq') ? 'nquads' : 'ntriples';
    const expected = await parseRdf(readFileSync(e.result, 'utf8'), { format: expectedFormat, file: e.result });
    if (!isomorphic(quads, expected)) return { ...base, status: 'fail', reason: 'result not isomorphic to the expected dataset', roundTrips: await roundTrips(quads) };
  }
  return { ...base, roundTrips: await roundTrips(quads) };
}

/** Run all suites (or those given). */
export async function runConformance(root = defaultSuiteRoot(), suites: readonly string[] = SUITES): Promise<TestOutcome[]> {
  if (!existsSync(root)) throw new Error(`W3C RDF test suites not found at ${root}; set NEWSGRAPH_RDF_TESTS`);
  const outcomes: TestOutcome[] = [];
  for (const suite of suites) {
    const entries = readManifest(resolve(root, suite, 'manifest.ttl'), suite, root, new Set());
    for (const e of entries) outcomes.push(await runEntry(e));
  }
  return outcomes;
}
