/**
 * IRIs of the newsgraph ontology and the vocabularies it aligns to.
 *
 * Does: give every module one place to take namespace IRIs and term IRIs from, so that the
 * ontology files in `ontology/`, the encoder, the extractor, the query layer and the viewer
 * never spell an IRI twice. Does not: describe the terms (that is `ontology/newsgraph.ttl`)
 * or validate anything.
 */

/** Namespace IRIs with their conventional prefixes. */
export const PREFIXES = {
  ng: 'https://w3id.org/newsgraph/ontology#',
  ngr: 'https://w3id.org/newsgraph/id/',
  ngs: 'https://w3id.org/newsgraph/source/',
  ngf: 'https://w3id.org/newsgraph/fact/',
  ngt: 'https://w3id.org/newsgraph/time/',
  ngrule: 'https://w3id.org/newsgraph/rule/',
  ngg: 'https://w3id.org/newsgraph/graph/',
  ngsh: 'https://w3id.org/newsgraph/shapes#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  prov: 'http://www.w3.org/ns/prov#',
  oa: 'http://www.w3.org/ns/oa#',
  schema: 'https://schema.org/',
  sem: 'http://semanticweb.cs.vu.nl/2009/11/sem/',
  dcterms: 'http://purl.org/dc/terms/',
  sh: 'http://www.w3.org/ns/shacl#',
  wd: 'http://www.wikidata.org/entity/',
  wdt: 'http://www.wikidata.org/prop/direct/',
} as const;

export type Prefix = keyof typeof PREFIXES;

const ng = (local: string): string => PREFIXES.ng + local;

/** Classes of the newsgraph ontology. */
export const NG_CLASS = {
  Entity: ng('Entity'),
  Agent: ng('Agent'),
  State: ng('State'),
  Person: ng('Person'),
  Organisation: ng('Organisation'),
  Alliance: ng('Alliance'),
  Union: ng('Union'),
  Council: ng('Council'),
  Treaty: ng('Treaty'),
  PolicyDocument: ng('PolicyDocument'),
  Doctrine: ng('Doctrine'),
  Weapon: ng('Weapon'),
  WeaponType: ng('WeaponType'),
  WeaponStock: ng('WeaponStock'),
  Place: ng('Place'),
  City: ng('City'),
  Region: ng('Region'),
  Event: ng('Event'),
  Signing: ng('Signing'),
  Meeting: ng('Meeting'),
  Deployment: ng('Deployment'),
  Announcement: ng('Announcement'),
  DoctrineChange: ng('DoctrineChange'),
  Statement: ng('Statement'),
  Claim: ng('Claim'),
  Fact: ng('Fact'),
  Evidence: ng('Evidence'),
  Mention: ng('Mention'),
  SourceDocument: ng('SourceDocument'),
  Sentence: ng('Sentence'),
  TimeValue: ng('TimeValue'),
  Rule: ng('Rule'),
  Tenure: ng('Tenure'),
} as const;

/** Properties of the newsgraph ontology. */
export const NG = {
  // relations between entities
  headOfState: ng('headOfState'),
  partyTo: ng('partyTo'),
  signatory: ng('signatory'),
  signedAt: ng('signedAt'),
  signedOn: ng('signedOn'),
  signedDuring: ng('signedDuring'),
  establishes: ng('establishes'),
  commemorates: ng('commemorates'),
  stationedIn: ng('stationedIn'),
  controlledBy: ng('controlledBy'),
  useDecidedBy: ng('useDecidedBy'),
  proposedBy: ng('proposedBy'),
  requestedBy: ng('requestedBy'),
  memberOf: ng('memberOf'),
  capital: ng('capital'),
  capitalOf: ng('capitalOf'),
  locatedIn: ng('locatedIn'),
  partOf: ng('partOf'),
  armedForcesOf: ng('armedForcesOf'),
  seatOf: ng('seatOf'),
  weaponType: ng('weaponType'),
  issuedBy: ng('issuedBy'),
  updatedOn: ng('updatedOn'),
  // events
  participant: ng('participant'),
  agent: ng('agent'),
  location: ng('location'),
  date: ng('date'),
  subEventOf: ng('subEventOf'),
  about: ng('about'),
  reasonGiven: ng('reasonGiven'),
  condition: ng('condition'),
  plannedCompletion: ng('plannedCompletion'),
  reasonText: ng('reasonText'),
  subtypeOf: ng('subtypeOf'),
  contentHash: ng('contentHash'),
  permitsUseOf: ng('permitsUseOf'),
  violates: ng('violates'),
  attackedBy: ng('attackedBy'),
  headOfGovernment: ng('headOfGovernment'),
  applicantTo: ng('applicantTo'),
  ratified: ng('ratified'),
  suspended: ng('suspended'),
  withdrewFrom: ng('withdrewFrom'),
  alliedWith: ng('alliedWith'),
  metWith: ng('metWith'),
  visited: ng('visited'),
  supplies: ng('supplies'),
  deployed: ng('deployed'),
  tested: ng('tested'),
  sanctioned: ng('sanctioned'),
  attacked: ng('attacked'),
  bound: ng('bound'),
  position: ng('position'),
  affiliation: ng('affiliation'),
  // register: names and offices
  adjective: ng('adjective'),
  demonym: ng('demonym'),
  tenure: ng('tenure'),
  role: ng('role'),
  roleOf: ng('roleOf'),
  start: ng('start'),
  end: ng('end'),
  // statements (reported speech) and claims
  speaker: ng('speaker'),
  statementDate: ng('statementDate'),
  statementPlace: ng('statementPlace'),
  quote: ng('quote'),
  content: ng('content'),
  speechMode: ng('speechMode'),
  claims: ng('claims'),
  polarity: ng('polarity'),
  occasion: ng('occasion'),
  // provenance and evidence
  evidence: ng('evidence'),
  document: ng('document'),
  sentence: ng('sentence'),
  rule: ng('rule'),
  confidence: ng('confidence'),
  refersTo: ng('refersTo'),
  mentions: ng('mentions'),
  // source documents
  text: ng('text'),
  language: ng('language'),
  published: ng('published'),
  publisher: ng('publisher'),
  title: ng('title'),
  index: ng('index'),
  // entity register
  alias: ng('alias'),
  // time values
  value: ng('value'),
  precision: ng('precision'),
  part: ng('part'),
  earliest: ng('earliest'),
  latest: ng('latest'),
} as const;

/** Individuals of the newsgraph ontology (enumerations). */
export const NG_INDIVIDUAL = {
  Day: ng('Day'),
  Month: ng('Month'),
  Year: ng('Year'),
  Early: ng('Early'),
  Mid: ng('Mid'),
  Late: ng('Late'),
  DirectSpeech: ng('DirectSpeech'),
  IndirectSpeech: ng('IndirectSpeech'),
  Affirmative: ng('Affirmative'),
  Negative: ng('Negative'),
  UpperBound: ng('UpperBound'),
} as const;

export const RDF = {
  type: PREFIXES.rdf + 'type',
  subject: PREFIXES.rdf + 'subject',
  predicate: PREFIXES.rdf + 'predicate',
  object: PREFIXES.rdf + 'object',
  Statement: PREFIXES.rdf + 'Statement',
  langString: PREFIXES.rdf + 'langString',
} as const;

export const RDFS = {
  label: PREFIXES.rdfs + 'label',
  comment: PREFIXES.rdfs + 'comment',
  subClassOf: PREFIXES.rdfs + 'subClassOf',
  subPropertyOf: PREFIXES.rdfs + 'subPropertyOf',
} as const;

export const XSD = {
  string: PREFIXES.xsd + 'string',
  date: PREFIXES.xsd + 'date',
  gYearMonth: PREFIXES.xsd + 'gYearMonth',
  gYear: PREFIXES.xsd + 'gYear',
  integer: PREFIXES.xsd + 'integer',
  nonNegativeInteger: PREFIXES.xsd + 'nonNegativeInteger',
  decimal: PREFIXES.xsd + 'decimal',
  boolean: PREFIXES.xsd + 'boolean',
  dateTime: PREFIXES.xsd + 'dateTime',
} as const;

export const OA = {
  start: PREFIXES.oa + 'start',
  end: PREFIXES.oa + 'end',
  exact: PREFIXES.oa + 'exact',
  prefix: PREFIXES.oa + 'prefix',
  suffix: PREFIXES.oa + 'suffix',
} as const;

export const SKOS = {
  prefLabel: PREFIXES.skos + 'prefLabel',
  altLabel: PREFIXES.skos + 'altLabel',
} as const;

export const OWL = {
  sameAs: PREFIXES.owl + 'sameAs',
} as const;

/** The rule every hand-curated fact names: curation is a rule like any other. */
export const CURATED_RULE = PREFIXES.ngrule + 'curated';

/** Named graph that holds the entity register (background knowledge, not from any article). */
export const REGISTER_GRAPH = PREFIXES.ngg + 'register';
/**
 * Named graph that holds the entities cross-document resolution found in the articles: their
 * classes and one preferred label per language. Each document's own spellings stay in its graph
 * (as aliases), so adding an article changes its graph and this one, never the others.
 */
export const ENTITIES_GRAPH = PREFIXES.ngg + 'entities';
/** Named graph that holds the ontology itself when it is shipped with the data. */
export const ONTOLOGY_GRAPH = PREFIXES.ngg + 'ontology';

/** Expand `prefix:local` to a full IRI; a full IRI or an unknown prefix is returned unchanged. */
export function expandPrefixed(name: string): string {
  const colon = name.indexOf(':');
  if (colon <= 0) return name;
  const prefix = name.slice(0, colon) as Prefix;
  if (name.slice(colon + 1).startsWith('//')) return name;
  const ns = PREFIXES[prefix];
  return ns === undefined ? name : ns + name.slice(colon + 1);
}

/** Shorten an IRI to `prefix:local` where a known namespace fits, else return it unchanged. */
export function compactIri(iri: string): string {
  let best: string | undefined;
  let bestNs = '';
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns) && ns.length > bestNs.length) {
      const local = iri.slice(ns.length);
      if (/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(local) && !local.endsWith('.') && !local.endsWith('/')) {
        best = `${prefix}:${local}`;
        bestNs = ns;
      }
    }
  }
  return best ?? iri;
}
