/**
 * Event rules as data, German and English: the words and distances with which `relations.ts` builds
 * event nodes (signings, meetings, announcements, doctrine changes, weapon stocks) and the facts
 * around them. Each rule carries its catalogue id (`rules.ts`: every triple names it), the words
 * and windows it reads, its confidences, and examples and counter-examples that run as tests
 * (test/event-rules.test.ts). An example's triple names entities by their register names, events
 * by their English label ("Signing of the …"), and dates as "YYYY-MM-DD".
 * Does not: match anything (see `relations.ts`), or hold the entity-level patterns
 * (`relation-patterns.ts`).
 */
import type { RuleId } from '../rules.js';

/** An example text and the triples it must yield; a counter-example yields nothing from the rule. */
export interface RuleExample {
  readonly text: string;
  readonly published?: string;
  readonly expect: ReadonlyArray<readonly [string, string, string]>;
}

/** What every event rule carries. */
export interface EventRule {
  readonly id: RuleId;
  readonly examples: readonly RuleExample[];
  readonly counterExamples: readonly string[];
}

/** What follows the place that opens a dateline: a date, a news agency, a dash or a colon ("Seoul, June 19 (IANS)", "MINSK, 6. Dezember (BelTA) -", "Moscow/Seoul :"). */
export const DATELINE_AFTER = /^(\s*\/\s*\p{L}+)*\s*(,\s*(\d|\p{L}+\.?\s+\d)|\(|:|[–—]\s|-\s)/u;

/** The place a paragraph happens at: a place after "in"/"at" (read back this many characters). */
export const PARAGRAPH_PLACE = { before: /\b(in|at)\s+$/, lookback: 4 } as const;

/** English adjective of an owner state where it is not the state's label, for naming weapon stocks. */
export const OWNER_ADJECTIVE_EN: Readonly<Record<string, string>> = { 'United States': 'US', Russia: 'Russian', Belarus: 'Belarusian', Ukraine: 'Ukrainian', China: 'Chinese', France: 'French', 'United Kingdom': 'British', Germany: 'German' };

/** English plural of a weapon kind's label in a stock name ("tactical nuclear weapons"). */
export const KIND_PLURAL_EN: ReadonlyArray<readonly [RegExp, string]> = [[/ weapon$/, ' weapons'], [/ warhead$/, ' warheads']];

export const MEETING_RULE = {
  id: 'rel.meeting',
  /** A session word, then the body within `bodyWithin` characters: "Sitzung des Obersten Staatsrats". */
  trigger: /\b(Sitzung|Gipfel|Treffen|session|summit|meeting)\b/iu,
  bodyWithin: 30,
  confidence: { agent: 0.8, date: 0.7, location: 0.7, participant: 0.6 },
  examples: [{ text: 'Am 6. Dezember fand in Minsk eine Sitzung des Obersten Staatsrats statt.', expect: [['Session of the Supreme State Council of the Union State', 'agent', 'Supreme State Council'], ['Session of the Supreme State Council of the Union State', 'date', '2024-12-06'], ['Session of the Supreme State Council of the Union State', 'location', 'Minsk']] }],
  counterExamples: ['Eine Sitzung des Obersten Staatsrats ist geplant.', '„Am Freitag tagt in Minsk eine Sitzung des Obersten Staatsrats“, sagte Peskow.'],
} as const satisfies EventRule & Record<string, unknown>;

export const COMMEMORATION_RULE = {
  id: 'rel.commemorates',
  /** In a meeting's sentence, a treaty named after this word is what the meeting commemorates. */
  trigger: /\b(Jahrestag\w*|anniversary)\b/u,
  confidence: 0.75,
  examples: [{ text: 'Am 6. Dezember kam in Minsk eine Sitzung des Obersten Staatsrats anlässlich des 25. Jahrestags des Vertrags über die Bildung des russisch-weißrussischen Unionsstaats zusammen.', expect: [['Session of the Supreme State Council of the Union State', 'commemorates', 'Treaty on the Creation of a Union State']] }],
  counterExamples: ['Zum 25. Jahrestag des Vertrags über die Bildung des Unionsstaats gab es am 8. Dezember keine Feier.'],
} as const satisfies EventRule & Record<string, unknown>;

export const TREATY_PARTIES_RULE = {
  id: 'rel.treaty-parties',
  /** "zwischen A und B", "between the US, the UK and Australia" within `betweenWithin` characters after the treaty. */
  between: /\b(zwischen|between)\s+/u,
  betweenWithin: 60,
  /** What may stand before the first party of the list, and between two parties. */
  listStart: /^((the|den|der|dem|die)\s+)?$/u,
  listGap: /^\s*(,\s*)?((und|and|sowie)\s+)?((the|den|der|dem|die)\s+)?$/u,
  /** Two states joined by this before a signing verb: "A und B unterzeichneten den Vertrag". */
  joined: /^\s+(and|und)\s+$/u,
  /** A state adjective inside the treaty's name ("russisch-weißrussischen") made by this mention rule. */
  namePartRule: /compound-part$/,
  confidence: { between: 0.85, joined: 0.8, inName: 0.7 },
  examples: [
    { text: 'Am 6. Dezember 2024 wurde der Vertrag über Sicherheitsgarantien zwischen Russland und Weißrussland unterzeichnet.', expect: [['Russia', 'partyTo', 'Treaty on Security Guarantees'], ['Belarus', 'partyTo', 'Treaty on Security Guarantees']] },
    { text: 'New START, the treaty between the United States and Russia, limits deployed warheads.', expect: [['Russia', 'partyTo', 'New START'], ['United States', 'partyTo', 'New START']] },
    { text: 'Russland und Weißrussland unterzeichneten am Freitag in Minsk den Vertrag über Sicherheitsgarantien.', expect: [['Russia', 'partyTo', 'Treaty on Security Guarantees'], ['Belarus', 'partyTo', 'Treaty on Security Guarantees']] },
    { text: 'Am 6. Dezember kam in Minsk eine Sitzung des Obersten Staatsrats anlässlich des 25. Jahrestags des Vertrags über die Bildung des russisch-weißrussischen Unionsstaats zusammen.', expect: [['Russia', 'partyTo', 'Treaty on the Creation of a Union State'], ['Belarus', 'partyTo', 'Treaty on the Creation of a Union State']] },
  ],
  counterExamples: ['Der Vertrag über Sicherheitsgarantien wird noch geprüft.', 'Russia and North Korea will sign the Treaty on Comprehensive Strategic Partnership on Wednesday.', 'Peskow sagte, der Vertrag über Sicherheitsgarantien zwischen Russland und Weißrussland sei am Freitag unterzeichnet worden.'],
} as const satisfies EventRule & Record<string, unknown>;

export const SIGNING_RULE = {
  id: 'rel.signing',
  /** A signing word in the treaty's sentence. */
  trigger: /\b(unterzeichnet\w*|unterschrieben|signed|signing|Unterzeichnung)\b/u,
  /** The signing word ends the evidence when it stands within this many characters after "zwischen A und B". */
  spanWithin: 30,
  /** "Unterzeichnung des Vertrags … im Jahr 1999": a signing noun this far before the treaty, a date this far after. */
  noun: /Unterzeichnung|signing/,
  nounLookback: 30,
  yearWithin: 40,
  /** A treaty within `treatyWithin` characters of a signing word, and a date within `dateWithin` of the two: signed on that date. */
  treatyWithin: 80,
  dateWithin: 40,
  /** Without a date of its own, a signing sentence takes the date of the sentence before it in the same paragraph. */
  dateFromSentenceBefore: true,
  /** Not a date of signing: an anniversary. */
  notTheDay: /Jahrestag|anniversary/u,
  confidence: { participant: 0.8, about: 0.85, aboutJoined: 0.8, date: 0.75, place: 0.7, during: 0.7 },
  examples: [
    { text: 'Am 6. Dezember 2024 wurde der Vertrag über Sicherheitsgarantien zwischen Russland und Weißrussland unterzeichnet.', expect: [['Treaty on Security Guarantees', 'signedOn', '2024-12-06'], ['Signing of the Treaty on Security Guarantees within the Union State', 'participant', 'Belarus']] },
    { text: 'Russland und Weißrussland unterzeichneten am Freitag in Minsk den Vertrag über Sicherheitsgarantien.', expect: [['Treaty on Security Guarantees', 'signedAt', 'Minsk'], ['Signing of the Treaty on Security Guarantees within the Union State', 'date', '2024-12-06']] },
    { text: 'Die Unterzeichnung des Vertrags über die Bildung des russisch-weißrussischen Unionsstaats im Jahr 1999 jährt sich.', expect: [['Treaty on the Creation of a Union State', 'signedOn', '1999']] },
    { text: 'Russia suspended New START, which Presidents Obama and Medvedev had signed in Prague on 8 April 2010.', expect: [['New START', 'signedOn', '2010-04-08']] },
    { text: 'Putin arrived in Minsk on Friday. In Minsk the two presidents signed the Treaty on Security Guarantees within the Union State.', expect: [['Treaty on Security Guarantees', 'signedOn', '2024-12-06']] },
    { text: 'Weißrussland und Russland haben am Freitag einen Vertrag über Sicherheitsgarantien unterzeichnet.', expect: [['Treaty on Security Guarantees', 'signedOn', '2024-12-06'], ['Belarus', 'partyTo', 'Treaty on Security Guarantees']] },
  ],
  counterExamples: ['Die Unterzeichnung des Vertrags über Sicherheitsgarantien steht noch aus.', 'Putin arrived in Minsk on Friday.\nThe Treaty on Security Guarantees within the Union State was signed later.', 'Russland und Weißrussland wollen den Vertrag über Sicherheitsgarantien am 6. Dezember unterzeichnen.'],
} as const satisfies EventRule & Record<string, unknown>;

export const ESTABLISHES_RULE = {
  id: 'rel.establishes',
  /** A treaty "über die Bildung des X" establishes the organisation X named inside it. */
  trigger: /\b(Bildung|Gründung|creation|establishment|establishing)\b/u,
  confidence: 0.8,
  examples: [{ text: 'Der Vertrag über die Bildung des Unionsstaats wurde 1999 unterzeichnet.', expect: [['Treaty on the Creation of a Union State', 'establishes', 'Union State of Russia and Belarus']] }],
  counterExamples: ['Der Vertrag über Sicherheitsgarantien im Rahmen des Unionsstaates gilt seit Dezember.'],
} as const satisfies EventRule & Record<string, unknown>;

export const UNION_MEMBERS_RULE = {
  id: 'rel.member-of',
  /** A union followed by "A und B" within `within` characters: its members. */
  members: /^\s+(\S+)\s+(und|and)\s+(\S+)/u,
  within: 50,
  /** A council right before its union (at most `councilGap` characters between) belongs to it. */
  councilGap: 6,
  confidence: { members: 0.75, council: 0.7 },
  examples: [{ text: 'Während der Sitzung des Obersten Staatsrats des Unionsstaats Russlands und Weißrusslands am 6. Dezember wurde viel geredet.', expect: [['Russia', 'memberOf', 'Union State'], ['Belarus', 'memberOf', 'Union State'], ['Supreme State Council', 'memberOf', 'Union State']] }],
  counterExamples: ['Der Unionsstaat hat eine eigene Flagge.'],
} as const satisfies EventRule & Record<string, unknown>;

export const WEAPON_STOCK_RULE = {
  id: 'rel.weapon-stock',
  ownerId: 'rel.weapon-owner',
  /** An owner state ends at most this many characters before the weapon kind. */
  ownerWithin: 25,
  /** The place starts at most this many characters after the kind. */
  placeWithin: 120,
  /** The sentence says the weapons are stationed … */
  stationed: /\b(stationier\w*|verlegt\w*|deploy\w*|stationed|moved)\b|\bTerritorium\b/u,
  /** … or the place follows "in". */
  placeBefore: /\bin\s+$/,
  confidence: { stationedIn: 0.75, kind: 0.8, owner: 0.7 },
  examples: [
    { text: 'Russian tactical nuclear weapons have been stationed in Belarus since 2023.', expect: [['Russian tactical nuclear weapons in Belarus', 'stationedIn', 'Belarus'], ['Russian tactical nuclear weapons in Belarus', 'controlledBy', 'Russia'], ['Russian tactical nuclear weapons in Belarus', 'weaponType', 'tactical nuclear weapon']] },
    { text: 'US-amerikanische Atomwaffen lagern in Belgien.', expect: [['US nuclear weapons in Belgium', 'stationedIn', 'Belgium']] },
  ],
  counterExamples: ['„Russische Atomwaffen sind in Weißrussland stationiert“, sagte Lukaschenko.'],
} as const satisfies EventRule & Record<string, unknown>;

export const ANNOUNCEMENT_RULE = {
  id: 'rel.announcement',
  /** A person nearest to this word, in a dated sentence, made an announcement. */
  trigger: /\b(angekündigt|kündigte|meldete|announced|reported|verkündete)\b/u,
  confidence: { agent: 0.8, date: 0.8, about: 0.7 },
  examples: [{ text: 'Am 5. Dezember hatte Lukaschenko die Verlegung russischer Atomwaffen nach Weißrussland angekündigt.', expect: [['Alexander Lukashenko announcement', 'agent', 'Alexander Lukashenko'], ['Alexander Lukashenko announcement', 'date', '2024-12-05'], ['Alexander Lukashenko announcement', 'about', 'Russian nuclear weapons in Belarus']] }],
  counterExamples: ['Lukaschenko hat eine Verlegung von Atomwaffen angekündigt.'],
} as const satisfies EventRule & Record<string, unknown>;

export const REASON_RULE = {
  id: 'rel.reason-given',
  /** "Als Grund dafür führte er … an", at most `sentencesAfter` sentences after the announcement. */
  trigger: /\b(Als Grund|as the reason|citing)\b/u,
  sentencesAfter: 2,
  confidence: 0.75,
  examples: [{ text: 'Am 5. Dezember hatte Lukaschenko die Verlegung russischer Atomwaffen nach Weißrussland angekündigt. Als Grund gelten US-amerikanische Atomwaffen in Polen.', expect: [['Alexander Lukashenko announcement', 'reasonGiven', 'US nuclear weapons in Poland']] }],
  counterExamples: ['Als Grund gelten US-amerikanische Atomwaffen in Polen.'],
} as const satisfies EventRule & Record<string, unknown>;

export const DOCTRINE_UPDATE_RULE = {
  id: 'rel.doctrine-update',
  trigger: /\b(aktualisiert\w*|geändert|überarbeitet|updated|revised|amended)\b/u,
  confidence: 0.8,
  examples: [
    { text: 'Russland hat am 19. November seine Nukleardoktrin aktualisiert.', expect: [['Russian nuclear doctrine', 'issuedBy', 'Russia'], ['Russian nuclear doctrine', 'updatedOn', '2024-11-19'], ['Russia updates its Russian nuclear doctrine', 'agent', 'Russia']] },
  ],
  counterExamples: ['„Russland hat am 19. November seine Nukleardoktrin aktualisiert“, sagte Peskow.'],
} as const satisfies EventRule & Record<string, unknown>;

export const DOCTRINE_CONDITION_RULE = {
  id: 'rel.doctrine-condition',
  /** The sentence right after a doctrine update that opens so states the doctrine's condition. */
  opener: /^(Demnach|Danach|Under the (new )?doctrine|According to the doctrine)\b/u,
  /** Stripped from the condition's text. */
  strip: /^Demnach\s+/,
  /** The condition's language is German when this matches. */
  german: /^Demnach|Danach/,
  /** States after this word are what the condition is about. */
  conditional: /\b(falls|wenn|if)\b/u,
  confidence: 0.7,
  examples: [
    { text: 'On 19 November Russia updated its nuclear doctrine. Under the new doctrine Moscow may use nuclear weapons if Belarus is attacked.', expect: [['Russian nuclear doctrine', 'condition', 'Under the new doctrine Moscow may use nuclear weapons if Belarus is attacked'], ['Russian nuclear doctrine', 'about', 'Belarus']] },
  ],
  counterExamples: ['Russland hat am 19. November seine Nukleardoktrin aktualisiert. Am Abend reiste Putin nach Minsk.'],
} as const satisfies EventRule & Record<string, unknown>;

/** Every event rule, for the rule tests. */
export const EVENT_RULES: readonly EventRule[] = [MEETING_RULE, COMMEMORATION_RULE, TREATY_PARTIES_RULE, SIGNING_RULE, ESTABLISHES_RULE, UNION_MEMBERS_RULE, WEAPON_STOCK_RULE, ANNOUNCEMENT_RULE, REASON_RULE, DOCTRINE_UPDATE_RULE, DOCTRINE_CONDITION_RULE];
