/**
 * The RDF formats newsgraph reads and writes, and how they are named on the command line and in
 * file extensions. Does not: parse or write anything.
 */

/** An RDF serialisation format. */
export type RdfFormat = 'turtle' | 'trig' | 'ntriples' | 'nquads' | 'jsonld';

const BY_NAME: Record<string, RdfFormat> = {
  ttl: 'turtle',
  turtle: 'turtle',
  trig: 'trig',
  nt: 'ntriples',
  ntriples: 'ntriples',
  'n-triples': 'ntriples',
  nq: 'nquads',
  nquads: 'nquads',
  'n-quads': 'nquads',
  jsonld: 'jsonld',
  'json-ld': 'jsonld',
};

const BY_EXTENSION: Record<string, RdfFormat> = {
  '.ttl': 'turtle',
  '.turtle': 'turtle',
  '.trig': 'trig',
  '.nt': 'ntriples',
  '.nq': 'nquads',
  '.jsonld': 'jsonld',
  '.json': 'jsonld',
};

/** Formats that can hold named graphs. */
export const QUAD_FORMATS: ReadonlySet<RdfFormat> = new Set(['trig', 'nquads', 'jsonld']);

/** The format of a file, from its extension; undefined when unknown. */
export function formatFromPath(path: string): RdfFormat | undefined {
  const m = /\.[A-Za-z]+$/.exec(path);
  return m ? BY_EXTENSION[m[0].toLowerCase()] : undefined;
}

/**
 * The format of a name as users type it (`ttl`, `turtle`, `trig`, `nt`, `nq`, `jsonld`…).
 * @throws RangeError listing the valid names.
 */
export function parseFormatName(name: string): RdfFormat {
  const f = BY_NAME[name.toLowerCase()];
  if (!f) throw new RangeError(`unknown RDF format ${JSON.stringify(name)}; use one of ttl, trig, nt, nq, jsonld`);
  return f;
}

/** The usual file extension of a format. */
export function extensionOf(format: RdfFormat): string {
  return { turtle: '.ttl', trig: '.trig', ntriples: '.nt', nquads: '.nq', jsonld: '.jsonld' }[format];
}
