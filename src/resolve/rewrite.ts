/**
 * Renames entities inside one document's graph: every place an entity IRI can stand — entity
 * records, fact subjects and objects, statement speakers, places, occasions, topics and claims,
 * mentions — follows a rename map, and facts that become the same triple are joined (their
 * evidence kept once each). Does not: decide the renames (that is `resolve.ts`).
 */
import type { Claim, DocumentGraph, EntityRecord, Fact, FactObject, Iri } from '../model/types.js';
import { objectKey } from '../model/iri.js';

/** An IRI → its new name; IRIs not in the map stay. */
export type Rename = (iri: Iri) => Iri;

function renameObject(o: FactObject, rename: Rename): FactObject {
  return 'iri' in o ? { iri: rename(o.iri) } : o;
}

function joinFacts(facts: Fact[], rename: Rename): Fact[] {
  const byKey = new Map<string, Fact>();
  for (const f of facts) {
    const subject = rename(f.subject);
    const object = renameObject(f.object, rename);
    const key = `${subject} ${f.predicate} ${objectKey(object)}`;
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...f, subject, object, evidence: [...f.evidence] });
      continue;
    }
    for (const ev of f.evidence) {
      if (!prev.evidence.some((x) => x.span.start === ev.span.start && x.span.end === ev.span.end && x.rule === ev.rule)) prev.evidence.push(ev);
    }
    if (!prev.date && f.date) prev.date = f.date;
  }
  return [...byKey.values()];
}

const renameClaim = (c: Claim, rename: Rename): Claim => ({ ...c, subject: rename(c.subject), object: renameObject(c.object, rename) });

/**
 * The document with every entity renamed. `recordFor` gives the record the document carries for an
 * entity from the records it had for it: a record, `undefined` for none (a register entity), or
 * `null` to keep the document's own record (an entity resolution does not handle, such as an event).
 */
export function renameEntities(dg: DocumentGraph, rename: Rename, recordFor: (iri: Iri, own: EntityRecord[]) => EntityRecord | undefined | null): DocumentGraph {
  const groups = new Map<Iri, EntityRecord[]>();
  for (const e of dg.entities) {
    const to = rename(e.iri);
    groups.set(to, [...(groups.get(to) ?? []), e]);
  }
  const entities: EntityRecord[] = [];
  for (const [to, own] of groups) {
    const record = recordFor(to, own);
    if (record === null) entities.push(...own.slice(0, 1));
    else if (record) entities.push(record);
  }
  return {
    document: dg.document,
    entities: [...entities.values()],
    facts: joinFacts(dg.facts, rename),
    statements: dg.statements.map((s) => ({
      ...s,
      speaker: rename(s.speaker),
      ...(s.place ? { place: rename(s.place) } : {}),
      ...(s.occasion ? { occasion: rename(s.occasion) } : {}),
      about: [...new Set(s.about.map(rename))],
      claims: s.claims.map((c) => renameClaim(c, rename)),
    })),
    mentions: dg.mentions.map((m) => ({ ...m, entity: rename(m.entity) })),
  };
}
