/**
 * Applies the declarative relation patterns (`lexicon/relation-patterns.ts`) to the tokens and
 * linked mentions of narrator sentences: a trigger token, the nearest mention of the subject's and
 * the object's types on their sides within their token distances (with coordinated lists: "Finland
 * and Sweden", "sowohl A als auch B"), the word that opens a slot's mention looked up past articles
 * and role phrases ("mit Machthaber Kim"), no blocking word (future, wish, negation) in the clause.
 * A person in an owner slot stands for the state of their office, a state's body for its state. Spans inside reported speech
 * never yield a fact.
 * Does not: know any pattern itself.
 */
import { NG, NG_CLASS } from '../model/vocab.js';
import type { Gazetteer, EntityMention } from './gazetteer.js';
import { ARTICLE, COORDINATORS, PARENTHESIS_OPENER, RELATION_PATTERNS, type RelationPattern, type Slot, type SlotType } from './lexicon/relation-patterns.js';
import type { FoundFact } from './relations.js';
import { PREFIXES } from '../model/vocab.js';
import type { SentenceInfo } from './sentence.js';

const CLASSES: Record<SlotType, string[]> = {
  State: [NG_CLASS.State],
  Organisation: [NG_CLASS.Organisation, NG_CLASS.Alliance, NG_CLASS.Union, NG_CLASS.Council],
  Person: [NG_CLASS.Person],
  Treaty: [NG_CLASS.Treaty],
  WeaponType: [NG_CLASS.WeaponType, NG_CLASS.Weapon],
  Place: [NG_CLASS.City, NG_CLASS.Place, NG_CLASS.Region],
  Agent: [NG_CLASS.State, NG_CLASS.Organisation, NG_CLASS.Person, NG_CLASS.Alliance, NG_CLASS.Union],
};

interface Candidate {
  entity: string;
  token: number;
  tokenEnd: number;
  start: number;
  end: number;
}

/** What the matcher needs besides the sentences. */
export interface MatchContext {
  g: Gazetteer;
  /** Is [start, end) inside reported speech? */
  inSpeech(start: number, end: number): boolean;
  /** The state or organisation a person's office belongs to, as far as this text tells. */
  ownerOf(person: string): string | undefined;
}

/** Facts from every pattern in every sentence. */
export function matchRelations(sentences: readonly SentenceInfo[], ctx: MatchContext, patterns: readonly RelationPattern[] = RELATION_PATTERNS): FoundFact[] {
  const out: FoundFact[] = [];
  const triggersOf = triggerIndex(patterns);
  for (const s of sentences) {
    // most sentences hold no trigger of most patterns: find the trigger tokens first, per pattern
    const at: number[][] = [];
    s.tokens.forEach((t, k) => {
      for (const i of triggersOf(t.t)) (at[i] ??= []).push(k);
    });
    let usable: Usable[] | undefined;
    patterns.forEach((p, i) => {
      if (at[i]) out.push(...matchPattern(s, p, at[i], ctx, (usable ??= usableMentions(s, ctx))));
    });
  }
  return out;
}

/** Words already tested against a pattern list: the patterns are constants, so an answer never changes. */
const TRIGGER_MEMO = new WeakMap<readonly RelationPattern[], Map<string, number[]>>();
/** Distinct words remembered per pattern list before the memo starts afresh (bounds its memory). */
const TRIGGER_MEMO_SIZE = 50_000;

/** Which patterns (by index) a token triggers; each distinct word is tested once. */
function triggerIndex(patterns: readonly RelationPattern[]): (word: string) => readonly number[] {
  const kept = TRIGGER_MEMO.get(patterns);
  const seen = kept && kept.size <= TRIGGER_MEMO_SIZE ? kept : new Map<string, number[]>();
  TRIGGER_MEMO.set(patterns, seen);
  return (word) => {
    let hits = seen.get(word);
    if (!hits) {
      hits = [];
      for (let i = 0; i < patterns.length; i++) if (patterns[i]!.trigger.test(word)) hits.push(i);
      seen.set(word, hits);
    }
    return hits;
  };
}

function tokenIndex(s: SentenceInfo, m: EntityMention): [number, number] {
  const a = s.tokens.findIndex((t) => t.end > m.start);
  let b = a;
  while (b < s.tokens.length && s.tokens[b]!.start < m.end) b++;
  return [a, Math.max(a + 1, b)];
}

/** A mention a slot may take (narrated, no demonym) with its token range: read once per sentence, not per pattern. */
interface Usable {
  m: EntityMention;
  token: number;
  tokenEnd: number;
}

function usableMentions(s: SentenceInfo, ctx: MatchContext): Usable[] {
  const out: Usable[] = [];
  for (const m of s.mentions) {
    if (ctx.inSpeech(m.start, m.end) || m.kind === 'demonym') continue;
    const [token, tokenEnd] = tokenIndex(s, m);
    out.push({ m, token, tokenEnd });
  }
  return out;
}

function candidates(usable: readonly Usable[], slot: Slot, ctx: MatchContext): Candidate[] {
  const out: Candidate[] = [];
  for (const { m, token, tokenEnd } of usable) {
    let entity: string | undefined = m.entity;
    if (!fits(ctx.g, slot, entity)) {
      entity = !slot.personAsOwner ? undefined : ctx.g.isA(m.entity, NG_CLASS.Person) ? ctx.ownerOf(m.entity) : ctx.g.stateOf(m.entity);
      if (!entity || !fits(ctx.g, slot, entity)) continue;
    }
    if (m.kind === 'adjective' && !slot.types.includes('State')) continue;
    if (slot.noAdjective && adjectival(ctx.g, m)) continue;
    out.push({ entity, token, tokenEnd, start: m.start, end: m.end });
  }
  return out;
}

/** Is the entity of one of the slot's types? */
function fits(g: Gazetteer, slot: Slot, e: string): boolean {
  return slot.types.some((t) => g.isAny(e, CLASSES[t]));
}

/** Is the mention a state's adjective ("Russian oil companies", "russische")? */
function adjectival(g: Gazetteer, m: EntityMention): boolean {
  const text = m.text.toLowerCase();
  return m.kind === 'adjective' || (g.entities.get(m.entity)?.forms ?? []).some((f) => f.kind === 'adjective' && text.startsWith(f.value.toLowerCase()));
}

/** The nearest candidate on the slot's side, extended over a coordinated list ("A, B und C"). */
function pick(s: SentenceInfo, cands: Candidate[], slot: Slot, trigger: number, exclude: Set<string>): Candidate[] {
  const dist = (c: Candidate) => (c.tokenEnd <= trigger ? trigger - c.tokenEnd : c.token - trigger);
  const viaBefore = (c: Candidate) => slot.via !== undefined && viaAt(s, slot.via, c.token);
  const between = (c: Candidate) => (c.tokenEnd <= trigger ? s.tokens.slice(c.tokenEnd, trigger) : s.tokens.slice(trigger + 1, c.token));
  const ok = cands.filter((c) => !exclude.has(c.entity) && !inParenthesis(s, c, trigger) && (slot.side === 'either' || (slot.side === 'before' ? c.tokenEnd <= trigger : c.token > trigger)) && dist(c) <= slot.within && (!slot.viaOnly || viaBefore(c)) && !(slot.notVia && viaAt(s, slot.notVia, c.token)) && !(slot.notBetween && between(c).some((t) => slot.notBetween!.test(t.t))));
  if (ok.length === 0) return [];
  if (slot.all) return [...new Map(ok.map((c) => [c.entity, c])).values()];
  ok.sort((a, b) => Number(viaBefore(b)) - Number(viaBefore(a)) || dist(a) - dist(b));
  const first = ok[0]!;
  if (slot.single) return [first];
  const list = [first];
  const joined = (a: Candidate, b: Candidate) => {
    const between = s.tokens.slice(a.tokenEnd, b.token).map((t) => t.t.toLowerCase()).join(' ');
    return between === '' || COORDINATORS.has(between);
  };
  const sorted = cands.filter((c) => !exclude.has(c.entity)).sort((a, b) => a.token - b.token);
  const at = sorted.indexOf(first);
  for (let k = at + 1; k < sorted.length && joined(sorted[k - 1]!, sorted[k]!); k++) list.push(sorted[k]!);
  for (let k = at - 1; k >= 0 && joined(sorted[k]!, sorted[k + 1]!); k--) list.unshift(sorted[k]!);
  return [...new Map(list.map((c) => [c.entity, c])).values()];
}

/**
 * Is the candidate inside a parenthesis between commas that a preposition opens, the trigger
 * after it ("Finland and Sweden, against the backdrop of a Russian offensive, applied …": Russia
 * did not apply)?
 */
function inParenthesis(s: SentenceInfo, c: Candidate, trigger: number): boolean {
  if (c.tokenEnd > trigger) return false;
  const open = s.text.lastIndexOf(',', c.start - s.start);
  const close = s.text.indexOf(',', c.end - s.start);
  if (open <= 0 || close < 0 || s.start + close > s.tokens[trigger]!.start) return false;
  return PARENTHESIS_OPENER.test(/^,\s*(\S+)/u.exec(s.text.slice(open))?.[1] ?? '');
}

/** An article or a role phrase's word: looked past for the word that opens a slot. */
function skippedBeforeSlot(s: SentenceInfo, t: { t: string; start: number; end: number }): boolean {
  return ARTICLE.test(t.t) || s.roles.some((r) => t.start >= r.start && t.end <= r.end);
}

/** The opening word before token k, past an article and a role phrase ("gegen die Ukraine", "mit Machthaber Kim"). */
function viaAt(s: SentenceInfo, via: RegExp, k: number): boolean {
  let j = k - 1;
  while (j > 0 && k - j < 5 && skippedBeforeSlot(s, s.tokens[j]!)) j--;
  return via.test(s.tokens[j]?.t ?? '');
}

/** The pattern's facts in one sentence, read around its trigger tokens (indices, in order). */
function matchPattern(s: SentenceInfo, p: RelationPattern, triggers: readonly number[], ctx: MatchContext, usable: readonly Usable[]): FoundFact[] {
  const out: FoundFact[] = [];
  const subjC = candidates(usable, p.subject, ctx);
  if (subjC.length === 0) return out;
  // (a role's owner is no object: "Chinas Staatschef Xi Jinping besuchte Wladiwostok" did not visit China)
  const objC = candidates(usable, p.object, ctx).filter((c) => !s.roles.some((r) => r.affiliation?.start === c.start));
  if (objC.length === 0) return out;
  for (const k of triggers) {
    const t = s.tokens[k]!;
    if (ctx.inSpeech(t.start, t.end)) continue;
    if (p.with && !s.tokens.some((x, j) => j !== k && p.with!.test(x.t))) continue;
    const subjects = pick(s, subjC, p.subject, k, new Set());
    if (subjects.length === 0) continue;
    const objects = pick(s, objC, p.object, k, new Set(subjects.map((x) => x.entity)));
    if (objects.length === 0) continue;
    const all = [...subjects, ...objects];
    const from = Math.min(k, ...all.map((c) => c.token));
    const to = Math.max(k + 1, ...all.map((c) => c.tokenEnd));
    if (p.block && s.tokens.slice(Math.max(0, from - 3), to).some((x) => p.block!.test(x.t))) continue;
    const start = s.tokens[from]!.start;
    const end = s.tokens[to - 1]!.end;
    if (p.notFollowedBy?.test(s.text.slice(end - s.start, end - s.start + 60))) continue;
    if (ctx.inSpeech(start, end)) continue;
    for (const a of subjects) for (const b of objects) {
      out.push({ subject: a.entity, predicate: (NG as Record<string, string>)[p.predicate] ?? PREFIXES.ng + p.predicate, object: { iri: b.entity }, start, end, sentence: s.index, rule: PREFIXES.ngrule + p.id, confidence: 0.7 });
    }
  }
  return out;
}
