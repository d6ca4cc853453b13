/**
 * The extractor's working view of one sentence: its text and offsets, and what each stage has
 * found in it so far (tokens, linked mentions, dates, role phrases, resolved agent references).
 * Stages add to it in pipeline order; none re-reads the raw text for what an earlier stage found.
 * Does not: find anything itself.
 */
import type { DateMention } from './dates.js';
import type { EntityMention } from './gazetteer.js';
import type { RolePhrase } from './role-phrases.js';
import type { Token } from './tokens.js';

/**
 * Something in a sentence that names an agent: a name, a role phrase or a pronoun, and who it is.
 * Built with every field set, in this order (undefined when absent), so that all references share
 * one object shape and the stages that read them stay fast.
 */
export interface AgentRef {
  /** The entity referred to; undefined when it could not be resolved. */
  entity?: string;
  start: number;
  end: number;
  /** 'anonymous': a source the text does not name ("a US official", "Diplomaten", "Regierungskreisen"). */
  kind: 'name' | 'role' | 'pronoun' | 'demonym' | 'anonymous';
  /** A role phrase or description with a definite article ("der Minister"), which can refer back; an indefinite or bare plural one cannot. */
  definite?: boolean;
  /** Index of its first token in the sentence's tokens. */
  token: number;
  tokenEnd: number;
  /** The rule that resolved it (coreference), if it is not a plain name. */
  rule?: string;
  /** People outrank states and organisations as speakers of one clause. */
  person: boolean;
  /** A treaty or policy document: a source only of words it "states" ("besagt", "heißt es in …") or that are "according to" it. */
  document?: true;
}

/** A sentence with what the earlier stages found in it (UTF-16 offsets into the document); `eventDate` is set (maybe undefined) from the start, so all sentences share one object shape. */
export interface SentenceInfo {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Paragraph (line) number. */
  paragraph: number;
  tokens: Token[];
  mentions: EntityMention[];
  /** Second readings of mentioned spans (the city behind a capital metonym): output as mentions, read by no stage. */
  shadows: EntityMention[];
  dates: DateMention[];
  roles: RolePhrase[];
  agents: AgentRef[];
  /** The date of what the sentence narrates (not anniversaries or dates inside quotes), if any. */
  eventDate?: DateMention;
}

/**
 * The sentence cut at `end` (an offset inside it), for reading an opening clause on its own:
 * what was found after the cut is left out; token indices stay those of the whole sentence.
 */
export function sentenceUpTo(s: SentenceInfo, end: number): SentenceInfo {
  const before = <T extends { end: number }>(xs: readonly T[]) => xs.filter((x) => x.end <= end);
  const eventDate = s.eventDate && s.eventDate.end <= end ? s.eventDate : undefined;
  return { ...s, end, text: s.text.slice(0, end - s.start), tokens: before(s.tokens), mentions: before(s.mentions), shadows: before(s.shadows), dates: before(s.dates), roles: before(s.roles), agents: before(s.agents), eventDate };
}

/** The first of the sentence's mentions that covers token `t`, if any (a loop: stages ask per token). */
export function mentionCovering(s: SentenceInfo, t: Token): EntityMention | undefined {
  for (const m of s.mentions) if (m.start <= t.start && t.end <= m.end) return m;
  return undefined;
}

/** A dateline opening a paragraph: "Washington/Berlin (Reuters) - ", "Seoul, June 19 (IANS) – ", "TEHRAN -- ". */
const DATELINE = /^\s*(?:\p{Lu}[\p{L}\s/.,]{0,40}?\d{0,4}\s*\([^()]{1,40}\)\s*[-–—]+\s+|\p{Lu}{3,}(?:[\s/]+\p{Lu}{3,})*\s+[-–—]{1,2}\s+)/u;

/** Where the sentence's own clause starts: after a dateline ("Washington/Berlin (Reuters) - "), else at its start. */
export function clauseStart(s: SentenceInfo): number {
  return s.start + (DATELINE.exec(s.text)?.[0].length ?? 0);
}
