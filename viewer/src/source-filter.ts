/**
 * The source filter for corpora of hundreds of sources: a search box over publishers and
 * documents (publisher, date, id, title), a short list of the best matches — publishers first,
 * with how many documents each has — and the chosen source with a button back to all sources.
 * The filter value is a document IRI or `publisher:<name>` (all that publisher's documents, the
 * name compared case-insensitively as support.ts counts publishers).
 * Does not: decide what is visible (filters.ts asks {@link sourceMatcher}).
 */
import type { ViewerBundle } from '../../src/graph/bundle.js';
import { el, plural } from './text.js';

/** Matches listed at once; typing narrows the rest. */
export const SOURCE_LIST_LIMIT = 50;

const PUBLISHER = 'publisher:';

interface SourceEntry {
  value: string;
  label: string;
  detail: string;
  /** Lower-case text the search box matches. */
  haystack: string;
}

const publisherKey = (name: string) => name.trim().toLowerCase();

/** Publishers (most documents first) and then documents (newest first) of a bundle. */
export function sourceEntries(bundle: ViewerBundle): SourceEntry[] {
  const byPublisher = new Map<string, { name: string; documents: number }>();
  for (const d of bundle.documents) {
    if (!d.publisher) continue;
    const p = byPublisher.get(publisherKey(d.publisher)) ?? { name: d.publisher, documents: 0 };
    p.documents++;
    byPublisher.set(publisherKey(d.publisher), p);
  }
  const publishers = [...byPublisher.values()]
    .sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name))
    .map((p) => ({ value: PUBLISHER + p.name, label: p.name, detail: plural(p.documents, 'document'), haystack: p.name.toLowerCase() }));
  const documents = [...bundle.documents]
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.iri.localeCompare(b.iri))
    .map((d) => {
      const id = d.iri.replace(/^.*\//, '');
      return { value: d.iri, label: d.title ?? id, detail: [d.publisher, d.published].filter(Boolean).join(' · '), haystack: [d.publisher, d.published, id, d.title].filter(Boolean).join(' ').toLowerCase() };
    });
  return [...publishers, ...documents];
}

/** A test "is one of these documents in the chosen source?" for a filter value ('' = all). */
export function sourceMatcher(bundle: ViewerBundle, value: string): (sources: readonly string[]) => boolean {
  if (!value) return () => true;
  if (!value.startsWith(PUBLISHER)) return (sources) => sources.includes(value);
  const key = publisherKey(value.slice(PUBLISHER.length));
  const documents = new Set(bundle.documents.filter((d) => d.publisher !== undefined && publisherKey(d.publisher) === key).map((d) => d.iri));
  return (sources) => sources.some((s) => documents.has(s));
}

/** Fill the filter's list, say what is chosen and wire its search box; `choose` gets a new value. */
export function mountSourceFilter(bundle: ViewerBundle, current: string, choose: (value: string) => void): void {
  const input = document.getElementById('source-search') as HTMLInputElement;
  const list = document.getElementById('source-list') as HTMLUListElement;
  const chosen = document.getElementById('source-chosen') as HTMLElement;
  const all = sourceEntries(bundle);
  const render = () => {
    const q = input.value.trim().toLowerCase();
    const hits = q ? all.filter((e) => e.haystack.includes(q)) : all;
    list.replaceChildren();
    for (const e of hits.slice(0, SOURCE_LIST_LIMIT)) {
      const li = el('li', undefined, { role: 'option', 'aria-selected': String(e.value === current), 'data-value': e.value });
      const button = el('button', e.label, { type: 'button', class: 'link' });
      button.addEventListener('click', () => choose(e.value));
      li.append(button, el('span', ` ${e.detail}`, { class: 'muted' }));
      list.append(li);
    }
    if (hits.length > SOURCE_LIST_LIMIT) list.append(el('li', `… ${hits.length - SOURCE_LIST_LIMIT} more: type to narrow`, { class: 'muted' }));
    if (hits.length === 0) list.append(el('li', all.length ? 'no source matches' : 'no sources in this graph', { class: 'muted' }));
  };
  input.oninput = render;
  chosen.replaceChildren();
  if (current) {
    const entry = all.find((e) => e.value === current);
    chosen.append(el('span', `Only: ${entry ? `${entry.label}${entry.detail ? ` (${entry.detail})` : ''}` : current} `));
    const clear = el('button', 'all sources', { type: 'button', id: 'source-clear' });
    clear.addEventListener('click', () => choose(''));
    chosen.append(clear);
  } else {
    chosen.append(el('span', `All ${plural(bundle.documents.length, 'source document')}`, { class: 'muted' }));
  }
  render();
}
