/**
 * What a deep link's `#focus=…` names: a node key (full IRI, `<IRI>`), a prefixed name
 * (`ngr:Belarus`) or a name in any language (`Belarus`, `Weißrussland`) — and, when nothing
 * matches well enough, a message saying so (with the closest name, if any). Does not: change the
 * view (focus.ts applies the answer).
 */
import { expandPrefixed } from '../../src/model/vocab.js';
import type { Suggestion } from './search.js';

/** Least search score that a link's name needs to stand for a node (exact, inflected or prefix match). */
const LINK_SCORE = 80;

/** A node for the link's text, or why there is none. */
export type LinkTarget = { key: string } | { key?: undefined; message: string };

/** Resolve a link's entity text against the drawn graph and its search index. */
export function resolveLinkTarget(text: string, hasNode: (key: string) => boolean, suggest: (query: string, limit: number) => Suggestion[]): LinkTarget {
  const raw = text.trim().replace(/^<(.*)>$/, '$1');
  if (hasNode(raw)) return { key: raw };
  const expanded = expandPrefixed(raw);
  if (hasNode(expanded)) return { key: expanded };
  // a name: the best match, when it is good and clearly ahead of the next entity
  // a prefixed name with a known prefix is looked up by its local part ("ngr:Weißrussland")
  const name = (expanded !== raw ? raw.slice(raw.indexOf(':') + 1) : raw).replace(/_/g, ' ');
  const hits = suggest(name, 5);
  const best = hits[0];
  if (best && best.score >= LINK_SCORE) {
    // equally good matches: the entity whose label (not alias) matched wins — "Minsk" the city, not Belarus
    const top = hits.filter((h) => h.score === best.score);
    const byLabel = top.filter((h) => h.matched === h.node.label || h.node.labels.some((l) => l.value === h.matched));
    const pick = top.length === 1 ? top[0] : byLabel.length === 1 ? byLabel[0] : undefined;
    if (pick) return { key: pick.node.key };
  }
  const closest = best ? ` The closest name is “${best.node.label}”.` : '';
  return { message: `The link names “${text}”, but no entity in this graph matches it.${closest}` };
}
