/**
 * The details panel: everything about a node or an edge, and the evidence behind it — source,
 * date, and the sentence with the exact span highlighted; a relation's evidence grouped by
 * publisher, with how many publishers and documents support it. All data is rendered as text.
 * Does not: decide what is focused (focus.ts does) or filter anything.
 */
import { otherNames } from './names.js';
import type { BundleDocument, BundleEdge, BundleEvidence, BundleNode, ViewerBundle } from '../../src/graph/bundle.js';
import { localName } from '../../src/model/structure.js';
import { codePoints, el, plural } from './text.js';
import { evidenceByPublisher, publisherCount, supportOf } from './support.js';
import { nodeDisagreements } from './disagreement.js';

export interface DetailsActions {
  focusNode(key: string): void;
  focusEdge(key: string): void;
  /** Browsing a remote store: load this node's neighbours from it. */
  expand?(key: string): void;
  /** Browsing a remote store: were this node's neighbours loaded? */
  isExpanded?(key: string): boolean;
}

function termLabel(bundle: ViewerBundle, iri: string): string {
  return bundle.terms[iri]?.label ?? localName(iri);
}

function nodeLabel(bundle: ViewerBundle, nodes: Map<string, BundleNode>, iri: string): string {
  return nodes.get(iri)?.label ?? localName(iri);
}

/** One evidence item: source line and the sentence with the exact span in <mark>. */
export function renderEvidence(bundle: ViewerBundle, ev: BundleEvidence): HTMLElement {
  const doc: BundleDocument | undefined = bundle.documents.find((d) => d.iri === ev.document);
  const item = el('li', undefined, { class: 'evidence' });
  const source = el('div', undefined, { class: 'evidence-source' });
  source.append(el('span', doc?.publisher ?? doc?.iri.replace(/^.*\//, '') ?? ev.document));
  if (doc?.published) source.append(el('span', ` · ${doc.published}`));
  source.append(el('span', ` · rule ${ev.rule.replace(/^.*\//, '')}`, { class: 'rule' }));
  if (ev.confidence < 1) source.append(el('span', ` · confidence ${ev.confidence}`));
  item.append(source);
  const sentence = el('blockquote', undefined, { class: 'evidence-sentence', lang: doc?.language ?? '' });
  if (doc) {
    const cps = codePoints(doc, doc.text);
    const s = doc.sentences[ev.sentence] ?? { start: ev.start, end: ev.end };
    const from = Math.min(s.start, ev.start);
    const to = Math.max(s.end, ev.end);
    sentence.append(document.createTextNode(cps.slice(from, ev.start).join('')));
    sentence.append(el('mark', cps.slice(ev.start, ev.end).join('')));
    sentence.append(document.createTextNode(cps.slice(ev.end, to).join('')));
  } else {
    sentence.append(el('mark', ev.exact));
  }
  item.append(sentence);
  return item;
}

function evidenceList(bundle: ViewerBundle, evidence: BundleEvidence[]): HTMLElement {
  const list = el('ul', undefined, { class: 'evidence-list', 'aria-label': 'Evidence' });
  if (evidence.length === 0) list.append(el('li', 'background knowledge (entity register): no source span', { class: 'muted' }));
  for (const ev of evidence) list.append(renderEvidence(bundle, ev));
  return list;
}

function section(title: string): HTMLElement {
  const s = el('section');
  s.append(el('h3', title));
  return s;
}

function relationButton(label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', label, { type: 'button', class: 'link' });
  b.addEventListener('click', onClick);
  return b;
}

/** Render a node's details into the panel. */
export function showNode(panel: HTMLElement, bundle: ViewerBundle, nodes: Map<string, BundleNode>, node: BundleNode, actions: DetailsActions): void {
  panel.replaceChildren();
  panel.append(el('h2', node.label));
  panel.append(el('p', `${node.category}${node.classes.length ? ` · ${node.classes.map((c) => termLabel(bundle, c)).join(', ')}` : ''}`, { class: 'muted' }));
  panel.append(el('p', node.key, { class: 'iri' }));
  if (actions.expand) {
    const done = actions.isExpanded?.(node.key) ?? false;
    const button = el('button', done ? 'Reload neighbours from the store' : 'Load neighbours from the store', { type: 'button', class: 'expand' });
    button.addEventListener('click', () => actions.expand!(node.key));
    panel.append(button);
  }
  if (node.date) panel.append(el('p', `Date: ${node.date.label} (${node.date.precision}${node.date.part ? `, ${node.date.part}` : ''}; ${node.date.earliest} – ${node.date.latest})`, { class: 'date' }));

  const outgoing = bundle.edges.filter((e) => e.source === node.key);
  const disagreements = nodeDisagreements(bundle, node, outgoing, (iri) => nodeLabel(bundle, nodes, iri));
  if (disagreements.length) {
    const s = section('Sources disagree');
    s.classList.add('disagreement');
    const ul = el('ul');
    for (const d of disagreements) ul.append(el('li', `${termLabel(bundle, d.predicate)}: ${d.values.map((v) => `${v.label} (${v.publishers.join(', ')})`).join(' ≠ ')}`));
    s.append(ul);
    panel.append(s);
  }

  if (node.labels.length || node.aliases.length) {
    const s = section('Names');
    const dl = el('dl');
    for (const l of node.labels) {
      dl.append(el('dt', l.lang || '–'));
      dl.append(el('dd', l.value, { lang: l.lang }));
    }
    const also = otherNames(node.labels, node.aliases);
    if (also.length) {
      dl.append(el('dt', 'also'));
      dl.append(el('dd', also.join(', ')));
    }
    s.append(dl);
    panel.append(s);
  }

  if (node.statement) {
    const st = node.statement;
    const s = section(st.mode === 'direct' ? 'Statement (direct speech)' : 'Statement (indirect speech)');
    if (st.speaker) s.append(relationButton(`Speaker: ${nodeLabel(bundle, nodes, st.speaker)}`, () => actions.focusNode(st.speaker!)));
    if (st.quote) s.append(el('blockquote', st.quote, { class: 'quote' }));
    else s.append(el('p', st.content, { class: 'quote' }));
    if (st.reason) s.append(el('p', `Reason given: ${st.reason}`));
    if (st.place) s.append(el('p', `Place: ${nodeLabel(bundle, nodes, st.place)}`));
    if (st.claims.length) {
      s.append(el('h4', 'Claims (not asserted as facts)'));
      const ul = el('ul', undefined, { class: 'claims' });
      for (const c of st.claims) {
        const obj = c.objectDate ? c.objectDate.label : c.objectIsLiteral ? c.object : nodeLabel(bundle, nodes, c.object);
        ul.append(el('li', `${c.polarity === 'negative' ? 'NOT: ' : ''}${nodeLabel(bundle, nodes, c.subject)} — ${termLabel(bundle, c.predicate)} — ${obj}`));
      }
      s.append(ul);
    }
    s.append(el('h4', 'Evidence'));
    s.append(evidenceList(bundle, st.evidence));
    panel.append(s);
  }

  if (node.dates.length || node.literals.length) {
    const s = section('Properties');
    const ul = el('ul', undefined, { class: 'props' });
    for (const d of node.dates) {
      const li = el('li');
      li.append(el('strong', `${termLabel(bundle, d.predicate)}: `), el('span', `${d.date.label} (${d.date.precision}${d.date.part ? `, ${d.date.part}` : ''})`));
      li.append(evidenceList(bundle, d.evidence));
      ul.append(li);
    }
    for (const l of node.literals) {
      const li = el('li');
      li.append(el('strong', `${termLabel(bundle, l.predicate)}: `), el('span', l.value, l.lang ? { lang: l.lang } : {}));
      if (l.evidence.length) li.append(evidenceList(bundle, l.evidence));
      ul.append(li);
    }
    s.append(ul);
    panel.append(s);
  }

  const incoming = bundle.edges.filter((e) => e.target === node.key);

  for (const [title, list, far] of [['Outgoing relations', outgoing, 'target'], ['Incoming relations', incoming, 'source']] as const) {
    if (list.length === 0) continue;
    const s = section(title);
    const ul = el('ul', undefined, { class: 'relations' });
    for (const e of list) {
      const li = el('li');
      const other = e[far];
      // outgoing: "party to → Treaty"; incoming: "Belarus → head of state" (the other node is the subject)
      const text = far === 'target' ? `${termLabel(bundle, e.predicate)} → ${nodeLabel(bundle, nodes, other)}` : `${nodeLabel(bundle, nodes, other)} → ${termLabel(bundle, e.predicate)}`;
      li.append(relationButton(text, () => actions.focusNode(other)));
      const n = e.kind === 'fact' ? publisherCount(bundle, e) : 0;
      const ev = relationButton(e.kind === 'background' ? 'background' : `${e.evidence.length} evidence${n > 1 ? ` · ${n} sources` : ''}`, () => actions.focusEdge(e.key));
      ev.classList.add('evidence-link');
      li.append(' ', ev);
      ul.append(li);
    }
    s.append(ul);
    panel.append(s);
  }
  if (node.sources.length) {
    const s = section('Sources');
    const ul = el('ul');
    for (const src of node.sources) {
      const d = bundle.documents.find((x) => x.iri === src);
      ul.append(el('li', d ? `${d.publisher ?? ''} ${d.published ?? ''} — ${d.iri.replace(/^.*\//, '')}` : src));
    }
    s.append(ul);
    panel.append(s);
  }
}

/** Render an edge's details (its evidence first) into the panel. */
export function showEdge(panel: HTMLElement, bundle: ViewerBundle, nodes: Map<string, BundleNode>, edge: BundleEdge, actions: DetailsActions): void {
  panel.replaceChildren();
  panel.append(el('h2', termLabel(bundle, edge.predicate)));
  const p = el('p');
  p.append(relationButton(nodeLabel(bundle, nodes, edge.source), () => actions.focusNode(edge.source)));
  p.append(el('span', ' → '));
  p.append(relationButton(nodeLabel(bundle, nodes, edge.target), () => actions.focusNode(edge.target)));
  panel.append(p);
  panel.append(el('p', edge.kind === 'fact' ? 'Asserted fact' : edge.kind === 'statement' ? 'Part of a statement (what was said is not asserted)' : 'Background knowledge (entity register)', { class: 'muted' }));
  if (edge.date) panel.append(el('p', `Date: ${edge.date.label} (${edge.date.precision})`, { class: 'date' }));
  const support = supportOf(bundle, edge);
  if (edge.kind !== 'background') panel.append(el('p', `Supported by ${plural(support.publishers.length, 'publisher')} in ${plural(support.documents.length, 'document')}`, { class: 'support' }));
  const s = section('Evidence');
  const groups = evidenceByPublisher(bundle, edge.evidence);
  if (groups.length <= 1) s.append(evidenceList(bundle, edge.evidence));
  for (const g of groups.length > 1 ? groups : []) {
    const per = el('section', undefined, { class: 'source-evidence' });
    per.append(el('h4', `${g.publisher} (${g.evidence.length})`));
    per.append(evidenceList(bundle, g.evidence));
    s.append(per);
  }
  panel.append(s);
}
