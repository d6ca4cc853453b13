/**
 * Scores the extractor against curated gold: entity links (per document and per mention),
 * relations (asserted triples), statements (same speaker, overlapping span, same date — or the
 * publication-day upper bound that contains the curated date, which the text alone cannot give) and dates
 * (time values of facts and statements): precision, recall and F1. Also counts claims the
 * extraction asserted as facts, which must be zero. Does not: read files (see `eval-main.ts`).
 */
import type { DocumentGraph, TimeValue } from '../model/types.js';
import { objectKey, timeIri } from '../model/iri.js';

/** Precision, recall and F1 of one measure. */
export interface Score {
  gold: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

function score(gold: number, found: number, correctGold: number, correctFound = correctGold): Score {
  const precision = found === 0 ? 0 : correctFound / found;
  const recall = gold === 0 ? 1 : correctGold / gold;
  return { gold, found, correct: correctGold, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function setScore(gold: Set<string>, found: Set<string>): Score {
  const correct = [...gold].filter((x) => found.has(x)).length;
  return score(gold.size, found.size, correct);
}

/** The evaluation of one document. */
export interface Evaluation {
  entities: Score;
  mentions: Score;
  relations: Score;
  statements: Score;
  dates: Score;
  /** Gold claims the extraction asserted as facts (must be 0). */
  claimsAsserted: number;
  missedRelations: string[];
}

export function evaluate(gold: DocumentGraph, found: DocumentGraph): Evaluation {
  const entities = setScore(new Set(gold.mentions.map((m) => m.entity)), new Set(found.mentions.map((m) => m.entity)));
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const mentionOk = gold.mentions.filter((g) => found.mentions.some((f) => f.entity === g.entity && overlaps(f.evidence.span, g.evidence.span))).length;
  const mentionFoundOk = found.mentions.filter((f) => gold.mentions.some((g) => f.entity === g.entity && overlaps(f.evidence.span, g.evidence.span))).length;
  const key = (f: { subject: string; predicate: string; object: Parameters<typeof objectKey>[0] }) => `${f.subject} ${f.predicate} ${objectKey(f.object)}`;
  const goldFacts = new Set(gold.facts.map(key));
  const foundFacts = new Set(found.facts.map(key));
  const relations = setScore(goldFacts, foundFacts);
  // a date the text alone cannot give (the curator's knowledge) is matched by the upper bound that contains it
  const sameDate = (a: TimeValue | undefined, b: TimeValue | undefined) =>
    (a?.value ?? '') === (b?.value ?? '') && (a?.part ?? '') === (b?.part ?? '') ? true : !!a && !!b && (a.bound === 'upper' ? b.latest <= a.latest && !b.bound : b.bound === 'upper' ? a.latest <= b.latest && !a.bound : false);
  const stOk = (a: DocumentGraph['statements'][number], b: DocumentGraph['statements'][number]) =>
    a.speaker === b.speaker && a.evidence.some((x) => b.evidence.some((y) => overlaps(x.span, y.span))) && sameDate(a.date, b.date);
  const statements = score(gold.statements.length, found.statements.length, gold.statements.filter((g) => found.statements.some((f) => stOk(g, f))).length, found.statements.filter((f) => gold.statements.some((g) => stOk(g, f))).length);
  const times = (d: DocumentGraph) => new Set([...d.facts.flatMap((f) => ('time' in f.object ? [`${f.subject} ${f.predicate} ${timeIri(f.object.time)}`] : [])), ...d.statements.map((s) => `${s.speaker} ${s.evidence[0]!.span.start} ${s.date ? timeIri(s.date) : '-'}`)]);
  const goldTimes = times(gold);
  const foundTimes = times(found);
  // statements' date keys use span starts, which differ by design: match them through the statement matcher
  const dateGold = [...gold.facts.filter((f) => 'time' in f.object).map(key), ...gold.statements.map((s, i) => `st${i}`)];
  const dateOk = [
    ...gold.facts.filter((f) => 'time' in f.object && foundFacts.has(key(f))).map(key),
    ...gold.statements.map((s, i) => (found.statements.some((f) => stOk(s, f)) ? `st${i}` : '')).filter(Boolean),
  ];
  void goldTimes;
  void foundTimes;
  const dates = score(dateGold.length, found.facts.filter((f) => 'time' in f.object).length + found.statements.length, dateOk.length);
  const claims = new Set(gold.statements.flatMap((s) => s.claims.map((c) => key(c))));
  const claimsAsserted = [...foundFacts].filter((f) => claims.has(f)).length;
  return {
    entities,
    mentions: score(gold.mentions.length, found.mentions.length, mentionOk, mentionFoundOk),
    relations,
    statements,
    dates,
    claimsAsserted,
    missedRelations: [...goldFacts].filter((f) => !foundFacts.has(f)),
  };
}
