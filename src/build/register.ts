/**
 * The entity register: where it lives, how it is read, and which part of it a built graph holds —
 * decided once for build, eval, ingest, validate and the benchmarks.
 *
 * Does: read the background register (`ontology/register/*.ttl`: states, places, organisations,
 * bodies, media, treaties, weapons, people, events — shipped with newsgraph) and the data folder's
 * own entities (`<data>/entities.ttl`) into one list of quads;
 * give the files' nested blank nodes (`ng:tenure [ a ng:Tenure ; … ]`) stable IRIs, so a built graph
 * needs no blank-node canonicalisation and names a tenure alike in every run; state the `ng:partOf`
 * an `ng:armedForcesOf` entails (`withEntailedParts`); pick the part of the register a dataset's
 * documents use (`registerPartFor`). Does not: put quads into a named graph (the build does that)
 * or interpret them (that is `src/extract/gazetteer.ts`).
 */
import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { readRdfFile } from '../rdf/parse.js';
import { registerFiles, resolveDataDir } from '../util/package-root.js';
import { shortHash } from '../model/iri.js';
import { NG, PREFIXES, RDF } from '../model/vocab.js';

/**
 * Quads of the whole entity register: the package's background register and the data folder's
 * own `entities.ttl` (see {@link registerFiles}; the data folder as {@link resolveDataDir} finds it).
 * @throws RdfSyntaxError naming file, line and column; DataFolderError for a missing data folder.
 */
export async function loadRegister(dataDir?: string): Promise<Quad[]> {
  const out: Quad[] = [];
  for (const file of registerFiles(resolveDataDir(dataDir))) out.push(...skolemize(await readRdfFile(file)));
  return withEntailedParts(out);
}

/**
 * The register with the `ng:partOf` each `ng:armedForcesOf` entails (it is a sub-property): the
 * files say once that a body is a state's armed forces, and every reader of `ng:partOf` (the
 * gazetteer's `stateOf`, a built graph, SPARQL) still finds the body's state.
 */
export function withEntailedParts(quads: readonly Quad[]): Quad[] {
  const stated = new Set(quads.filter((q) => q.predicate.value === NG.partOf).map((q) => `${q.subject.value} ${q.object.value}`));
  const entailed = quads
    .filter((q) => q.predicate.value === NG.armedForcesOf && !stated.has(`${q.subject.value} ${q.object.value}`))
    .map((q) => DataFactory.quad(q.subject, DataFactory.namedNode(NG.partOf), q.object, q.graph) as Quad);
  return [...quads, ...entailed];
}

const termKey = (t: Term): string => (t.termType === 'Literal' ? JSON.stringify([t.value, t.language, t.datatype.value]) : `<${t.value}>`);

/**
 * Blank nodes used once, as the object of an IRI, and describing themselves only with IRIs and
 * literals become `<parent>/<property>/<hash of their description>`; any other blank node stays.
 */
export function skolemize(quads: readonly Quad[]): Quad[] {
  const uses = new Map<string, Quad[]>();
  const description = new Map<string, Quad[]>();
  for (const q of quads) {
    if (q.object.termType === 'BlankNode') uses.set(q.object.value, [...(uses.get(q.object.value) ?? []), q]);
    if (q.subject.termType === 'BlankNode') description.set(q.subject.value, [...(description.get(q.subject.value) ?? []), q]);
  }
  const iri = new Map<string, string>();
  for (const [bnode, props] of description) {
    const use = uses.get(bnode);
    if (use?.length !== 1 || use[0]!.subject.termType !== 'NamedNode' || props.some((q) => q.object.termType === 'BlankNode')) continue;
    const lines = props.map((q) => `<${q.predicate.value}> ${termKey(q.object)}`).sort();
    const property = use[0]!.predicate.value.replace(/^.*[#/]/, '');
    iri.set(bnode, `${use[0]!.subject.value}/${property}/${shortHash(lines.join('\n'))}`);
  }
  const rename = <T extends Term>(t: T): T | ReturnType<typeof DataFactory.namedNode> => (t.termType === 'BlankNode' && iri.has(t.value) ? DataFactory.namedNode(iri.get(t.value)!) : t);
  return quads.map((q) => (iri.has(q.subject.value) || iri.has(q.object.value) ? (DataFactory.quad(rename(q.subject) as Quad['subject'], q.predicate, rename(q.object) as Quad['object'], q.graph) as Quad) : q));
}

/**
 * Relations the register states as of its own date (memberships, treaty parties, offices): true
 * then, not necessarily at an article's date, so they serve extraction as background and are never
 * asserted in a built graph.
 */
const AS_OF_RELATIONS = new Set([NG.memberOf, NG.partyTo, NG.tenure]);

/**
 * The register's description of the entities the `used` quads (a dataset's documents) refer to —
 * types, names, adjectives, Wikidata links and their timeless relations (a state's capital, a
 * city's state, a weapon's kind) — and the names of the entities those relations lead to. The rest
 * of the register stays out of a graph about its documents.
 */
export function registerPartFor(register: readonly Quad[], used: readonly Quad[]): Quad[] {
  // only IRIs the register itself names matter below: a corpus's own IRIs (statements, evidence …) are never collected
  const inRegister = new Set<string>();
  for (const q of register) for (const t of [q.subject, q.object]) if (t.termType === 'NamedNode') inRegister.add(t.value);
  const iris = new Set<string>();
  for (const q of used) {
    if (q.subject.termType === 'NamedNode' && inRegister.has(q.subject.value)) iris.add(q.subject.value);
    if (q.object.termType === 'NamedNode' && inRegister.has(q.object.value)) iris.add(q.object.value);
  }
  const described = (q: Quad) => iris.has(q.subject.value) && !AS_OF_RELATIONS.has(q.predicate.value);
  const named = new Set(register.filter((q) => described(q) && q.object.termType === 'NamedNode' && q.object.value.startsWith(PREFIXES.ngr)).map((q) => q.object.value));
  const isName = (q: Quad) => named.has(q.subject.value) && (q.object.termType === 'Literal' || (q.predicate.value === RDF.type && q.object.value.startsWith(PREFIXES.ng)));
  return register.filter((q) => (described(q) && (q.object.termType === 'Literal' || !q.object.value.startsWith(PREFIXES.ngr) || iris.has(q.object.value) || named.has(q.object.value))) || isName(q));
}
