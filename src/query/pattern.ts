/**
 * The compact pattern syntax of `match()`: triples separated by ` . `, terms by white space:
 * variables `?x`, prefixed names `ng:stationedIn`, full IRIs `<…>`, and `a` for rdf:type —
 * `?weapon ng:stationedIn ?state . ?weapon ng:controlledBy ?controller`.
 * Does not: support FILTER, OPTIONAL or literals (use SPARQL for those).
 */
import { QueryError, type Pattern } from './types.js';

/** Parse the compact pattern syntax. @throws QueryError naming the offending part. */
export function parsePattern(text: string): Pattern {
  if (typeof text !== 'string' || text.trim() === '') throw new QueryError('the pattern is empty');
  const triples: Pattern['triples'] = [];
  const parts = text
    .trim()
    .replace(/\s*\.\s*$/, '')
    .split(/\s+\.\s+|\s*\.\s*(?=\?|<|[A-Za-z]+:)/);
  for (const part of parts) {
    const terms = part.trim().match(/<[^>]*>|\S+/g) ?? [];
    if (terms.length !== 3) throw new QueryError(`each pattern triple needs subject, predicate and object; got ${JSON.stringify(part.trim())}`);
    const [s, p, o] = terms.map((t) => (t.startsWith('<') && t.endsWith('>') ? t.slice(1, -1) : t)) as [string, string, string];
    for (const t of [s, p, o]) {
      if (t.startsWith('"')) throw new QueryError(`literals are not supported in patterns (${t}); use SPARQL`);
      if (t.startsWith('?') && !/^\?[A-Za-z_]\w*$/.test(t)) throw new QueryError(`invalid variable ${JSON.stringify(t)}`);
    }
    triples.push([s, p, o]);
  }
  return { triples };
}
