/**
 * A body named with its state, then without it: "South Korean Joint Chiefs of Staff" … "the Joint
 * Chiefs of Staff said". The register keeps such bare names out of its aliases (the United States
 * has Joint Chiefs of Staff too); within one text that named only one of them, the bare name is
 * that body. Teaches the document's gazetteer the short form (rule `ner.short-name`). Does not:
 * shorten people's names (see `learnSurnames`) or names whose rest is a single word ("der
 * Generalstab": body nouns resolve those, see `coref.ts`).
 */
import { NG_CLASS } from '../model/vocab.js';
import type { Gazetteer } from './gazetteer.js';
import { rule } from './rules.js';
import type { SentenceInfo } from './sentence.js';
import { tokenize } from './tokens.js';

/** The rest must open with a capital: a name, not a phrase ("'s", "armed forces"). */
const NAME_START = /^\p{Lu}/u;

/** Learn the bare names of bodies named with their state; true when a name was learnt. */
export function learnShortNames(text: string, sentences: readonly SentenceInfo[], g: Gazetteer): boolean {
  const bodies = new Map<string, Set<string>>();
  /** How often each short name stands inside the full names it was read from. */
  const inFull = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (!g.isA(m.entity, NG_CLASS.Organisation)) continue;
      const rest = withoutState(m.text, g);
      if (!rest) continue;
      bodies.set(rest, (bodies.get(rest) ?? new Set()).add(m.entity));
      inFull.set(rest, (inFull.get(rest) ?? 0) + 1);
    }
  }
  let learnt = false;
  for (const [rest, which] of bodies) {
    // (only a short name the text uses on its own: learning one makes the mentions be read again)
    if (which.size !== 1 || text.split(rest).length - 1 <= inFull.get(rest)! || g.match(rest).length) continue;
    g.addName(rest, [...which][0]!, false, 'name', rule('ner.short-name'));
    learnt = true;
  }
  return learnt;
}

/** "South Korean Joint Chiefs of Staff" → "Joint Chiefs of Staff": the words after a state's adjective or name (with "'s"), when two or more capitalised ones. */
function withoutState(name: string, g: Gazetteer): string | undefined {
  const tokens = tokenize(name);
  for (let k = 1; k <= Math.min(3, tokens.length - 2); k++) {
    const head = name.slice(0, tokens[k - 1]!.end).replace(/['’]s$/u, '');
    const isState = g.match(head).some((m) => m.start === 0 && m.end === head.length && g.isA(m.entity, NG_CLASS.State));
    if (!isState) continue;
    const rest = name.slice(tokens[k]!.start);
    if (NAME_START.test(rest)) return rest;
  }
  return undefined;
}
