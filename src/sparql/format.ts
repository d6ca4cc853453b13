/**
 * SPARQL results for people: a plain-text table with compact IRIs.
 * Does not: run queries or produce the W3C JSON format (that is the engine's own output).
 */
import type { SparqlBindingsJson, SparqlJsonTerm } from './engine.js';
import { compactIri } from '../model/vocab.js';

/** One cell: compact IRI, `_:b` blank node, or the literal with its language or datatype. */
export function termCell(t: SparqlJsonTerm | undefined): string {
  if (!t) return '';
  if (t.type === 'uri') return compactIri(t.value);
  if (t.type === 'bnode') return `_:${t.value}`;
  if (t.type === 'triple') return `<< ${termCell(t.value.subject)} ${termCell(t.value.predicate)} ${termCell(t.value.object)} >>`;
  const v = t.value.replace(/\s+/g, ' ');
  if (t['xml:lang']) return `${v} @${t['xml:lang']}`;
  if (t.datatype && !t.datatype.endsWith('#string')) return `${v} (${compactIri(t.datatype)})`;
  return v;
}

/** Render rows as an aligned text table; long cells are cut at `maxWidth` characters. */
export function formatTable(headers: string[], rows: string[][], maxWidth = 80): string {
  const cut = (s: string) => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s);
  const cells = rows.map((r) => r.map(cut));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n') + '\n';
}

/** SELECT results as a text table, with the row count. */
export function formatBindings(json: SparqlBindingsJson): string {
  const vars = json.head.vars;
  const rows = json.results.bindings.map((b) => vars.map((v) => termCell(b[v])));
  return `${formatTable(vars, rows)}(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
}
