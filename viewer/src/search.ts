/**
 * Entity search over every label and alias in every language: case-, accent- and
 * inflection-tolerant ("Weißrusslands", "belarus", "Lukasch" all find their entity), ranked.
 * Does not: render suggestions.
 */
import type { BundleNode } from '../../src/graph/bundle.js';
import { normalise, stem } from '../../src/query/normalize.js';

export interface Suggestion {
  node: BundleNode;
  /** The label or alias that matched. */
  matched: string;
  score: number;
}

interface Entry {
  node: BundleNode;
  text: string;
  norm: string;
  stemmed: string;
}

/** An index over a bundle's nodes. */
export class SearchIndex {
  private readonly entries: Entry[] = [];

  constructor(nodes: BundleNode[]) {
    for (const node of nodes) {
      const names = new Set<string>([node.label, ...node.labels.map((l) => l.value), ...node.aliases.map((a) => a.value)]);
      for (const text of names) {
        const norm = normalise(text);
        if (norm) this.entries.push({ node, text, norm, stemmed: stem(norm) });
      }
    }
  }

  /** Best matches first: exact, then prefix, then word prefix, then substring; statements rank last. */
  suggest(query: string, limit = 10): Suggestion[] {
    const q = normalise(query);
    if (!q) return [];
    const qs = stem(q);
    const best = new Map<string, Suggestion>();
    for (const e of this.entries) {
      let score = 0;
      if (e.norm === q) score = 100;
      else if (e.stemmed === qs) score = 90;
      else if (e.norm.startsWith(q)) score = 80 - Math.min(20, e.norm.length - q.length) / 2;
      else if (e.norm.split(/[\s-]+/).some((w) => w.startsWith(q) || stem(w) === qs)) score = 60;
      else if (e.norm.includes(q)) score = 40;
      if (score === 0) continue;
      if (e.node.category === 'Statement') score -= 30;
      const prev = best.get(e.node.key);
      if (!prev || prev.score < score) best.set(e.node.key, { node: e.node, matched: e.text, score });
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.node.label.localeCompare(b.node.label)).slice(0, limit);
  }
}
