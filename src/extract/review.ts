/**
 * Review files: a reviewer's accept/reject/correct decisions on extracted facts, kept next to the
 * source (`<id>.review.yaml`) and applied on every build, so corrections survive re-extraction.
 *
 *     reject:
 *       - { s: ngr:Belarus, p: ng:memberOf, o: ngr:NATO }          # wrong fact
 *     correct:
 *       - { s: ngr:X, p: ng:stationedIn, o: ngr:Y, to: { o: ngr:Z } }  # fix one part
 *     accept:
 *       - { s: ngr:Russia, p: ng:partyTo, o: ngr:Treaty_on_Security_Guarantees_2024 }  # confidence 1
 *
 * Facts are named by their triple (subject, predicate, object as IRI or prefixed name). A decision
 * that matches no extracted fact is reported, so a stale review never fails silently.
 * Does not: add facts without evidence.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import type { DocumentGraph, Fact } from '../model/types.js';
import { expandPrefixed } from '../model/vocab.js';
import { CurationError } from '../model/curation.js';

interface Decision {
  s: string;
  p: string;
  o: string;
  to?: { s?: string; p?: string; o?: string };
  line: number;
}

/** Outcome of applying a review. */
export interface ReviewResult {
  graph: DocumentGraph;
  accepted: number;
  rejected: number;
  corrected: number;
  /** Decisions that matched no fact, as `file:line: s p o`. */
  unmatched: string[];
}

function readDecisions(path: string): Record<'accept' | 'reject' | 'correct', Decision[]> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CurationError(path, 1, 1, `cannot read the review file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length) {
    const pos = lines.linePos(doc.errors[0]!.pos[0]);
    throw new CurationError(path, pos.line, pos.col, doc.errors[0]!.message.split('\n')[0]!);
  }
  const out: Record<'accept' | 'reject' | 'correct', Decision[]> = { accept: [], reject: [], correct: [] };
  const root = doc.contents as YamlNode | null;
  if (root === null) return out;
  if (!isMap(root)) throw new CurationError(path, 1, 1, 'a review file maps accept/reject/correct to lists of facts');
  for (const kind of ['accept', 'reject', 'correct'] as const) {
    const list = root.get(kind, true) as YamlNode | undefined;
    if (list === undefined) continue;
    if (!isSeq(list)) throw new CurationError(path, lines.linePos(list.range?.[0] ?? 0).line, 1, `${kind} must be a list`);
    for (const item of list.items as YamlNode[]) {
      const pos = lines.linePos(item.range?.[0] ?? 0);
      const js = (item as { toJSON(): unknown }).toJSON() as Record<string, unknown>;
      for (const k of ['s', 'p', 'o']) if (typeof js[k] !== 'string') throw new CurationError(path, pos.line, pos.col, `each ${kind} entry needs s, p and o (IRIs or prefixed names)`);
      const to = js.to as Record<string, string> | undefined;
      if (kind === 'correct' && (!to || typeof to !== 'object')) throw new CurationError(path, pos.line, pos.col, 'a correction needs `to: { s?, p?, o? }`');
      out[kind].push({
        s: expandPrefixed(js.s as string),
        p: expandPrefixed(js.p as string),
        o: expandPrefixed(js.o as string),
        ...(to ? { to: Object.fromEntries(Object.entries(to).map(([k, v]) => [k, expandPrefixed(String(v))])) } : {}),
        line: pos.line,
      });
    }
  }
  return out;
}

const objectIs = (f: Fact, o: string) => ('iri' in f.object ? f.object.iri === o : 'literal' in f.object ? f.object.literal === o : false);
const matches = (f: Fact, d: Decision) => f.subject === d.s && f.predicate === d.p && objectIs(f, d.o);

/** Apply a review file to an extracted document graph. */
export function applyReview(graph: DocumentGraph, reviewPath: string): ReviewResult {
  const d = readDecisions(reviewPath);
  const unmatched: string[] = [];
  let facts = graph.facts;
  let rejected = 0;
  let corrected = 0;
  let accepted = 0;
  for (const r of d.reject) {
    const before = facts.length;
    facts = facts.filter((f) => !matches(f, r));
    if (facts.length === before) unmatched.push(`${reviewPath}:${r.line}: ${r.s} ${r.p} ${r.o}`);
    rejected += before - facts.length;
  }
  facts = facts.map((f) => {
    const c = d.correct.find((x) => matches(f, x));
    if (!c) return f;
    corrected++;
    return {
      ...f,
      subject: c.to!.s ?? f.subject,
      predicate: c.to!.p ?? f.predicate,
      object: c.to!.o !== undefined ? { iri: c.to!.o } : f.object,
      evidence: f.evidence.map((e) => ({ ...e, confidence: 1 })),
    };
  });
  for (const c of d.correct) if (!graph.facts.some((f) => matches(f, c))) unmatched.push(`${reviewPath}:${c.line}: ${c.s} ${c.p} ${c.o}`);
  facts = facts.map((f) => {
    if (!d.accept.some((a) => matches(f, a))) return f;
    accepted++;
    return { ...f, evidence: f.evidence.map((e) => ({ ...e, confidence: 1 })) };
  });
  for (const a of d.accept) if (!graph.facts.some((f) => matches(f, a))) unmatched.push(`${reviewPath}:${a.line}: ${a.s} ${a.p} ${a.o}`);
  return { graph: { ...graph, facts }, accepted, rejected, corrected, unmatched };
}
