/**
 * Coreference: who each agent-naming phrase of a sentence refers to. Names of people, states and
 * organisations refer to themselves; a role phrase with a name ("Präsident Lukaschenko") to the
 * named person; an unnamed role phrase ("der russische Staatschef", "the NATO chief", "der
 * Kremlsprecher") to the person this text introduced with that office, else to the register's
 * holder of that office on the publication day (time-scoped tenures); a bare definite role ("der
 * Minister") to the last person introduced with it; a demonym used as a noun ("der Norweger") to
 * the person named last. Pronouns are left for the speech stage, which knows the last speaker.
 * Does not: mint entities (see `people.ts`).
 */
import { NG_CLASS } from '../model/vocab.js';
import type { Gazetteer } from './gazetteer.js';
import type { Introduction } from './people.js';
import type { AgentRef, SentenceInfo } from './sentence.js';
import { PRONOUNS } from './lexicon/speech-verbs.js';
import { rule } from './rules.js';

/** Offices that stand in for one another when the register names the other ("Staatschef" of a state led by a king). */
const EQUIVALENT_ROLES: Record<string, string[]> = {
  president: ['president', 'supreme leader', 'king', 'leader'],
  'supreme leader': ['supreme leader', 'president', 'leader'],
  leader: ['leader', 'supreme leader', 'president'],
  king: ['king'],
  'prime minister': ['prime minister', 'chancellor', 'head of government'],
  chancellor: ['chancellor', 'prime minister'],
  'head of government': ['head of government', 'prime minister', 'chancellor'],
};

const AGENT_CLASSES = [NG_CLASS.Person, NG_CLASS.State, NG_CLASS.Organisation, NG_CLASS.Alliance, NG_CLASS.Union, NG_CLASS.Council];

/** Word shapes read by the demonym test, compiled once. */
const LOWER_FIRST = /^\p{Ll}/u;
const LOWER_S_WORD = /^\p{Ll}{3,}s$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+/u;

/** Fill `agents` of every sentence, in text order. */
export function resolveAgents(sentences: SentenceInfo[], intros: readonly Introduction[], g: Gazetteer, published: string): void {
  const isAgent = (e: string) => AGENT_CLASSES.some((c) => g.isA(e, c));
  const seen: Introduction[] = [];
  /** People named so far, most recent last. */
  const named: string[] = [];
  let lastPerson: string | undefined;
  for (const s of sentences) {
    const refs: AgentRef[] = [];
    const tokenOf = (pos: number) => Math.max(0, s.tokens.findIndex((t) => t.start <= pos && pos < t.end));
    const covered = (a: number, b: number) => refs.some((r) => a < r.end && b > r.start);
    for (const r of s.roles) {
      const intro = intros.find((i) => i.sentence === s.index && i.start === r.start);
      if (intro) seen.push(intro);
      const end = r.nameAfter?.end ?? r.end;
      const entity = intro?.person ?? resolveRole(r.role.key, r.affiliation?.entity, r.definite);
      refs.push({ ...(entity ? { entity } : {}), start: r.start, end, kind: 'role', token: tokenOf(r.start), tokenEnd: tokenOf(end - 1) + 1, rule: rule(intro ? 'coref.role-name' : 'coref.role-noun'), person: true });
    }
    for (const m of s.mentions) {
      if (covered(m.start, m.end) || !isAgent(m.entity)) continue;
      if (m.kind === 'adjective' || modifier(s, m)) continue; // "russische Staatsmedien", "US officials" name no speaker
      const person = g.isA(m.entity, NG_CLASS.Person);
      if (m.kind === 'demonym') {
        refs.push({ ...(lastPerson ? { entity: lastPerson } : {}), start: m.start, end: m.end, kind: 'demonym', token: tokenOf(m.start), tokenEnd: tokenOf(m.end - 1) + 1, rule: rule('coref.demonym'), person: true });
        continue;
      }
      refs.push({ entity: m.entity, start: m.start, end: m.end, kind: 'name', token: tokenOf(m.start), tokenEnd: tokenOf(m.end - 1) + 1, person });
    }
    s.tokens.forEach((t, k) => {
      if (PRONOUNS.has(t.t.toLowerCase()) && !(t.t === 'Sie' && k > 0)) refs.push({ start: t.start, end: t.end, kind: 'pronoun', token: k, tokenEnd: k + 1, rule: rule('coref.pronoun'), person: true });
    });
    refs.sort((a, b) => a.start - b.start);
    // "der Vorsitzende des Militärausschusses, Admiral Rob Bauer,": an unnamed office followed by a named person in apposition is that person
    refs.forEach((r, k) => {
      const next = refs[k + 1];
      if (r.kind === 'role' && !r.entity && next?.entity && next.person && next.token - r.tokenEnd <= 4 && /,\s*$/.test(s.text.slice(0, next.start - s.start))) r.entity = next.entity;
      // "Admiral Rob Bauer, the chair of NATO's military committee,": the office after the name in apposition
      const prev = refs[k - 1];
      if (r.kind === 'role' && !r.entity && prev?.entity && prev.person && /^\s*,\s*(the|der|die)?\s*$/i.test(s.text.slice(prev.end - s.start, r.start - s.start))) r.entity = prev.entity;
    });
    for (const r of refs) if (r.person && r.entity && r.kind !== 'pronoun') {
      lastPerson = r.entity;
      named.push(r.entity);
    }
    s.agents = refs;
  }

  /**
   * A state or organisation name used as a modifier, not as an agent: an inflected German
   * adjective ("russische"), or a name followed by a plural noun ("US officials", "Russian
   * forces", "EU diplomats") or a genitive before a noun ("Russlands Regierung").
   */
  function modifier(s: SentenceInfo, m: { start: number; end: number; text: string; entity: string }): boolean {
    if (g.isA(m.entity, NG_CLASS.Person)) return false;
    if (LOWER_FIRST.test(m.text)) return true;
    const k = s.tokens.findIndex((t) => t.start >= m.end);
    const next = s.tokens[k]?.t ?? '';
    if (LOWER_S_WORD.test(next) && !/(ss|us|is|has|was|says|warns|claims|insists|adds|notes|argues|stresses|believes|expects|hopes|fears|denies|accuses|wants|plans|seems|remains)$/u.test(next)) return true;
    return /s$/u.test(m.text) && CAPITALISED.test(next) && !g.match(next).length && s.tokens[k]!.start - m.end === 1 && !/^(sagte|said)$/iu.test(next);
  }

  function resolveRole(role: string, affiliation: string | undefined, definite: boolean): string | undefined {
    const roles = EQUIVALENT_ROLES[role] ?? [role];
    if (affiliation) {
      const local = [...seen].reverse().find((i) => i.role && roles.includes(i.role.key) && i.affiliation === affiliation);
      if (local) return local.person;
      for (const r of roles) {
        const holder = g.holder(r, affiliation, published);
        if (holder) return holder;
      }
      return undefined;
    }
    if (!definite) return undefined;
    // "der Generalsekretär", "das Staatsoberhaupt": the last person introduced with that office, or named and holding it on the day
    return [...seen].reverse().find((i) => i.role && roles.includes(i.role.key))?.person ?? [...named].reverse().find((p) => g.tenuresOn(p, published).some((t) => roles.includes(t.role)));
  }
}
