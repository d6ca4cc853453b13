/**
 * Event rules: the relations that build event nodes over the linked mentions and dates of a
 * sentence — treaty parties named "zwischen A und B", signing (place, date, event), membership in a
 * union named with its members, weapon stocks (stationed in, controlled by, kind), announcements
 * and the reasons given, doctrine updates and their conditions, meetings and what they
 * commemorate, treaties establishing organisations. Every fact goes through one in-speech guard:
 * spans inside reported speech never yield facts. Does not: find mentions or dates, or the
 * entity-level relations (those are the declarative patterns of `lexicon/relation-patterns.ts`,
 * applied by `relation-matcher.ts`). Still one function of rules written as code: splitting it into
 * pattern data like the relation patterns is open work.
 */
import { eventIri, entityIri } from '../model/iri.js';
import type { EntityRecord, FactObject, TimeValue } from '../model/types.js';
import { NG, NG_CLASS } from '../model/vocab.js';
import type { Gazetteer } from './gazetteer.js';
import type { SentenceInfo } from './sentence.js';
import { rule, type RuleId } from './rules.js';

/** A fact before evidence is attached: UTF-16 span in the document. */
export interface FoundFact {
  subject: string;
  predicate: string;
  object: FactObject;
  start: number;
  end: number;
  sentence: number;
  rule: string;
  confidence: number;
}

/** What the relation rules produce for a document. */
export interface RelationOutput {
  facts: FoundFact[];
  entities: EntityRecord[];
}

/** English adjective of an owner state, for naming weapon stocks ("Russian tactical nuclear weapons in Belarus"). */
function ownerAdjective(g: Gazetteer, state: string): string {
  const label = g.label(state, 'en');
  const special: Record<string, string> = { 'United States': 'US', Russia: 'Russian', Belarus: 'Belarusian', Ukraine: 'Ukrainian', China: 'Chinese', France: 'French', 'United Kingdom': 'British', Germany: 'German' };
  return special[label] ?? `${label}`;
}

const SIGN = /\b(unterzeichnet\w*|unterschrieben|signed|signing|Unterzeichnung)\b/u;
const STATION = /\b(stationier\w*|verlegt\w*|deploy\w*|stationed|moved)\b/u;
const ANNOUNCE = /\b(angekündigt|kündigte|meldete|announced|reported|verkündete)\b/u;
const DOCTRINE_UPDATE = /\b(aktualisiert\w*|geändert|überarbeitet|updated|revised|amended)\b/u;

export function findRelations(text: string, sentences: SentenceInfo[], speechSpans: Array<{ start: number; end: number }>, g: Gazetteer): RelationOutput {
  const facts: FoundFact[] = [];
  const entities = new Map<string, EntityRecord>();
  const inSpeech = (start: number, end: number) => speechSpans.some((s) => start < s.end && end > s.start);
  const isA = (e: string, c: string) => g.isA(e, c) || (c === NG_CLASS.Weapon && (g.isA(e, NG_CLASS.WeaponType) || g.isA(e, NG_CLASS.WeaponStock))) || (c === NG_CLASS.Organisation && (g.isA(e, NG_CLASS.Union) || g.isA(e, NG_CLASS.Council) || g.isA(e, NG_CLASS.Alliance))) || (c === NG_CLASS.Place && (g.isA(e, NG_CLASS.City) || g.isA(e, NG_CLASS.Region)));
  const add = (s: SentenceInfo, id: RuleId, subject: string, predicate: string, object: FactObject, start: number, end: number, confidence: number) => {
    if (inSpeech(start, end)) return; // claims stay claims
    facts.push({ subject, predicate, object, start, end, sentence: s.index, rule: rule(id), confidence });
  };
  const event = (cls: keyof typeof NG_CLASS, time: TimeValue, labelEn: string): string => {
    const iri = eventIri(cls, time);
    if (!entities.has(iri)) entities.set(iri, { iri, types: [NG_CLASS[cls]], labels: [{ value: labelEn, lang: 'en' }], aliases: [] });
    return iri;
  };
  const stocks = new Map<string, { owner?: string; kind: string; place?: string }>();
  const stockOf = (owner: string | undefined, kind: string, place: string | undefined): string | undefined => {
    if (!owner || !place) return undefined;
    // one stock per owner and place: the most specific kind named in the text
    const key = `${owner}|${place}`;
    const prev = stocks.get(key);
    if (!prev || g.entities.get(kind)?.subtypeOf === prev.kind) stocks.set(key, { owner, kind, place });
    return key;
  };
  let lastAnnouncement: { iri: string; sentence: number } | undefined;
  let lastDoctrine: { iri: string; issuer: string; sentence: number } | undefined;
  let meeting: { iri: string; date: TimeValue } | undefined;
  let paragraphPlace = new Map<number, string>();
  let lastDate: TimeValue | undefined;

  const stockFacts: Array<{ key: string; s: SentenceInfo; start: number; end: number; kindSpan: [number, number]; ownerSpan?: [number, number] }> = [];

  for (const s of sentences) {
    const m = s.mentions;
    const t = s.text;
    const at = (re: RegExp) => {
      const x = re.exec(t);
      return x ? s.start + x.index : -1;
    };
    if (s.eventDate) lastDate = s.eventDate.time;
    const date = s.eventDate?.time ?? lastDate;
    const place = m.find((x) => isA(x.entity, NG_CLASS.Place) && /\b(in|at)\s+$/.test(text.slice(Math.max(s.start, x.start - 4), x.start)));
    if (place) paragraphPlace.set(s.paragraph, place.entity);

    // meetings: "Sitzung des Obersten Staatsrats …"
    const session = /\b(Sitzung|Gipfel|Treffen|session|summit|meeting)\b/iu.exec(t);
    if (session && date && !meeting) {
      const body = m.find((x) => isA(x.entity, NG_CLASS.Organisation) && x.start > s.start + session.index && x.start - (s.start + session.index) < 30);
      if (body) {
        const iri = event('Meeting', date, `Session of the ${g.label(body.entity)}`);
        meeting = { iri, date };
        const sStart = s.start + session.index;
        add(s, 'rel.meeting', iri, NG.agent, { iri: body.entity }, sStart, body.end, 0.8);
        add(s, 'rel.meeting', iri, NG.date, { time: date }, sStart, body.end, 0.7);
        const where = paragraphPlace.get(s.paragraph);
        if (where) add(s, 'rel.meeting', iri, NG.location, { iri: where }, sStart, body.end, 0.7);
        // members in the genitive: "Unionsstaats Russlands und Weißrusslands"
      }
    }
    const treaties = m.filter((x) => isA(x.entity, NG_CLASS.Treaty));
    const states = m.filter((x) => isA(x.entity, NG_CLASS.State));
    const signAt = at(SIGN);
    for (const tr of treaties) {
      // "zwischen A und B", "between A and B" near the treaty
      const between = /\b(zwischen|between)\s+(\S+)\s+(und|and)\s+(\S+)/u.exec(text.slice(tr.end, Math.min(s.end, tr.end + 60)));
      if (between) {
        const bStart = tr.end + between.index;
        const bEnd = bStart + between[0].length;
        const parties = states.filter((x) => x.start >= bStart && x.end <= bEnd + 2);
        const spanEnd = signAt >= 0 && signAt < bEnd + 30 ? signAt + (SIGN.exec(t)?.[0].length ?? 0) : bEnd;
        for (const p of parties) add(s, 'rel.treaty-parties', p.entity, NG.partyTo, { iri: tr.entity }, tr.start, spanEnd, 0.85);
        if (signAt >= 0 && date) {
          const signing = event('Signing', date, `Signing of the ${g.label(tr.entity)}`);
          for (const p of parties) add(s, 'rel.signing', signing, NG.participant, { iri: p.entity }, bStart, spanEnd, 0.8);
          add(s, 'rel.signing', signing, NG.about, { iri: tr.entity }, tr.start, spanEnd, 0.85);
          add(s, 'rel.signing', tr.entity, NG.signedOn, { time: date }, tr.start, spanEnd, 0.75);
          add(s, 'rel.signing', signing, NG.date, { time: date }, tr.start, spanEnd, 0.75);
          const where = paragraphPlace.get(s.paragraph);
          if (where) {
            add(s, 'rel.signing', tr.entity, NG.signedAt, { iri: where }, tr.start, spanEnd, 0.7);
            add(s, 'rel.signing', signing, NG.location, { iri: where }, tr.start, spanEnd, 0.7);
          }
          if (meeting) add(s, 'rel.signing', tr.entity, NG.signedDuring, { iri: meeting.iri }, s.start, spanEnd, 0.7);
          if (meeting) add(s, 'rel.signing', signing, NG.subEventOf, { iri: meeting.iri }, s.start, spanEnd, 0.7);
        }
      }
      // "A and B signed the X treaty", "A und B unterzeichneten den Vertrag …"
      if (!between && signAt >= 0 && signAt < tr.start) {
        const before = states.filter((x) => x.end <= signAt);
        const joined = before.length >= 2 && /^\s+(and|und)\s+$/u.test(text.slice(before.at(-2)!.end, before.at(-1)!.start));
        if (joined) {
          const parties = before.slice(-2);
          for (const p of parties) add(s, 'rel.treaty-parties', p.entity, NG.partyTo, { iri: tr.entity }, parties[0]!.start, tr.end, 0.8);
          if (date) {
            const signing = event('Signing', date, `Signing of the ${g.label(tr.entity)}`);
            add(s, 'rel.signing', signing, NG.about, { iri: tr.entity }, parties[0]!.start, tr.end, 0.8);
            add(s, 'rel.signing', tr.entity, NG.signedOn, { time: date }, parties[0]!.start, s.end - 1, 0.75);
            add(s, 'rel.signing', signing, NG.date, { time: date }, parties[0]!.start, s.end - 1, 0.75);
            for (const p of parties) add(s, 'rel.signing', signing, NG.participant, { iri: p.entity }, parties[0]!.start, tr.end, 0.8);
            const where = paragraphPlace.get(s.paragraph);
            if (where) {
              add(s, 'rel.signing', tr.entity, NG.signedAt, { iri: where }, parties[0]!.start, s.end - 1, 0.7);
              add(s, 'rel.signing', signing, NG.location, { iri: where }, parties[0]!.start, s.end - 1, 0.7);
            }
          }
        }
      }
      // parties named in the treaty's own name: "russisch-weißrussischen"
      const firstWord = /^\S+\s*/.exec(text.slice(tr.start, tr.end))?.[0].length ?? 0;
      const inside = g.match(text.slice(tr.start + firstWord, tr.end)).map((x) => ({ ...x, start: x.start + tr.start + firstWord, end: x.end + tr.start + firstWord }));
      for (const p of inside.filter((x) => isA(x.entity, NG_CLASS.State) && x.rule.endsWith('compound-part'))) add(s, 'rel.treaty-parties', p.entity, NG.partyTo, { iri: tr.entity }, tr.start, tr.end, 0.7);
      // "Vertrag über die Bildung des X" establishes X
      const orgInName = inside.find((x) => isA(x.entity, NG_CLASS.Organisation));
      if (orgInName && /\b(Bildung|Gründung|creation|establishment|establishing)\b/u.test(text.slice(tr.start, tr.end))) {
        add(s, 'rel.establishes', tr.entity, NG.establishes, { iri: orgInName.entity }, tr.start, tr.end, 0.8);
      }
      // "Unterzeichnung des Vertrags … im Jahr 1999"
      const yearDate = s.dates.find((d) => d.start >= tr.end && d.start - tr.end < 40);
      if (yearDate && /Unterzeichnung|signing/.test(text.slice(Math.max(s.start, tr.start - 30), tr.start))) {
        add(s, 'rel.signing', tr.entity, NG.signedOn, { time: yearDate.time }, Math.max(s.start, tr.start - 30), yearDate.end, 0.75);
      }
    }

    if (session && meeting) {
      const anniv = /\b(Jahrestag\w*|anniversary)\b/u.exec(t);
      const tr = treaties.find((x) => anniv && x.start > s.start + anniv.index);
      if (anniv && tr) add(s, 'rel.commemorates', meeting.iri, NG.commemorates, { iri: tr.entity }, s.start, s.end - 1, 0.75);
    }
    for (const org of m.filter((x) => isA(x.entity, NG_CLASS.Union))) {
      const after = /^\s+(\S+)\s+(und|and)\s+(\S+)/u.exec(text.slice(org.end, org.end + 50));
      if (after) {
        const end = org.end + after[0].length;
        for (const st of states.filter((x) => x.start > org.end && x.end <= end)) add(s, 'rel.member-of', st.entity, NG.memberOf, { iri: org.entity }, org.start, end, 0.75);
      }
    }
    for (const council of m.filter((x) => isA(x.entity, NG_CLASS.Council))) {
      const union = m.find((x) => isA(x.entity, NG_CLASS.Union) && x.start > council.end && x.start - council.end < 6);
      if (union) add(s, 'rel.member-of', council.entity, NG.memberOf, { iri: union.entity }, council.start, union.end, 0.7);
    }

    // weapons: owner adjective + kind (+ place) → stock
    const kinds = m.filter((x) => g.isA(x.entity, NG_CLASS.WeaponType));
    for (const k of kinds) {
      const owner = m.filter((x) => isA(x.entity, NG_CLASS.State) && x.end <= k.start && k.start - x.end < 25).at(-1);
      const placeM = m.find((x) => (isA(x.entity, NG_CLASS.State) || isA(x.entity, NG_CLASS.Region)) && x.start > k.end && x.entity !== owner?.entity && x.start - k.end < 120);
      const stationed = STATION.test(t) || /\bTerritorium\b/.test(t);
      if (owner && placeM && (stationed || /\bin\s+$/.test(text.slice(placeM.start - 4, placeM.start)))) {
        const key = stockOf(owner.entity, k.entity, placeM.entity);
        if (key) stockFacts.push({ key, s, start: Math.min(owner.start, k.start), end: Math.max(k.end, placeM.end), kindSpan: [k.start, k.end], ownerSpan: [owner.start, k.end] });
      }
    }

    // announcements: "<person> hatte … angekündigt", "meldete <person>"
    const ann = ANNOUNCE.exec(t);
    if (ann && s.eventDate) {
      const person = m.filter((x) => g.isA(x.entity, NG_CLASS.Person)).sort((a, b) => Math.abs(a.start - (s.start + ann.index)) - Math.abs(b.start - (s.start + ann.index)))[0];
      if (person) {
        const iri = event('Announcement', s.eventDate.time, `${g.label(person.entity)} announcement`);
        lastAnnouncement = { iri, sentence: s.index };
        const annEnd = s.start + ann.index + ann[0].length;
        const from = Math.min(person.start, s.eventDate.start);
        add(s, 'rel.announcement', iri, NG.agent, { iri: person.entity }, from, Math.max(person.end, s.eventDate.end, Math.min(annEnd, s.end)), 0.8);
        add(s, 'rel.announcement', iri, NG.date, { time: s.eventDate.time }, from, Math.max(person.end, s.eventDate.end), 0.8);
        for (const k of kinds) {
          const owner = m.filter((x) => isA(x.entity, NG_CLASS.State) && x.end <= k.start && k.start - x.end < 25).at(-1);
          const placeM = m.find((x) => isA(x.entity, NG_CLASS.State) && x.start > k.end && x.entity !== owner?.entity);
          const key = stockOf(owner?.entity ?? m.find((x) => isA(x.entity, NG_CLASS.State) && x.start < k.start)?.entity, k.entity, placeM?.entity);
          if (key) stockFacts.push({ key, s, start: k.start, end: placeM!.end, kindSpan: [k.start, k.end], ...(owner ? { ownerSpan: [owner.start, k.end] as [number, number] } : {}) });
          if (key) add(s, 'rel.announcement', iri, NG.about, { iri: `stock:${key}` }, Math.min(k.start, owner?.start ?? k.start), placeM!.end, 0.7);
        }
      }
    }
    // reason given: "Als Grund dafür führte er … X an"
    if (/\b(Als Grund|as the reason|citing)\b/u.test(t) && lastAnnouncement && s.index - lastAnnouncement.sentence <= 2) {
      for (const k of kinds) {
        const owner = m.filter((x) => isA(x.entity, NG_CLASS.State) && x.end <= k.start && k.start - x.end < 25).at(-1);
        const placeM = m.find((x) => (isA(x.entity, NG_CLASS.Region) || isA(x.entity, NG_CLASS.State)) && x.start > k.end && x.entity !== owner?.entity);
        const key = stockOf(owner?.entity, k.entity, placeM?.entity);
        if (key) {
          stockFacts.push({ key, s, start: owner!.start, end: placeM!.end, kindSpan: [k.start, k.end], ownerSpan: [owner!.start, k.end] });
          add(s, 'rel.reason-given', lastAnnouncement.iri, NG.reasonGiven, { iri: `stock:${key}` }, s.start, s.end - 1, 0.75);
        }
      }
    }

    // doctrine updates
    const doctrine = m.find((x) => isA(x.entity, NG_CLASS.Doctrine) || isA(x.entity, NG_CLASS.PolicyDocument));
    if (doctrine && DOCTRINE_UPDATE.test(t)) {
      const issuer = states.filter((x) => x.end <= doctrine.start).at(-1);
      if (issuer) {
        add(s, 'rel.doctrine-update', doctrine.entity, NG.issuedBy, { iri: issuer.entity }, issuer.start, s.end - 1, 0.8);
        lastDoctrine = { iri: doctrine.entity, issuer: issuer.entity, sentence: s.index };
        if (s.eventDate) {
          const iri = event('DoctrineChange', s.eventDate.time, `${g.label(issuer.entity)} updates its ${g.label(doctrine.entity)}`);
          add(s, 'rel.doctrine-update', doctrine.entity, NG.updatedOn, { time: s.eventDate.time }, s.start, s.end - 1, 0.8);
          add(s, 'rel.doctrine-update', iri, NG.date, { time: s.eventDate.time }, s.eventDate.start, s.eventDate.end, 0.8);
          add(s, 'rel.doctrine-update', iri, NG.agent, { iri: issuer.entity }, issuer.start, s.end - 1, 0.8);
          add(s, 'rel.doctrine-update', iri, NG.about, { iri: doctrine.entity }, s.start, s.end - 1, 0.8);
        }
      }
    }
    if (lastDoctrine && s.index === lastDoctrine.sentence + 1 && /^(Demnach|Danach|Under the (new )?doctrine|According to the doctrine)\b/u.test(t.trim())) {
      add(s, 'rel.doctrine-condition', lastDoctrine.iri, NG.condition, { literal: t.trim().replace(/^Demnach\s+/, '').replace(/\.$/, ''), language: /^Demnach|Danach/.test(t) ? 'de' : 'en' }, s.start, s.end - 1, 0.7);
      const falls = /\b(falls|wenn|if)\b/u.exec(t);
      if (falls) {
        const fStart = s.start + falls.index;
        for (const st of states.filter((x) => x.start > fStart && x.entity !== lastDoctrine!.issuer)) add(s, 'rel.doctrine-condition', lastDoctrine.iri, NG.about, { iri: st.entity }, fStart, s.end - 1, 0.7);
      }
    }
  }

  // weapon stocks: name them, and state kind, place and owner
  const stockIri = new Map<string, string>();
  for (const [key, st] of stocks) {
    const kindLabel = g.label(st.kind, 'en').replace(/ weapon$/, ' weapons').replace(/ warhead$/, ' warheads');
    const name = `${ownerAdjective(g, st.owner!)} ${kindLabel} in ${g.label(st.place!, 'en')}`;
    const iri = entityIri(name);
    stockIri.set(key, iri);
    if (!g.entities.has(iri)) entities.set(iri, { iri, types: [NG_CLASS.WeaponStock], labels: [{ value: name, lang: 'en' }], aliases: [] });
  }
  for (const f of stockFacts) {
    const iri = stockIri.get(f.key)!;
    const st = stocks.get(f.key)!;
    add(f.s, 'rel.weapon-stock', iri, NG.stationedIn, { iri: st.place! }, f.start, f.end, 0.75);
    add(f.s, 'rel.weapon-stock', iri, NG.weaponType, { iri: st.kind }, f.kindSpan[0], f.kindSpan[1], 0.8);
    if (f.ownerSpan) add(f.s, 'rel.weapon-owner', iri, NG.controlledBy, { iri: st.owner! }, f.ownerSpan[0], f.ownerSpan[1], 0.7);
  }
  for (const f of facts) {
    if ('iri' in f.object && f.object.iri.startsWith('stock:')) f.object = { iri: stockIri.get(f.object.iri.slice(6))! };
  }
  return { facts, entities: [...entities.values()] };
}
