/**
 * Pair references: "the two leaders", "both countries", "die beiden Präsidenten", "beide Staaten"
 * name the two people or states the text named last (in the sentence before the phrase and the
 * two sentences before it). Each becomes two mentions over the phrase's span, one per member, so
 * that a relation pattern reads "the two leaders signed the treaty" as both signing.
 * Does not: resolve "both" alone, groups of three or more, or a pair it cannot find two of (then
 * nothing); change the sentences' own mentions (the relation matcher reads these beside them).
 */
import { NG_CLASS } from '../model/vocab.js';
import type { EntityMention, Gazetteer } from './gazetteer.js';
import { rule } from './rules.js';
import type { SentenceInfo } from './sentence.js';
import { twinFor } from '../util/case-fold.js';

/** What opens a pair: "the two", "both", "die beiden", "beide". */
const PAIR_OPENER = String.raw`\b(?:the\s+two|both|die\s+beiden|beide|der\s+beiden|den\s+beiden)\s+`;

/** A pair of people: the opener, then an office or "men" (as a function of the sentence: its ASCII twin where that reads alike, see `case-fold.ts`). */
const PEOPLE_PAIR = twinFor(new RegExp(String.raw`${PAIR_OPENER}(?:leaders|presidents|heads\s+of\s+state|men|Staatschefs|Präsidenten|Staats-\s+und\s+Regierungschefs|Männer|Politiker)\b`, 'giu'));

/** A pair of states (as {@link PEOPLE_PAIR}). */
const STATE_PAIR = twinFor(new RegExp(String.raw`${PAIR_OPENER}(?:countries|nations|states|sides|Länder|Ländern|Staaten|Seiten)\b`, 'giu'));

/** How many sentences back the two may have been named. */
const REACH = 2;

/** The pair mentions of every sentence, by sentence index (only sentences that have one). */
export function pairReferences(sentences: readonly SentenceInfo[], g: Gazetteer): Map<number, EntityMention[]> {
  const out = new Map<number, EntityMention[]>();
  const isPerson = (e: string) => g.isA(e, NG_CLASS.Person);
  const isState = (e: string) => g.isA(e, NG_CLASS.State);
  const kinds = [
    [PEOPLE_PAIR, isPerson, (x: SentenceInfo) => x.agents.filter((a) => a.person && a.entity && a.kind !== 'pronoun').map((a) => ({ entity: a.entity!, start: a.start }))],
    [STATE_PAIR, isState, (x: SentenceInfo) => x.mentions.filter((m) => isState(m.entity)).map((m) => ({ entity: m.entity, start: m.start }))],
  ] as const;
  for (const s of sentences) {
    const found: EntityMention[] = [];
    for (const [pair, isMember, ofSentence] of kinds) {
      for (const m of s.text.matchAll(pair(s.text))) {
        const start = s.start + m.index!;
        const named = sentences
          .slice(Math.max(0, s.index - REACH), s.index + 1)
          .filter((x) => x.paragraph === s.paragraph || x.index === s.index)
          .flatMap(ofSentence)
          .filter((x) => x.start < start && isMember(x.entity));
        const two = [...new Set(named.map((x) => x.entity).reverse())].slice(0, 2);
        if (two.length < 2) continue;
        for (const entity of two) found.push({ entity, start, end: start + m[0].length, text: m[0], rule: rule('coref.pair'), confidence: 0.6 });
      }
    }
    if (found.length) out.set(s.index, found);
  }
  return out;
}
