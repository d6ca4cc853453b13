/**
 * The extraction rules: every triple the extractor writes names one of these. Each rule has an id
 * (`ngrule:<id>`), a label and a comment saying what it matches; the build writes them into the
 * ontology graph as `ng:Rule` individuals. Does not: apply rules (the stage modules do).
 */
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { NG_CLASS, PREFIXES, RDF, RDFS } from '../model/vocab.js';
import { RELATION_PATTERNS } from './lexicon/relation-patterns.js';

/** id → [label, comment] */
const CATALOGUE = {
  'ner.gazetteer': ['register name', 'A label or alias from the entity register or an ISO state name, longest match, at word boundaries.'],
  'ner.capital-metonym': ['capital for its state', 'A capital named without a place preposition stands for its state\'s government ("zwischen Moskau und Minsk").'],
  'ner.capital-literal': ['the city behind a capital metonym', 'A capital read as its government ("Moskau warnte") still names the city; the mention is recorded for the city too, and no relation or speaker is read from it.'],
  'ner.capital-as-place': ['capital as a place', 'A capital after a place preposition is the city ("in Minsk").'],
  'ner.armed-forces': ['armed forces by their state', 'A state\'s adjective or name with a common noun for its military ("das russische Militär", "der litauischen Armee", "the Australian military", "South Korea\'s military", "armed forces of Ukraine") names the state\'s armed forces as the register lists them (ng:armedForcesOf); never the noun alone ("the army"), and never where the register has the words as a longer or another name.'],
  'ner.compound-part': ['name inside a compound', 'A state adjective inside a hyphenated compound ("russisch-weißrussischen").'],
  'ner.gazetteer-ambiguous': ['ambiguous name, first reading', 'A name shared by several entities, none preferred by context; low confidence.'],
  'ner.role-person': ['person by role', 'A capitalised name after a role noun ("Verteidigungsminister Viktor Chrenin", "President Joe Biden") is a person with that position.'],
  'ner.acronym': ['acronym the text defines', '"The Joint Chiefs of Staff (JCS) said …": the acronym names the organisation before it in this text.'],
  'ner.org-head': ['organisation by its head noun', 'A capitalised name ending in an organisation noun ("West Finland Coast Guard", "203rd Tank Battalion", "Bureau of Investigation") with at least one word that is not generic ("Defence Ministry" is not minted).'],
  'ner.org-descriptor': ['organisation in apposition', 'A name after a descriptor noun ("Finnish operator Elisa", "Netzbetreiber Fingrid", "Plattform „Vesselfinder“") or before a German compound tail ("Elisa-Gruppe").'],
  'ner.place-cue': ['place by its cue', 'A name after a place noun ("the town of Porvoo", "Ostsee-Hafen Ust-Luga", "Militärflugplatz Skrydstrup"), before a compass apposition ("Rukla, central Lithuania"), or listed with a known city after a place preposition ("in Vilnius and Kaunas").'],
  'ner.dateline': ['dateline place', 'The place a paragraph opens with before a full stop or an agency credit ("Unterlüß. …", "TARTU (AP) - …").'],
  'ner.name-part': ['state inside an event name', '"war in Ukraine", "Ukraine-Krieg", "die litauische Armee": the state an event or a body is named after is mentioned too (a second reading of the words).'],
  'ner.vessel-class': ['class of warships', '"Arleigh Burke class destroyers", "Aquitaine-class frigate", "U-Boote der Virginia-Klasse": a weapon type.'],
  'ner.weapon-designation': ['weapon type by its designation', '"OH-58D Kiowa Warrior helicopters", "MQ-9 Reaper drones": a type designation with its name before a weapon noun is a weapon type.'],
  'ner.meeting': ['meeting by its place', '"the NATO summit in Vilnius", "their first peace talks in Istanbul", "Nato-Gipfel in Vilnius", "Gipfeltreffen von Biden und Putin": a summit or talks named by where they are held or who meets.'],
  'ner.election': ['election by its kind', '"die heutigen Parlamentswahlen", "der Präsidentenwahl", "the Finnish parliamentary election": one election, an event (a bare plural like "Parlamentswahlen finden alle vier Jahre statt" is not minted).'],
  'ner.document': ['policy document by its head noun', '"the 2022 National Defense Strategy (NDS)", "the Nuclear Posture Review", "the Pyongyang Declaration", "die Nationale Sicherheitsstrategie": a capitalised name ending in a document noun, with its acronym when the text defines one.'],
  'ner.operation': ['named operation', '"Operation Prosperity Guardian": a military or police operation, an event.'],
  'ner.given-name': ['person by given name', 'A common given name followed by a capitalised surname ("Lars Klingbeil", "Jakob Bohr") is a person, minted with the surname as alias.'],
  'ner.surname': ['surname of a person named earlier', 'A surname alone refers to the person introduced earlier in the same text.'],
  'ner.short-name': ['body named without its state', '"the Joint Chiefs of Staff said" after "South Korean Joint Chiefs of Staff": a body named with its state\'s adjective or name, then by the rest of its name alone (two or more capitalised words), when the text named no other body of that name.'],
  'date.numeric': ['numeric date', '"26.05.2023", "2023-05-26": day precision.'],
  'date.day-range': ['range of days', '"July 11-12", "11. bis 12. Juli": the month they fall in (a value cannot hold two days).'],
  'date.day': ['day date', '"am 6. Dezember", "6 December 2024", "December 6", "Dec. 16": day precision; a missing year is the next such day when the sentence speaks of the future (will, wird, soll …), else the publication year, or the year before when that would put the date more than a week after publication.'],
  'date.month': ['month date', '"im März 2023", "in March 2023", "bis Mai", "seit Oktober": month precision; a missing year gives the nearest such month, the next one in a future sentence, the last one after "seit/since".'],
  'date.part-of-month': ['part of a month', '"Mitte Juni 2023", "Anfang Mai", "late June", "the end of August 2025": month precision with early/mid/late; a missing year as for a month date.'],
  'date.end-of-year': ['end of a year', '"bis Ende des Jahres", "by the end of the year": the year of the sentence\'s other date or of publication, part late.'],
  'date.part-of-year': ['part of a year', '"Anfang 2023", "late 2024", "the start of 2022", "the second half of next year", "Ende nächsten Jahres": year precision with early/mid/late (first half early, second half late).'],
  'date.season': ['season', '"by the summer", "im Herbst 2022", "next spring": year precision, spring early, summer mid, autumn late; the next year when a future sentence names a season already over.'],
  'date.relative-month': ['month before or after publication', '"im vergangenen November", "last February", "next March": the last such month before, or the next after, the publication month.'],
  'date.year': ['year', '"im Jahr 1999", "seit 1995", "von 1961", "the 1988 Reforger", "a 2015 deal", "as soon as 2027": a four-digit number 1900–2099 that is not part of a number, time or measure ("2000 Soldaten", "0200 GMT").'],
  'date.weekday': ['weekday', '"am Freitag", "said Monday", "late Tuesday", "am Dienstagabend", "in der Nacht zum Mittwoch": the last such day on or before publication in a past sentence, the next on or after it in a future one, else the nearest; "last/next Thursday" strictly before/after.'],
  'date.same-day': ['the same day as the date before', '"on the same day", "am selben Tag": the day the text dated last before it.'],
  'date.days-later': ['days after the date before', '"a day later", "zwei Tage später", "einen Tag danach": that many days after the day the text dated last before it.'],
  'date.days-earlier': ['days before the date before', '"two days earlier", "drei Tage zuvor": that many days before the day the text dated last before it.'],
  'date.next-day': ['the day after the date before', '"the next day", "the following day", "am nächsten Tag", "tags darauf": the day after the day the text dated last before it.'],
  'date.relative': ['relative date', '"heute", "morgen", "gestern", "am Vortag", "today", "tomorrow", "letzte Woche", "next week", "this month", "nächstes Jahr", "a year ago": resolved against publication; a week gives the month it falls in.'],
  'speech.direct-quote': ['direct quote', 'Text in quotation marks („…“, "…", »…«, “…”) attributed to the speaker named with a reporting verb in the same or the introducing sentence.'],
  'speech.indirect': ['indirect speech', 'A reporting verb (sagte, erklärte, betonte, führte aus, meldete, said, stated …) with a speaker and a dass/that clause.'],
  'speech.reportive': ['reportive marker', '"Angeblich hat Russland …", "Russland soll … stationiert haben", "Russia reportedly …": the narrator passes on what someone unnamed says; a statement by an unknown speaker, never a fact.'],
  'speech.konjunktiv': ['Konjunktiv I continuation', 'A sentence in Konjunktiv I (sei, habe, werde …) right after a statement continues that speaker\'s reported speech.'],
  'speech.trailing-clause': ['reporting clause after the content', '"Die Lage ist ernst, sagte X" / "The talks failed, X said": the content before a trailing reporting clause is X\'s indirect speech.'],
  'speech.colon': ['name and colon', '"Wadephul: Sanktionen über Paket hinaus nötig": a person named at the start of a sentence followed by a colon says what follows.'],
  'speech.quote-continuation': ['quote continued', 'A quotation with no reporting clause of its own, right after a statement in the same or the next paragraph, continues that speaker\'s words.'],
  'speech.unattributed-quote': ['quotation, speaker unknown', 'A quotation of three words or more that no reporting clause attributes: speech by an unknown speaker, never a fact.'],
  'coref.role-name': ['role phrase with a name', '"Präsident Alexander Lukaschenko": the role phrase refers to the named person.'],
  'coref.role-forward': ['office named before its holder', 'A definite office without owner that no one before it held ("sagte der Minister" in a teaser, "nach Angaben des Chefs der Militärverwaltung") refers to the first person the next six sentences name with that office.'],
  'coref.role-noun': ['role noun for its holder', '"der russische Staatschef", "the NATO chief": the person this text introduced with that office, else the register\'s holder of the office on the publication day.'],
  'speech.nominal': ['words carried by a noun', '"Putins Anschuldigung, der Westen versuche …", "Russia\'s claim that …": a speech noun with its owner before it and the words after a comma or "that" is the owner\'s statement.'],
  'speech.demonstrative': ['the previous sentence as someone\'s words', '"Dies erklärte X.", "Das sagte X.": the sentence before is what X said; nothing in it becomes a fact.'],
  'coref.body-noun': ['a body named by a common noun', '"the Japanese foreign ministry", "Südkoreas Militär": the state\'s body of that name, else the state; "the ministry", "das Bündnis": the last such body the text named, else an unnamed source.'],
  'coref.document': ['a document by its common noun', '"das Dokument", "the doctrine", "dem Vertrag": the treaty or policy document the text named last (a document can be the source of reported words).'],
  'coref.group': ['states named together as their group', '"France, Germany and the UK have told the UN": states that are exactly the members of a group in the register (the E3) act as that group.'],
  'coref.pair': ['a pair by its common noun', '"the two leaders", "beide Länder", "die beiden Präsidenten": the two people or states the text named last (in the sentence before the phrase and the two before it), each a mention of the phrase.'],
  'coref.anonymous-source': ['a source the text does not name', '"a senior US official", "Diplomaten", "Regierungskreisen zufolge": the speaker is unknown, not a name inside or near the phrase.'],
  'coref.pronoun': ['pronoun for the last speaker', '"er", "he": the speaker of the previous statement, else the person named last.'],
  'coref.demonym': ['demonym for a person', '"der Norweger": the person named last.'],
  'speech.according-to': ['according to', '"laut X", "X zufolge", "so X", "according to X" attribute the sentence to X.'],
  'rel.head-of-state': ['head of state by apposition', '"der russische Präsident Wladimir Putin", "Weißrusslands Präsident …", "President of X …".'],
  'rel.head-of-government': ['head of government by apposition', '"der finnische Ministerpräsident …", "German Chancellor …", "Prime Minister of X …".'],
  'rel.treaty-parties': ['treaty parties', 'A treaty "zwischen A und B" or "between the US, the UK and Australia", two states joined by "und/and" before the treaty and a signing verb ("A und B haben den Vertrag … unterzeichnet"), or states named in the treaty\'s name ("russisch-weißrussisch").'],
  'rel.signing': ['signing', 'A treaty with a signing verb: signed at the place and on the date of the sentence or its paragraph (a Signing event); on the date nearest the signing word ("signed in Prague on 8 April 2010"), else that of the sentence before in the same paragraph.'],
  'rel.member-of': ['members of a union', 'An organisation followed by its members in the genitive ("Unionsstaat Russlands und Weißrusslands") or "member of".'],
  'rel.weapon-stock': ['weapon stock', 'An owner adjective, a kind of weapon and a place ("russische taktische Atomwaffen … in Weißrussland stationiert") make a stock stationed there.'],
  'rel.weapon-owner': ['weapons of a state', 'An owner adjective on weapons ("US-amerikanische Atomwaffen") makes the stock controlled by that state.'],
  'rel.announcement': ['announcement', 'A person who announced or reported something (angekündigt, meldete, announced) on a date: an Announcement event about the weapons or plan named.'],
  'rel.reason-given': ['reason given', '"Als Grund dafür führte er … an", "citing … as the reason": the reason given at the preceding announcement.'],
  'rel.doctrine-update': ['doctrine update', 'A state that updated its doctrine on a date: a DoctrineChange event, the doctrine issued by and updated on.'],
  'rel.doctrine-condition': ['doctrine condition', '"Demnach könnte …, falls …" after a doctrine sentence: the condition, and the states it names.'],
  'rel.meeting': ['meeting', 'A session or summit of a body (Sitzung des Obersten Staatsrats …) with its date and place: a Meeting event.'],
  'rel.commemorates': ['anniversary', '"anlässlich des 25. Jahrestags …": the meeting commemorates the treaty or event named.'],
  'rel.establishes': ['treaty establishing an organisation', 'A treaty "über die Bildung/Gründung" of an organisation establishes it.'],
} as const;

export type RuleId = keyof typeof CATALOGUE;

/** The IRI of a rule. */
export function rule(id: RuleId): string {
  return PREFIXES.ngrule + id;
}

/** All rules as `ng:Rule` individuals, in the given graph. */
export function ruleCatalogueQuads(graph: string): Quad[] {
  const { namedNode, literal, quad } = DataFactory;
  const g = namedNode(graph);
  const patterns = RELATION_PATTERNS.map((p) => [p.id, [p.label, `ng:${p.predicate} by the trigger ${p.trigger.source}; e.g. "${p.examples[0]?.text ?? ''}"`]] as const);
  return [...Object.entries(CATALOGUE), ...patterns].flatMap(([id, [label, comment]]) => [
    quad(namedNode(PREFIXES.ngrule + id), namedNode(RDF.type), namedNode(NG_CLASS.Rule), g) as Quad,
    quad(namedNode(PREFIXES.ngrule + id), namedNode(RDFS.label), literal(label, 'en'), g) as Quad,
    quad(namedNode(PREFIXES.ngrule + id), namedNode(RDFS.comment), literal(comment, 'en'), g) as Quad,
  ]);
}
