/**
 * Relation patterns as data, German and English: a trigger word, the entity types of subject and
 * object with where they stand relative to the trigger (in tokens), the words that open the object
 * ("to", "into", "gegen"), and the words that block the pattern in its clause (future, wishes,
 * negation: "will join", "wants to join", "nicht beigetreten"). Each pattern carries an id, what it
 * asserts, and examples and counter-examples that run as tests (test/relation-patterns.test.ts).
 * Modelled on the actor–verb–target dictionaries of event coders (TABARI/PETRARCH) and token
 * matchers (spaCy's Matcher). Does not: match anything (see `relation-matcher.ts`).
 */

/** Entity classes a slot accepts (local names of ng: classes; `Agent` is State, Organisation or Person). */
export type SlotType = 'State' | 'Organisation' | 'Person' | 'Treaty' | 'WeaponType' | 'Place' | 'Agent';

export interface Slot {
  types: SlotType[];
  /** before / after the trigger, or either (German verb-final clauses). */
  side: 'before' | 'after' | 'either';
  /** At most this many tokens between trigger and slot. */
  within: number;
  /** Tokens that, right before a candidate (or before its article), make it the preferred one ("to", "nach", "gegen"). */
  via?: RegExp;
  /** Only a candidate opened by `via` fills the slot. */
  viaOnly?: boolean;
  /** A state's adjective does not fill the slot ("sanctions on Russian banks" are not on Russia). */
  noAdjective?: true;
  /** No candidate opened by these words fills the slot ("mit den USA" is not who suspended). */
  notVia?: RegExp;
  /** A person in this slot stands for the state or organisation of their office, a state's body ("the Kremlin's offensive") for its state. */
  personAsOwner?: boolean;
  /** Every fitting mention within reach fills the slot ("Putin hat mit Kim … unterzeichnet": both signed). */
  all?: boolean;
  /** Only the nearest mention, never the list it stands in ("talks between A and B": A, and B is the other side). */
  single?: true;
  /** No candidate with one of these words between it and the trigger fills the slot ("der Ukraine im Krieg gegen Russland" is not Ukraine's war). */
  notBetween?: RegExp;
}

export interface RelationPattern {
  id: string;
  label: string;
  /** Local name of the ng: property written. */
  predicate: string;
  /** Trigger token (whole token, case-insensitive). */
  trigger: RegExp;
  /** German separable particle or second word that must appear in the clause ("trat … bei"). */
  with?: RegExp;
  subject: Slot;
  object: Slot;
  /** Tokens in the clause that cancel the pattern. */
  block?: RegExp;
  /** What, right after the match, makes it another relation ("fired missiles at Kyiv" is an attack, not a test). */
  notFollowedBy?: RegExp;
  /** Also reads the states named inside an event's name ("russischer Angriffskrieg gegen die Ukraine"). */
  insideEvents?: true;
  examples: Array<{ text: string; published?: string; expect: Array<[string, string, string]> }>;
  counterExamples: string[];
}

/** A target after a launch: an attack, not a test ("at Kyiv", "overnight on Ukraine", "auf Charkiw"; not "on Thursday", not "toward the sea"). */
const AIMED_AT = /^[^.;]{0,25}?\b(?:at|against|gegen|(?:on|auf)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b)(?:the\s+|die\s+|das\s+|den\s+)?\p{Lu})/u;

/** Words that join the members of a list ("A und B", "sowohl A als auch B"), lower case. */
export const COORDINATORS: ReadonlySet<string> = new Set(['und', 'and', 'sowie', 'als auch', 'as well as', 'und auch']);

/** Prepositions that open a parenthesis between commas whose names are no party ("…, against the backdrop of a Russian offensive, …"). */
export const PARENTHESIS_OPENER = /^(against|amid|despite|after|following|during|trotz|angesichts|inmitten|nach|während)$/i;

/** Articles between an opening word and its name ("gegen die Ukraine", "with the United States"). */
export const ARTICLE = /^(the|der|die|das|den|dem|des)$/i;

/** Words that open a place, never an acting party ("in der Ukraine beantragten …"). */
const PLACE_OPENER = /^(in|im|at|nach)$/i;

/** Words that open the other side of a relation or a place, never its acting party ("mit den USA", "in der Ukraine"). */
const COUNTERPART = /^(with|mit|to|against|gegen|from|in|im|at|nach)$/i;

/** Modality, future, negation and wishes: what did not (yet) happen. */
export const NOT_YET = /^(will|would|could|might|may|shall|should|wants?|wanted|plans?|planned|hopes?|seeks?|bid|intends?|aims?|refused|refuses|declined|considering|considers|weighing|debating|discussing|erwägt|erwägen|prüft|prüfen|diskutiert|weigert|weigerte|not|never|no|wird|werden|würde|würden|könnte|könnten|soll|sollte|sollen|möchte|wollen|will|wolle|plant|planen|strebt|nicht|kein|keine|nie|niemals|if|falls|wenn|ob|soon|expects?|expected|upcoming|bald|baldige\p{L}*|rechnet|rechnen|erwartet|erwarten|bevorstehende\p{L}*|geplante\p{L}*|invited|invites|invite|eingeladen|einlud|lädt|potenziell\p{L}*|potentiell\p{L}*|potential|possible|prospective|möglich\p{L}*|eventuell\p{L}*|future|künftig\p{L}*)$/iu;

/** What did not (yet) happen, or failed: a package the ministers "failed to agree on", that one state "blocked" or "vetoed". */
const NOT_YET_OR_FAILED = new RegExp(NOT_YET.source.replace(/\)\$$/u, '|failed|fail|fails|unable|blocked|blocks|blocking|vetoed|vetoes|objections|gescheitert|scheiterte|scheiterten|blockiert|blockierte|blockieren|Veto)$'), NOT_YET.flags);

/** A state suspending its part in a treaty: what it did, and that it was a party. */
const SUSPENSION = {
  trigger: /^(suspended|suspends|suspending|suspension|ausgesetzt|aussetzen|auszusetzen|aussetze|Aussetzung|setzte|setzt|suspendiert|suspendierte)$/i,
  subject: { types: ['State'], side: 'either', within: 12, personAsOwner: true, notVia: COUNTERPART },
  object: { types: ['Treaty'], side: 'either', within: 8 },
  block: NOT_YET,
} as const satisfies Pick<RelationPattern, 'trigger' | 'subject' | 'object' | 'block'>;

export const RELATION_PATTERNS: readonly RelationPattern[] = [
  {
    id: 'rel.join',
    label: 'joined an organisation',
    predicate: 'memberOf',
    trigger: /^(joined|beigetreten|Mitglied|member|Mitgliedstaat|Mitgliedsstaat|Mitgliedsland|Mitgliedsländer|Mitgliedstaaten|members)$/i,
    subject: { types: ['State'], side: 'either', within: 8, notVia: PLACE_OPENER },
    object: { types: ['Organisation'], side: 'either', within: 6 },
    block: /^(will|would|could|might|wants?|plans?|hopes?|seeks?|bid|application|applied|apply|applies|candidate|Antrag|beantragt|beantragte|Kandidat|möchte|wollen|wolle|soll|sollen|könnte|würde|nicht|not|never|kein|keine|if|falls|wenn|non|Nicht-Mitglied|Beitrittskandidat|Beitrittsanwärter|candidate-member|candidate-country|aspiring|ready|prepared|bereit)$/i,
    examples: [
      { text: 'Finland joined NATO on Tuesday.', expect: [['Finland', 'memberOf', 'NATO']] },
      { text: 'Finnland ist am Dienstag der Nato beigetreten.', expect: [['Finland', 'memberOf', 'NATO']] },
      { text: 'Sweden became the 32nd member of NATO.', expect: [['Sweden', 'memberOf', 'NATO']] },
    ],
    counterExamples: ['Sweden wants to join NATO.', 'Finnland will der Nato beitreten.', 'Ukraine is not a member of NATO.', 'Moldova is ready to become the 33rd member of NATO.', 'Schweden ist bereit, Mitglied der Nato zu werden.'],
  },
  {
    id: 'rel.apply',
    label: 'applied to join an organisation',
    predicate: 'applicantTo',
    trigger: /^(applied|application|applications|bid|candidate|candidate-member|candidate-country|Beitrittsantrag|Beitrittsgesuch|Antrag|beantragt|beantragte|beantragten|Beitrittskandidat|Beitrittskandidaten|Beitrittsanwärter|Beitrittsanwärterin|Beitrittsgesuche|Beitrittsanträge|Mitgliedsantrag|Kandidatenstatus|Kandidatenland|Kandidatenländer)$/i,
    subject: { types: ['State'], side: 'either', within: 10, notVia: PLACE_OPENER },
    object: { types: ['Organisation'], side: 'either', within: 10 },
    block: /^(not|nicht|never|nie|kein|keine)$/i,
    examples: [
      { text: 'Finland and Sweden applied to join NATO in May 2022.', expect: [['Finland', 'applicantTo', 'NATO'], ['Sweden', 'applicantTo', 'NATO']] },
      { text: 'Schweden hatte im Mai 2022 die Mitgliedschaft in der Nato beantragt.', expect: [['Sweden', 'applicantTo', 'NATO']] },
      { text: 'Finland and Sweden, against the backdrop of a Russian offensive, submitted applications to join NATO.', expect: [['Finland', 'applicantTo', 'NATO'], ['Sweden', 'applicantTo', 'NATO']] },
    ],
    counterExamples: ['Austria has not applied to join NATO.'],
  },
  {
    id: 'rel.seek-membership',
    label: 'sought membership of an organisation',
    predicate: 'applicantTo',
    trigger: /^(sought|seek|seeks|seeking|strebt|strebte|strebten|anstreben|angestrebt)$/i,
    with: /^(membership|accession|join|Mitgliedschaft|Beitritt|Aufnahme|\p{L}+-Mitgliedschaft|\p{L}+-Beitritt)$/iu,
    subject: { types: ['State'], side: 'either', within: 6, notVia: PLACE_OPENER },
    object: { types: ['Organisation'], side: 'either', within: 8 },
    block: /^(not|nicht|never|nie|kein|keine)$/i,
    examples: [
      { text: 'Finland and Sweden both sought NATO membership after the invasion.', expect: [['Finland', 'applicantTo', 'NATO'], ['Sweden', 'applicantTo', 'NATO']] },
      { text: 'Georgien strebt seit Jahren die Mitgliedschaft in der EU an.', expect: [['Georgia', 'applicantTo', 'European Union']] },
    ],
    counterExamples: ['Switzerland does not seek NATO membership.'],
  },
  {
    id: 'rel.sign',
    label: 'signed a treaty',
    predicate: 'partyTo',
    trigger: /^(signed|sign|signing|inked|concluded|unterzeichnet|unterzeichneten|unterzeichnete|unterschrieben|unterschrieb|abgeschlossen|schlossen|Unterzeichnung)$/i,
    subject: { types: ['State'], side: 'either', within: 22, personAsOwner: true, all: true, notVia: PLACE_OPENER },
    object: { types: ['Treaty'], side: 'either', within: 12 },
    block: NOT_YET,
    examples: [{ text: 'Russlands Präsident Wladimir Putin und sein belarussischer Amtskollege Alexander Lukaschenko haben nach einer langen Sitzung in der belarussischen Hauptstadt den Vertrag über Sicherheitsgarantien unterzeichnet.', expect: [['Russia', 'partyTo', 'Treaty on Security Guarantees'], ['Belarus', 'partyTo', 'Treaty on Security Guarantees']] }, 
      { text: 'Russia and North Korea signed the Comprehensive Strategic Partnership Treaty in Pyongyang.', expect: [['Russia', 'partyTo', 'Treaty on Comprehensive Strategic Partnership between Russia and North Korea'], ['North Korea', 'partyTo', 'Treaty on Comprehensive Strategic Partnership between Russia and North Korea']] },
    ],
    counterExamples: ['Russia will sign the treaty next year.'],
  },
  {
    id: 'rel.signatory',
    label: 'person signed a treaty',
    predicate: 'signatory',
    trigger: /^(signed|inked|unterzeichnet|unterzeichneten|unterzeichnete|unterschrieben|unterschrieb)$/i,
    subject: { types: ['Treaty'], side: 'either', within: 12 },
    object: { types: ['Person'], side: 'either', within: 22, all: true },
    block: NOT_YET,
    examples: [{ text: 'Russlands Präsident Wladimir Putin und sein belarussischer Amtskollege Alexander Lukaschenko haben nach einer langen Sitzung in der belarussischen Hauptstadt den Vertrag über Sicherheitsgarantien unterzeichnet.', expect: [['Treaty on Security Guarantees', 'signatory', 'Vladimir Putin'], ['Treaty on Security Guarantees', 'signatory', 'Alexander Lukashenko']] }, { text: 'Putin and Kim Jong Un signed the Russia-North Korea treaty on Wednesday.', expect: [['Treaty on Comprehensive Strategic Partnership between Russia and North Korea', 'signatory', 'Vladimir Putin'], ['Treaty on Comprehensive Strategic Partnership between Russia and North Korea', 'signatory', 'Kim Jong Un']] }],
    counterExamples: ['Putin will sign the treaty.'],
  },
  {
    id: 'rel.signed-at',
    label: 'where a treaty was signed',
    predicate: 'signedAt',
    trigger: /^(signed|inked|unterzeichnet|unterzeichneten|unterzeichnete|unterschrieben|unterschrieb|Unterzeichnung|signing)$/i,
    subject: { types: ['Treaty'], side: 'either', within: 12 },
    object: { types: ['Place'], side: 'either', within: 8, via: /^(in|at)$/i, viaOnly: true },
    block: NOT_YET,
    examples: [
      { text: 'The New START treaty was signed in Prague in April 2010.', expect: [['New START', 'signedAt', 'Prague']] },
      { text: 'In Minsk unterzeichneten die beiden Präsidenten den Vertrag über Sicherheitsgarantien.', expect: [['Treaty on Security Guarantees', 'signedAt', 'Minsk']] },
    ],
    counterExamples: ['The treaty will be signed in Minsk next week.'],
  },
  {
    id: 'rel.ratify',
    label: 'ratified a treaty',
    predicate: 'ratified',
    trigger: /^(ratified|ratifies|ratifying|ratification|ratifiziert|ratifizierte|ratifizierten|ratifiziere|Ratifizierung|Ratifikation|billigte|gebilligt|approved)$/i,
    subject: { types: ['State'], side: 'either', within: 12, personAsOwner: true, notVia: COUNTERPART },
    object: { types: ['Treaty'], side: 'either', within: 8 },
    block: /^(will|would|could|might|wants?|plans?|not|never|nicht|nie|kein|keine|wird|werden|soll|sollen|könnte|revoked|revoke|revoking|withdrew|withdraw|withdrawing|rescind|rescinded|de-ratify|de-ratified|derat\p{L}*|zurückgezogen|zurückziehen|zog|widerrufen|widerrief|Rücknahme|aufgehoben|hob|withdrawal|revocation|cancels?|cancelled|annul\p{L}*|Widerruf|Aufhebung|Rückzug)$/iu,
    examples: [{ text: 'Russia ratified the treaty with North Korea in November 2024.', expect: [] }],
    counterExamples: ['The parliament has not ratified the treaty.'],
  },
  {
    id: 'rel.suspend',
    label: 'suspended a treaty',
    predicate: 'suspended',
    ...SUSPENSION,
    examples: [
      { text: 'Russia suspended its participation in New START in February 2023.', expect: [['Russia', 'suspended', 'New START']] },
      { text: 'Russland hat den New-Start-Vertrag ausgesetzt.', expect: [['Russia', 'suspended', 'New START']] },
    ],
    counterExamples: ['Russia could suspend New START.'],
  },
  {
    id: 'rel.suspend-party',
    label: 'a state that suspends a treaty is a party to it',
    predicate: 'partyTo',
    ...SUSPENSION,
    examples: [
      { text: 'Russia suspended its participation in New START in February 2023.', expect: [['Russia', 'partyTo', 'New START']] },
      { text: 'Russland hat seine Teilnahme am New-Start-Vertrag ausgesetzt.', expect: [['Russia', 'partyTo', 'New START']] },
    ],
    counterExamples: ['Russia could suspend New START.'],
  },
  {
    id: 'rel.treaty-with',
    label: 'the other party of a treaty "with" a state',
    predicate: 'partyTo',
    trigger: /^(with|mit)$/i,
    subject: { types: ['State'], side: 'after', within: 2, via: /^(with|mit)$/i, viaOnly: true },
    object: { types: ['Treaty'], side: 'before', within: 1 },
    block: NOT_YET,
    examples: [
      { text: 'Russland hat seine Teilnahme am New-Start-Vertrag mit den USA ausgesetzt.', expect: [['United States', 'partyTo', 'New START']] },
      { text: 'Moscow suspended New START with the United States in 2023.', expect: [['United States', 'partyTo', 'New START']] },
    ],
    counterExamples: ['Russia could sign New START with China.', 'Lavrov discussed New START with Blinken.'],
  },
  {
    id: 'rel.withdraw',
    label: 'withdrew from a treaty or organisation',
    predicate: 'withdrewFrom',
    trigger: /^(withdrew|withdraws|withdrawn|withdrawal|quit|left|exit|exited|ausgetreten|Austritt|Ausstieg|ausgestiegen|stieg|trat|zog|zurückgezogen|verließ)$/i,
    with: /^(from|aus|zurück|aus\.)$/i,
    subject: { types: ['State'], side: 'either', within: 12, personAsOwner: true, notVia: COUNTERPART },
    object: { types: ['Treaty', 'Organisation'], side: 'either', within: 8 },
    block: NOT_YET,
    examples: [{ text: 'The United States withdrew from the INF Treaty in 2019.', expect: [['United States', 'withdrewFrom', 'INF Treaty']] }],
    counterExamples: ['Russia threatened to withdraw from the treaty.'],
  },
  {
    id: 'rel.meet',
    label: 'met',
    predicate: 'metWith',
    trigger: /^(met|meets|meeting|talks|summit|hosted|received|traf|trafen|getroffen|empfing|empfangen|\p{L}*[Tt]reffen\p{L}*|\p{L}*[Gg]ipfel\p{L}*|Gespräch\p{L}*|Unterredung)$/u,
    subject: { types: ['Person'], side: 'before', within: 12 },
    object: { types: ['Person'], side: 'after', within: 8, all: true },
    block: NOT_YET,
    examples: [
      { text: 'Putin met Kim Jong Un in Pyongyang on Wednesday.', expect: [['Vladimir Putin', 'metWith', 'Kim Jong Un']] },
      { text: 'Biden sprach während eines Spitzentreffens mit dem australischen Premierminister Anthony Albanese.', expect: [['Joe Biden', 'metWith', 'Anthony Albanese']] },
    ],
    counterExamples: ['Putin will meet Kim next week.'],
  },
  {
    id: 'rel.meet-with',
    label: 'met with someone',
    predicate: 'metWith',
    trigger: /^(met|meets|meeting|talks|getroffen|traf|trafen|zusammengetroffen|zusammengekommen|\p{L}*[Tt]reffen\p{L}*|Gespräch\p{L}*|Pressekonferenz)$/u,
    subject: { types: ['Person'], side: 'before', within: 16, notVia: /^(mit|with)$/i },
    object: { types: ['Person'], side: 'either', within: 8, via: /^(mit|with)$/i, viaOnly: true },
    block: NOT_YET,
    examples: [
      { text: 'Kremlchef Wladimir Putin hat am Mittwoch Nordkorea besucht und sich mit Machthaber Kim Jong Un getroffen.', expect: [['Vladimir Putin', 'metWith', 'Kim Jong Un']] },
      { text: 'Russian President Vladimir Putin flew to Pyongyang on Wednesday, his first trip there in years, and met with Kim Jong Un.', expect: [['Vladimir Putin', 'metWith', 'Kim Jong Un']] },
    ],
    counterExamples: ['Putin wants to meet with Kim Jong Un next month.'],
  },
  {
    id: 'rel.meet-between',
    label: 'talks between two people',
    predicate: 'metWith',
    trigger: /^(talks|summit|meeting|Gespräche|Gespräch|Treffen|Gipfel|Gipfeltreffen|Verhandlungen|negotiations)$/i,
    with: /^(between|zwischen)$/i,
    subject: { types: ['Person'], side: 'after', within: 6, single: true },
    object: { types: ['Person'], side: 'after', within: 14 },
    block: NOT_YET,
    examples: [{ text: 'Talks between Russian President Vladimir Putin and North Korean leader Kim Jong Un began on Wednesday.', expect: [['Vladimir Putin', 'metWith', 'Kim Jong Un']] }],
    counterExamples: ['Talks between Putin and Kim could take place next year.'],
  },
  {
    id: 'rel.visit',
    label: 'visited a place',
    predicate: 'visited',
    trigger: /^(visited|visit|visiting|trip|arrived|travelled|traveled|\p{L}*[Bb]esuch\p{L}*|reiste|eingetroffen|traf|Reise)$/u,
    subject: { types: ['Person'], side: 'before', within: 8 },
    object: { types: ['State', 'Place'], side: 'after', within: 5, via: /^(to|in|nach|in|im)$/i, noAdjective: true },
    block: NOT_YET,
    examples: [{ text: 'Putin arrived in Pyongyang on Tuesday night.', expect: [['Vladimir Putin', 'visited', 'Pyongyang']] }],
    counterExamples: ['Putin plans to visit Pyongyang.', 'Putin visited the Belarusian capital on Friday.'],
  },
  {
    id: 'rel.visit-verb-final',
    label: 'visited a place (German verb-final clause)',
    predicate: 'visited',
    trigger: /^(besuchte|besucht|besuchten|bereiste|bereist|bereisten)$/,
    subject: { types: ['Person'], side: 'before', within: 10, single: true },
    object: { types: ['State', 'Place'], side: 'before', within: 3 },
    block: NOT_YET,
    examples: [
      { text: 'US-Außenminister Antony Blinken, der am Dienstag Athen besuchte, flog danach weiter nach Ankara.', expect: [['Antony Blinken', 'visited', 'Athens']] },
      { text: 'Putin hat am Mittwoch Nordkorea besucht.', expect: [['Vladimir Putin', 'visited', 'North Korea']] },
    ],
    counterExamples: ['Putin will im Herbst Nordkorea besuchen.', 'Blinken hat Athen nicht besucht.'],
  },
  {
    id: 'rel.visit-own',
    label: 'a person\'s own visit: "während seines Besuchs in Athen sagte Blinken", "Putin hat bei seinem Staatsbesuch in Nordkorea …"',
    predicate: 'visited',
    trigger: /^(seines|seinem|seiner|ihres|ihrem|ihrer|his|her)$/i,
    with: /^(Besuch\p{L}*|Staatsbesuch\p{L}*|Reise|visit|trip)$/iu,
    subject: { types: ['Person'], side: 'either', within: 8, single: true, notVia: /^(mit|with|an|to)$/i },
    object: { types: ['State', 'Place'], side: 'after', within: 4, via: /^(in|im|nach|to)$/i, viaOnly: true },
    block: NOT_YET,
    examples: [
      { text: 'Während seines Besuchs in Athen sagte Antony Blinken, man werde Russland genau beobachten.', expect: [['Antony Blinken', 'visited', 'Athens']] },
      { text: 'On his trip to Pyongyang, Vladimir Putin toured a missile factory.', expect: [['Vladimir Putin', 'visited', 'Pyongyang']] },
      { text: 'Putin hat bei seinem Staatsbesuch in Nordkorea mit Machthaber Kim Jong Un einen Vertrag unterzeichnet.', expect: [['Vladimir Putin', 'visited', 'North Korea']] },
    ],
    counterExamples: ['Kim praised Putin for his planned visit to Pyongyang.'],
  },
  {
    id: 'rel.supply',
    label: 'supplies weapons to a state',
    predicate: 'supplies',
    trigger: /^(deliver|delivers|delivered|delivering|supply|supplies|supplied|sell|sells|sold|provide|provides|provided|liefert|lieferte|lieferten|geliefert|verkauft|verkaufte)$/i,
    subject: { types: ['State'], side: 'before', within: 10, notVia: COUNTERPART },
    object: { types: ['State'], side: 'after', within: 8, via: /^(to|an|nach)$/i },
    block: NOT_YET,
    examples: [{ text: 'The United States will sell nuclear-powered submarines to Australia.', expect: [] }, { text: 'Germany delivered air-defence systems to Ukraine.', expect: [['Germany', 'supplies', 'Ukraine']] }],
    counterExamples: ['Germany refused to deliver Taurus missiles to Ukraine and will not supply them.'],
  },
  {
    id: 'rel.deploy',
    label: 'deployed weapons',
    predicate: 'deployed',
    trigger: /^(deployed|deploys|stationed|moved|deployment|stationiert|stationierte|stationierten|verlegt|verlegte|Stationierung)$/i,
    subject: { types: ['State'], side: 'either', within: 10, personAsOwner: true, notVia: COUNTERPART },
    object: { types: ['WeaponType'], side: 'either', within: 10 },
    block: NOT_YET,
    examples: [{ text: 'Russia has deployed tactical nuclear weapons in Belarus.', expect: [['Russia', 'deployed', 'tactical nuclear weapon']] }],
    counterExamples: ['Russia could deploy nuclear weapons in Belarus.'],
  },
  {
    id: 'rel.stationed-in',
    label: 'weapons stationed in a place',
    predicate: 'stationedIn',
    trigger: /^(deployed|stationed|moved|stationiert|stationierte|stationierten|verlegt|verlegte|Stationierung)$/i,
    subject: { types: ['WeaponType'], side: 'either', within: 10 },
    object: { types: ['State', 'Place'], side: 'either', within: 10, via: /^(in|to|into|nach|auf)$/i, viaOnly: true },
    block: NOT_YET,
    examples: [{ text: 'Russia has deployed tactical nuclear weapons in Belarus.', expect: [['tactical nuclear weapon', 'stationedIn', 'Belarus']] }],
    counterExamples: ['Russia could deploy nuclear weapons in Belarus.'],
  },
  {
    id: 'rel.test',
    label: 'tested a weapon',
    predicate: 'tested',
    trigger: /^(tested|test-fired|test|testete|getestet|Test)$/i,
    subject: { types: ['State'], side: 'either', within: 8, notVia: COUNTERPART },
    object: { types: ['WeaponType'], side: 'either', within: 8 },
    block: NOT_YET,
    examples: [{ text: 'Russia test-fired the Oreshnik at a Ukrainian city in November.', expect: [['Russia', 'tested', 'Oreshnik']] }],
    counterExamples: ['North Korea may test an ICBM soon.'],
  },
  {
    id: 'rel.launch',
    label: 'launched a weapon (a test unless aimed at a target)',
    predicate: 'tested',
    trigger: /^(launched|fired|abgefeuert|feuerte|Start|startete|gestartet)$/i,
    subject: { types: ['State'], side: 'either', within: 8, notVia: COUNTERPART },
    object: { types: ['WeaponType'], side: 'either', within: 8 },
    block: NOT_YET,
    notFollowedBy: AIMED_AT,
    examples: [
      { text: 'North Korea launched an intercontinental ballistic missile on Thursday.', expect: [['North Korea', 'tested', 'intercontinental ballistic missile']] },
      { text: 'North Korea fired a ballistic missile into the sea off its east coast.', expect: [['North Korea', 'tested', 'ballistic missile']] },
    ],
    counterExamples: ['Russia fired cruise missiles at Kyiv overnight.', 'Russia launched drones overnight on Ukraine.', 'Russland feuerte Raketen auf Charkiw ab.'],
  },
  {
    id: 'rel.sanction',
    label: 'imposed sanctions',
    predicate: 'sanctioned',
    trigger: /^(sanctions|sanctioned|Sanktionen|Sanktionspaket|sanktioniert|sanktionierte)$/i,
    subject: { types: ['State', 'Organisation'], side: 'before', within: 12, notVia: COUNTERPART },
    object: { types: ['State', 'Person', 'Organisation'], side: 'after', within: 6, via: /^(on|against|gegen|targeting)$/i, noAdjective: true },
    block: NOT_YET_OR_FAILED,
    examples: [
      { text: 'The EU imposed new sanctions on Russia on Friday.', expect: [['European Union', 'sanctioned', 'Russia']] },
      { text: 'The United States and its partners have imposed several rounds of financial and trade sanctions on Russia since 2022.', expect: [['United States', 'sanctioned', 'Russia']] },
    ],
    counterExamples: ['The EU is considering sanctions against Russia but has not decided.', 'The US imposed sanctions on Russian oil companies.', 'Western firms keep operating in Russia despite sanctions, the outlet Politico reported.', 'EU ambassadors failed to agree on a new sanctions package against Russia.', 'The plan linked future sanctions on Russia to the talks.'],
  },
  {
    id: 'rel.attack',
    label: 'attacked',
    predicate: 'attacked',
    insideEvents: true,
    trigger: /^(attacked|invaded|invasion|struck|attack|attacks|angegriffen|griff|Angriff|Angriffe|Invasion|überfiel|Überfall|Angriffskrieg)$/i,
    subject: { types: ['State'], side: 'before', within: 6, notVia: COUNTERPART },
    object: { types: ['State', 'Place'], side: 'after', within: 6, via: /^(on|of|auf|gegen|in)$/i },
    block: NOT_YET,
    examples: [{ text: 'Russia invaded Ukraine in February 2022.', expect: [['Russia', 'attacked', 'Ukraine']] }],
    counterExamples: ['Russia would attack NATO if provoked.'],
  },
  {
    id: 'rel.war-on',
    label: 'war or invasion named by its aggressor and target',
    predicate: 'attacked',
    insideEvents: true,
    trigger: /^(war|invasion|aggression|offensive|Krieg|Krieges|Kriegs|Angriffskrieg\p{L}*|Invasion|Einmarsch|Überfall|Aggression|Offensive)$/iu,
    subject: { types: ['State'], side: 'before', within: 2, personAsOwner: true, notBetween: /^(im|in|at|beim|zum|während|during|nach|after|since|seit|vor|before)$/iu },
    object: { types: ['State', 'Place'], side: 'after', within: 4, via: /^(on|against|in|into|of|gegen|auf|in)$/i, viaOnly: true },
    block: NOT_YET,
    examples: [
      { text: 'NATO is rearming because of Russia\'s war against Ukraine.', expect: [['Russia', 'attacked', 'Ukraine']] },
      { text: 'Seit dem russischen Angriffskrieg gegen die Ukraine rüstet die Nato auf.', expect: [['Russia', 'attacked', 'Ukraine']] },
      { text: 'Nach der russischen Invasion in der Ukraine beantragten Finnland und Schweden die Aufnahme in die Nato.', expect: [['Russia', 'attacked', 'Ukraine']] },
      { text: 'Kim used the distraction caused by Putin\'s war on Ukraine.', published: '2023-09-13', expect: [['Russia', 'attacked', 'Ukraine']] },
      { text: 'The start of the Kremlin\'s offensive in Ukraine upended Europe\'s security order.', published: '2023-04-04', expect: [['Russia', 'attacked', 'Ukraine']] },
    ],
    counterExamples: ['A war between Russia and NATO would be a catastrophe.', 'Russia warned of war if Ukraine joined NATO.', 'Ukraine has defended itself since the war began.', 'Deutschland hilft der Ukraine im Krieg gegen Russland.'],
  },
  {
    id: 'rel.located-in',
    label: 'a city named with its state\'s adjective',
    predicate: 'locatedIn',
    trigger: /^(city|town|capital|port|village|region|Stadt|Hauptstadt|Hafenstadt|Großstadt|Grenzstadt|Metropole|Region|Ortschaft)$/i,
    subject: { types: ['Place'], side: 'after', within: 2 },
    object: { types: ['State'], side: 'before', within: 1 },
    block: /^(near|nahe|bei|outside|außerhalb)$/i,
    examples: [
      { text: 'The missile hit the Ukrainian city of Dnipro.', expect: [['Dnipro', 'locatedIn', 'Ukraine']] },
      { text: 'Die Rakete schlug in der ukrainischen Stadt Dnipro ein.', expect: [['Dnipro', 'locatedIn', 'Ukraine']] },
    ],
    counterExamples: ['Russian troops shelled the city of Dnipro.'],
  },
  {
    id: 'rel.city-in',
    label: 'a city in apposition: "X, a city in Y"',
    predicate: 'locatedIn',
    trigger: /^(city|town|port|capital|Stadt|Hauptstadt|Hafenstadt|Großstadt|Grenzstadt)$/i,
    subject: { types: ['Place'], side: 'before', within: 2 },
    object: { types: ['State'], side: 'after', within: 3, via: /^(in|im|of)$/i },
    block: /^(near|nahe|bei|outside|außerhalb|like|wie)$/i,
    examples: [
      { text: 'The missile struck Dnipro, a city in central Ukraine, on Thursday.', expect: [['Dnipro', 'locatedIn', 'Ukraine']] },
      { text: 'Die Rakete traf Dnipro, eine Großstadt in der Ukraine.', expect: [['Dnipro', 'locatedIn', 'Ukraine']] },
    ],
    counterExamples: ['Pyongyang is a city like no other in Asia.'],
  },
  {
    id: 'rel.strike',
    label: 'struck a place',
    predicate: 'attacked',
    trigger: /^(fired|test-fired|struck|shelled|bombed|targeted|beschoss|beschossen|bombardierte|bombardiert)$/i,
    subject: { types: ['State'], side: 'before', within: 6, notVia: COUNTERPART },
    object: { types: ['Place'], side: 'after', within: 10, via: /^(at|on|of|auf)$/i, viaOnly: true },
    block: NOT_YET,
    examples: [
      { text: 'Russia test-fired the Oreshnik at the Ukrainian city of Dnipro on 21 November.', expect: [['Russia', 'attacked', 'Dnipro']] },
      { text: 'Russland beschoss am Donnerstag erneut Ziele in der Stadt Dnipro.', expect: [] },
    ],
    counterExamples: ['Russia could target the city of Dnipro again.', 'Ukraine fired at Russian positions.'],
  },
];
