/**
 * The source filter for corpora of hundreds of sources: a search box over publishers and
 * documents (publisher, date, id, title), a short list of the best matches with how many
 * documents each publisher has, and the chosen source shown with a clear button. The filter value
 * is a document IRI or `publisher:<name>` (all that publisher's documents).
 * Does not: decide what is visible (main.ts asks {@link sourceMatcher}).
 */
import type { ViewerBundle } from '../../src/graph/bundle.js';
import { el } from './text.js';

/** Matches shown at once; the search narrows the rest. */
export const SOURCE_LIST_LIMIT = 50;

interface SourceEntry {
  value: string;
  label: string;
  detail: string;
  haystack: string;
}

const PUBLISHER = 'publisher:';

/** Publishers (with document counts) and documents of a bundle, publishers first. */
function entries(bundle: ViewerBundle): SourceEntry[] {
  const byPublisher = new Map<string, number>();
  for (const d of bundle.documents) if (d.publisher) byPublisher.set(d.publisher, (byPublisher.get(d.publisher) ?? 0) + 1);
  const publishers = [...byPublisher].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, n]) => ({ value: PUBLISHER + name, label: name, detail: `${n} document${n === 1 ? '' : 's'}`, haystack: name.toLowerCase() }));
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
  const name = value.slice(PUBLISHER.length);
  const docs = new Set(bundle.documents.filter((d) => d.publisher === name).map((d) => d.iri));
  return (sources) => sources.some((s) => docs.has(s));
}

/** Fill the filter's list and wire its search box; `choose` gets the new value. */
export function mountSourceFilter(bundle: ViewerBundle, current: string, choose: (value: string) => void): void {
  const input = document.getElementById('source-search') as HTMLInputElement;
  const list = document.getElementById('source-list') as HTMLUListElement;
  const chosen = document.getElementById('source-chosen') as HTMLElement;
  const all = entries(bundle);
  const render = () => {
    const q = input.value.trim().toLowerCase();
    const hits = q ? all.filter((e) => e.haystack.includes(q)) : all;
    list.replaceChildren();
    for (const e of hits.slice(0, SOURCE_LIST_LIMIT)) {
      const li = el('li', undefined, { role: 'option', 'aria-selected': String(e.value === current), 'data-value': e.value });
      const b = el('button', e.label, { type: 'button', class: 'link' });
      b.addEventListener('click', () => choose(e.value));
      li.append(b, el('span', ` ${e.detail}`, { class: 'muted' }));
      list.append(li);
    }
    if (hits.length > SOURCE_LIST_LIMIT) list.append(el('li', `… ${hits.length - SOURCE_LIST_LIMIT} more: type to narrow`, { class: 'muted' }));
    if (hits.length === 0) list.append(el('li', 'no source matches', { class: 'muted' }));
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
    chosen.append(el('span', `All ${bundle.documents.length} source document(s)`, { class: 'muted' }));
  }
  render();
}
