/**
 * The search box: suggestions as the user types — from the graph on screen, or when browsing a
 * store from the store (debounced, stale answers dropped) — keyboard navigation (arrows, Enter,
 * Escape), and choosing one: focus it, or when browsing a store, load its neighbourhood first.
 * Does not: rank names (search.ts) or query the store (remote.ts).
 */
import { $, searchIndex, status, type Viewer } from './app-state.js';
import { findInStore, type RemoteMatch } from './remote.js';
import { el } from './text.js';

interface SuggestionItem {
  key: string;
  label: string;
  matched: string;
  kind: string;
}

/** Wire the search box and its suggestion list. */
export function wireSearch(v: Viewer): void {
  const input = $<HTMLInputElement>('search');
  input.addEventListener('input', () => renderSuggestions(v));
  input.addEventListener('keydown', (ev) => {
    const items = [...$('suggestions').querySelectorAll<HTMLLIElement>('li')];
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!items.length) return;
      v.suggestionIndex = (v.suggestionIndex + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items.forEach((li, i) => li.setAttribute('aria-selected', String(i === v.suggestionIndex)));
      input.setAttribute('aria-activedescendant', `sugg-${v.suggestionIndex}`);
    } else if (ev.key === 'Enter') {
      const li = items[Math.max(0, v.suggestionIndex)];
      if (li?.dataset.key) choose(v, li.dataset.key, li.dataset.label ?? '');
    } else if (ev.key === 'Escape') {
      $('suggestions').hidden = true;
    }
  });
  input.addEventListener('blur', () => setTimeout(() => ($('suggestions').hidden = true), 150));
}

/** Suggestions from the graph on screen, or (browsing a store) from the store, debounced. */
function renderSuggestions(v: Viewer): void {
  const input = $<HTMLInputElement>('search');
  if (!v.remote) {
    showSuggestions(v, searchIndex(v).suggest(input.value, 8).map((s) => ({ key: s.node.key, label: s.node.label, matched: s.matched, kind: s.node.category })));
    return;
  }
  if (v.remoteSearch) clearTimeout(v.remoteSearch);
  const query = ++v.remoteQuery;
  v.remoteSearch = setTimeout(() => {
    findInStore(input.value).then(
      (hits: RemoteMatch[]) => {
        if (query === v.remoteQuery) showSuggestions(v, hits.map((h) => ({ key: h.iri, label: h.label, matched: h.matched, kind: h.classes.map((c) => c.replace(/^.*[#/]/, '')).join(', ') })));
      },
      (err: unknown) => status(`Search failed: ${(err as Error).message}`),
    );
  }, 200);
}

function showSuggestions(v: Viewer, items: SuggestionItem[]): void {
  const input = $<HTMLInputElement>('search');
  const list = $('suggestions');
  list.replaceChildren();
  v.suggestionIndex = -1;
  items.forEach((s, i) => {
    const li = el('li', undefined, { role: 'option', id: `sugg-${i}`, 'aria-selected': 'false', 'data-key': s.key, 'data-label': s.label });
    li.append(el('span', s.label, { class: 'sugg-label' }));
    if (s.matched !== s.label) li.append(el('span', ` (${s.matched})`, { class: 'muted' }));
    li.append(el('span', ` · ${s.kind}`, { class: 'muted' }));
    li.addEventListener('mousedown', (ev) => {
      ev.preventDefault();
      choose(v, s.key, s.label);
    });
    list.append(li);
  });
  list.hidden = items.length === 0;
  input.setAttribute('aria-expanded', String(items.length > 0));
}

function choose(v: Viewer, key: string, label: string): void {
  const input = $<HTMLInputElement>('search');
  input.value = label;
  $('suggestions').hidden = true;
  input.setAttribute('aria-expanded', 'false');
  if (v.actions.expand && !v.expanded.has(key)) v.actions.expand(key);
  else v.actions.focusNode(key);
}
