/**
 * Reporting verbs and attribution markers, German and English: the words that make a clause
 * reported speech. German verbs are listed with the finite forms news text uses (present and
 * preterite, singular and plural, separable particles given apart); English with -s/-ed forms.
 * Does not: find speakers or content (see `speech.ts`).
 */

/** Reporting without a speaker as subject: "heißt es", "geht aus … hervor". */
const DE_IMPERSONAL: Array<[forms: string, particle?: string]> = [
  ['heißt heisst hieß', 'es'],
  ['geht ging gehen gingen', 'hervor'],
  ['hervorgeht hervorging hervorgehen hervorgingen'],
];

/** German finite reporting verbs (the particle, if separable, must follow in the clause). */
const DE_VERBS: Array<[forms: string, particle?: string]> = [
  ...DE_IMPERSONAL,
  ['sagte sagten sagt'],
  ['erklärte erklärten erklärt'],
  ['betonte betonten betont'],
  ['unterstrich unterstrichen unterstreicht'],
  ['warnte warnten warnt'],
  ['bekräftigte bekräftigten bekräftigt'],
  ['versicherte versicherten versichert'],
  ['behauptete behaupteten behauptet'],
  ['bestätigte bestätigten bestätigt'],
  ['verkündete verkündeten verkündet'],
  ['schrieb schrieben schreibt'],
  ['meinte meinten meint'],
  ['äußerte äußerten äußert'],
  ['sprach sprachen spricht', 'von'],
  // "sprach davon, dass …"
  ['sprach sprachen spricht', 'davon'],
  // "sprach sich für eine Debatte aus": argued for
  ['sprach sprachen spricht', 'aus'],
  ['forderte forderten fordert'],
  ['kritisierte kritisierten kritisiert'],
  ['drohte drohten droht'],
  ['mahnte mahnten mahnt'],
  ['appellierte appellierten appelliert'],
  ['bezeichnete bezeichneten bezeichnet'],
  ['erinnerte erinnerten erinnert'],
  ['begründete begründeten begründet'],
  ['argumentierte argumentierten argumentiert'],
  ['dementierte dementierten dementiert'],
  ['berichtete berichteten berichtet'],
  ['meldete meldeten meldet'],
  ['vermeldete vermeldeten vermeldet'],
  ['antwortete antworteten antwortet'],
  ['entgegnete entgegneten entgegnet'],
  ['erwiderte erwiderten erwidert'],
  ['konterte konterten kontert'],
  ['zitierte zitierten zitiert'],
  ['verwies verwiesen verweist', 'darauf'],
  ['kündigte kündigten kündigt', 'an'],
  ['führte führten führt', 'aus'],
  ['führte führten führt', 'an'],
  ['merkte merkten merkt', 'an'],
  ['fügte fügten fügt', 'hinzu'],
  ['teilte teilten teilt', 'mit'],
  ['räumte räumten räumt', 'ein'],
  ['stellte stellten stellt', 'klar'],
  ['wies wiesen weist', 'zurück'],
  ['wies wiesen weist', 'hin'],
  ['twitterte twitterten twittert twittern'],
  ['erläuterte erläuterten erläutert'],
  ['macht machte machten', 'verantwortlich'],
  ['beschrieb beschrieben beschreibt'],
  ['hob hoben hebt', 'hervor'],
  ['gab gaben gibt', 'bekannt'],
  ['zeigte zeigten zeigt', 'überzeugt'],
  ['warf warfen wirft werfen', 'vor'],
  ['sieht sah sehen sahen'],
  ['beklagte beklagten beklagt'],
  ['beschuldigte beschuldigten beschuldigt'],
  ['besagt besagte besagen'],
  ['lobte lobten lobt'],
  // "Die Führung wertet den Schritt als Bedrohung": an assessment stated
  ['wertete werteten wertet werten'],
  // "stuft den Schritt als Bedrohung ein", "beteuerte, …": an assessment and an assurance stated
  ['stufte stuften stuft stufen', 'ein'],
  ['beteuerte beteuerten beteuert beteuern'],
  ['befürwortete befürworteten befürwortet befürworten'],
  ['dankte dankten dankt danken'],
  ['regte regten regt', 'an'],
  ['protestierte protestierten'],
  // "brachte die Hoffnung zum Ausdruck, dass …"
  ['brachte brachten bringt', 'ausdruck'],
  ['bot boten bietet', 'an'],
  ['stellte stellten stellt', 'infrage'],
  ['gab gaben gibt', 'an'],
  ['gab gaben gibt', 'zu'],
  // "gratuliert der Schweiz zum Gipfel", "beglückwünschten die Parteien": a congratulation is spoken
  ['gratulierte gratulierten gratuliert'],
  ['beglückwünschte beglückwünschten beglückwünscht'],
  ['bestritt bestritten bestreitet'],
  ['signalisierte signalisierten signalisiert'],
  ['verurteilte verurteilten verurteilt verurteilen'],
  ['nannte nannten nennt'],
  ['schloss schlossen schließt', 'aus'],
  ['lud luden lädt', 'ein'],
  ['bestand bestanden besteht', 'darauf'],
  ['erwartet erwartete erwarteten erwarten'],
  ['hofft hoffte hofften hoffen'],
  ['glaubt glaubte glaubten glauben'],
  ['befürchtet befürchtete befürchten'],
  ['begrüßte begrüßten begrüßt'],
  ['lehnte lehnten lehnt', 'ab'],
  ['drängte drängten drängt'],
  ['versprach versprachen verspricht'],
  ['sicherte sicherten sichert', 'zu'],
  ['zeigte zeigten zeigt', 'sich'],
  ['verlangte verlangten verlangt'],
  ['rief riefen ruft', 'auf'],
  ['bekräftigen sagen erklären betonen warnen fordern kritisieren'],
  ['deutete deuteten deutet', 'an'],
  ['stellte stellten stellt', 'aussicht'],
  ['informierte informierten informiert', 'über'],
  ['schlug schlugen schlägt', 'vor'],
  ['bat baten bittet', 'um'],
  ['drückte drückten drückt', 'aus'],
  ['betrachtet betrachtete betrachteten betrachten', 'als'],
];

/** German participles after "hatte/habe … gesagt" and passive "wurde … zitiert". */
const DE_PARTICIPLES = 'hingewiesen angeboten angeregt gedroht angegeben aufgefordert befürwortet gedankt zugegeben ausgesprochen vorgeschlagen bereiterklärt angedeutet zugesagt zugesichert versprochen vorgeworfen gesagt erklärt betont gewarnt bekräftigt versichert behauptet bestätigt verkündet geschrieben geäußert gefordert kritisiert angekündigt ausgeführt angemerkt hinzugefügt entgegnet erwidert mitgeteilt eingeräumt klargestellt zurückgewiesen hervorgehoben bekanntgegeben unterstrichen zitiert berichtet gemeldet dementiert argumentiert';

const EN_VERBS = 'expressed expresses expressing disclosed discloses observed observes pointed affirmed affirms reaffirmed reaffirms contended contends answered countered commented assured assures alleged alleges hinted highlighted lamented invited invites condemned condemns welcomed welcomes rejected rejects expects expected hopes hoped believes believed fears feared demanded demands criticised criticized dismissed ruled said say says told tells stated states added adds noted notes stressed stresses emphasised emphasized emphasises emphasizes warned warns claimed claims insisted insists argued argues declared declares announced announces confirmed confirms denied denies accused accuses described describes wrote writes posted tweeted explained explains acknowledged acknowledges admitted admits suggested suggests vowed vows pledged pledges promised promises threatened threatens urged urges asserted asserts maintained maintains remarked replied responded commented predicted predicts reiterated reiterates underlined underscored recalled recalls cautioned alleged alleges called calls reported reports accuse blamed blames blaming praised praises congratulated congratulates censured censures railed rails defended defends contradicted contradicts voiced voices hailed hails commended commends slammed slams disputed disputes conceded concedes signalled signaled signals indicated indicates revealed reveals informed informs assured assures stipulates stipulated saying adding calling warning noting stressing arguing claiming insisting urging accusing describing emphasising emphasizing underlining underscoring reiterating explaining asserting maintaining declaring acknowledging stating announcing confirming denying vowing pledging promising threatening predicting recalling cautioning believe argue allege alleging insist warn stress deny hailing clarified clarifies clarifying specified specifies complained complains protested protests denounced denounces denouncing branded brands labelled labeled characterised characterized echoed echoes retorted quipped joked proclaimed proclaims boasted boasts recounted proposed proposes mentioned mentions criticise criticises criticize criticizes condemn slam';

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Their forms, lower case. */
export const IMPERSONAL_REPORTING = set(DE_IMPERSONAL.map(([forms]) => forms).join(' '));

/** Every German finite reporting verb form → the particles that make it one ('' when it needs none). */
export const DE_REPORTING = new Map<string, string[]>();
for (const [forms, particle] of DE_VERBS) for (const f of forms.split(' ')) DE_REPORTING.set(f, [...(DE_REPORTING.get(f) ?? []), particle ?? '']);
export const DE_REPORTING_PARTICIPLES = set(DE_PARTICIPLES);
/** Participles that report only with a word earlier in their clause ("hatte von einer Bedrohung gesprochen", "wurde bekannt gegeben"; "hatten miteinander gesprochen" is talk). */
export const DE_PARTICIPLES_WITH = new Map([['gemacht', 'verantwortlich'], ['gesprochen', 'von'], ['gegeben', 'bekannt'], ['informiert', 'über'], ['gestellt', 'aussicht'], ['gebeten', 'um']]);
export const EN_REPORTING = set(EN_VERBS);

/** Is this word a reporting verb form in either language (particles not checked)? */
export function isReportingWord(word: string): boolean {
  return isReportingForm(word.toLowerCase());
}

/** {@link isReportingWord} of a word already in lower case (a caller that has folded it saves folding it again). */
export function isReportingForm(lower: string): boolean {
  return ANY_REPORTING.has(lower);
}

/** Every reporting verb form of both languages, for the one lookup most words fail. */
const ANY_REPORTING = new Set([...DE_REPORTING.keys(), ...DE_REPORTING_PARTICIPLES, ...DE_PARTICIPLES_WITH.keys(), ...EN_REPORTING]);

/** Verbs that need a complement to be speech ("called for", "called X a Y"); alone they are weak. */
export const WEAK_REPORTING = set('called calls reported reports meldete meldet vermeldete vermeldet berichtete berichtet forderte fordert kritisierte gab zeigte');

/** German nouns of what a source made known, alone ("nach Angaben der Marine") or as a compound's tail ("nach US-Erkenntnissen", "Marineangaben"). */
export const SOURCE_NOUNS_DE = 'Angaben|Erkenntnissen|Informationen|Schätzungen';
export const SOURCE_NOUN_DE = new RegExp(`^(?:${SOURCE_NOUNS_DE})$`, 'u');
/** "Marineangaben", "US-Erkenntnissen": a compound of a source's name and a source noun (group 1: the name). */
export const SOURCE_COMPOUND_DE = new RegExp(`^(\\p{Lu}[\\p{L}]*?)(?:s|-)?(?:${SOURCE_NOUNS_DE.toLowerCase()}|${SOURCE_NOUNS_DE})$`, 'u');

/** Attribution markers that make a sentence someone's words: "laut X", "X zufolge", "according to X", "Für X ist klar: …". */
export const ATTRIBUTION_BEFORE = [/\baccording\s+to\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|letter|readout|release|communiqu[eé]|transcript|analysis|assessment|estimate|survey)|(?:[\w-]+\s+)?(?:data|figures|estimates|information|intelligence))\s+(?:(?:issued|released|published|sent|posted|compiled)\s+)?(?:by|from|of)\s+/iu, /\bin\s+einer\s+(?:[\wäöüß-]+\s+)?(?:Erklärung|Mitteilung|Stellungnahme)\s+(?:des|der|von)\s+/iu, /\blaut\s+/iu, /^\s*Für\s+(?=[^:]{3,60}:\s)/u, new RegExp(`\\bnach\\s+(?:\\p{Ll}+en\\s+)?(?:${SOURCE_NOUNS_DE}|Einschätzung|Ansicht|Auffassung|Darstellung|Worten)\\s*(?:von\\s+|des\\s+|der\\s+)?`, 'iu'), new RegExp(`\\bnach\\s+\\p{Ll}+en\\s+\\p{Lu}\\p{Ll}+(?:${SOURCE_NOUNS_DE.toLowerCase()})\\s*`, 'u'), new RegExp(`\\b[Nn]ach\\s+(?=\\p{Lu}[\\p{L}]*?-?(?:${SOURCE_NOUNS_DE.toLowerCase()}|${SOURCE_NOUNS_DE})\\b)`, 'u'), /\b(?:in the view of|in the words of|citing)\s+/iu, /\baccording\s+to\s+/iu, /\bwie\s+(?=\S+(?:\s+\S+){0,9}\s+(?:mitteilte|sagte|erklärte|berichtete|meldete))/iu, /\bas\s+(?=\S+(?:\s+\S+){0,4}\s+(?:said|put it|noted))/iu];
/** "X zufolge", ", so X." */
export const ATTRIBUTION_AFTER = /\s+zufolge\b/u;
export const SO_X = /[,;]\s*so\s+(?=\p{Lu}|der\b|die\b|das\b)/u;

/** Words ending in -e that are never Konjunktiv I verbs (articles, pronouns, adverbs, prepositions). */
export const NOT_KONJUNKTIV = set('wurde die eine keine seine ihre deine meine unsere eure diese jene welche alle viele beide einige manche solche ohne gegen gerne lange heute ebenfalls bereits alleine hierzulande beinahe gerade weitere andere große kleine neue erste letzte zweite dritte obere untere ganze halbe rote weiße nahe ende mitte seite stelle gruppe frage lage sprache woche runde grenze krise rede rolle folge hilfe ebene weise regierungsnahe offene infrage zugrunde zutage zunichte beiseite');

/** Konjunktiv I (and II as used for reported speech) finite forms that mark a continuation of reported speech; listed too where the shape alone cannot tell them (stems in -t: "arbeite", "gelte" look like weak preterites). Not "dürfte": the narrator's estimate ("Die Antwort dürfte militärisch ausfallen"). */
export const KONJUNKTIV = set('sei seien seiest habe könne müsse solle sollten wolle dürfe werde würden gebe bleibe liege stehe gehe diene bedeute erfordere verstoße hätten wären könnten könnte müssten müsste stelle garantiere verbleibe wisse plane verfüge halte lasse sehe trage brauche komme arbeite gelte enthalte erhalte biete leite trete richte fürchte warte erwarte beobachte betrachte achte vertrete behalte beinhalte bereite hätte wäre würde gäbe gäben käme kämen läge lägen stünde stünden ginge gingen entzöge entzögen nenne liste zeige fordere umfasse betreffe schlage verlange unterstütze lehne begrüße beabsichtige prüfe verfolge bestehe erhöhe schütze beziehe erkläre warne drohe behaupte bestätige beteilige verstehe vertraue gehöre benötige');

/** Prepositions: a name after one is governed by it, no subject ("in der Ukraine", "aus Moskau", "with Russia"). */
export const PREPOSITION = /^(in|im|zur|zum|mit|für|gegen|über|aus|von|vom|nach|bei|beim|an|am|auf|unter|um|zwischen|under|to|at|from|with|for|against|on|about|of|into|toward|towards|by)$/i;

/** A word before a person that makes the person an object, not the one speaking ("Für Präsident Putin sei …"). */
export const OBJECT_PREPOSITIONS = set('für mit gegen an über zu zum zur bei gegenüber auf um ohne wegen for with against about to toward towards without');

/** A sentence opening with one of these and a reporting verb reports the previous sentence ("Dies erklärte X", "Das sagte X"). */
export const DEMONSTRATIVE_CONTENT = /^(Dies|Das|Dieses)$/u;
/** A demonstrative object of a reporting verb ("said this", "sagte dies", "wies das zurück"): it points at words reported before. */
export const DEMONSTRATIVE_OBJECT = /^(this|so|dies|das)$/iu;
/** What may follow such an object ("said this at …", "sagte dies am …"): a preposition, a date or place word, punctuation; not a noun ("das Ministerium" is an article). */
export const AFTER_DEMONSTRATIVE_OBJECT = /^(at|in|on|during|after|before|when|while|to|am|im|bei|beim|auf|nach|vor|während|gegenüber|[.,;!?])$/iu;

/** German modal verbs: an infinitive after one is no report ("Macron müsse sich entschuldigen", "Er wolle erklären"). */
export const MODALS = set('muss müsse müsste musste mussten müssen soll solle sollte sollten sollen will wolle wollte wollten wollen kann könne könnte konnte können darf dürfe dürfte dürfen mag möge möchte');

/** Conjunctions that open an adverbial clause ("Nachdem X erklärte, …", "When X said, …"); with the complementisers, the words that open a subordinate clause. */
export const ADVERBIAL_CONJUNCTIONS = set('nachdem als weil während obwohl wenn wie after when as while although because if');
/** Of those, the ones whose clause attributes the main clause's words rather than reporting its own ("Wie Peskow sagte, …", "As Lavrov said, …"). */
export const ATTRIBUTING_CONJUNCTIONS = set('wie as');

/** Complementisers that open the content of indirect speech. */
export const COMPLEMENTISER = set('dass daß that ob whether');

/** Personal pronouns that can stand for a speaker ("it" only for a state or organisation). */
export const PRONOUNS = set('er sie he she they it');
/** Pronouns after "laut" / "according to" that stand for the last speaker ("Laut ihr", "according to him"). */
export const OBJECT_PRONOUNS = set('ihm ihr ihnen him her them');

/**
 * Nouns of sources the text does not name: with an indefinite article or as a bare plural ("a
 * senior US official", "Diplomaten", "Regierungskreisen zufolge") they make the speaker unknown
 * rather than whoever is named nearby.
 */
export const ANONYMOUS_SOURCE = set('official officials source sources diplomat diplomats insider insiders observer observers person people aide aides Vertreter Vertreterin Vertretern Beamter Beamte Beamten Diplomat Diplomaten Insider Insidern Quelle Quellen Kreise Kreisen Regierungskreise Regierungskreisen Sicherheitskreise Sicherheitskreisen Diplomatenkreise Diplomatenkreisen Militärkreise Militärkreisen Beobachter Beobachtern Mitarbeiter Mitarbeiterin media Medien Staatsmedien outlets reports Berichte Berichten Offizielle Offiziellen');
/** Words that open an indefinite noun phrase. */
export const INDEFINITE = set('ein eine einer einem einen a an one several some mehrere einige zwei three two drei');

/** Nouns that carry someone's words after a comma or "that" ("Putins Anschuldigung, der Westen versuche …", "Russia's claim that …"). */
export const SPEECH_NOUNS = set('Anschuldigung Vorwurf Behauptung Aussage Äußerung Forderung Warnung Drohung Ankündigung Darstellung Einschätzung Versicherung Zusage accusation claim assertion allegation warning demand threat announcement insistence assurance pledge');


/** Sentence adverbs set off by a comma before the subject ("However, Russia's ambassador, …, said"). */
export const LEADING_ADVERBIAL = /^\s*(?:however|meanwhile|moreover|separately|later|earlier|still|indeed|nevertheless|in addition|additionally|soon afterwards?|soon after|jedoch|allerdings|unterdessen|indes|zudem|außerdem|dennoch|trotzdem|derweil)(?:\s*,?\s*(?:however|jedoch|allerdings))?\s*$/iu;

/** What may follow the verb of a reporting clause that has no words of its own: the end, an occasion or a date ("said after the vote.", "sagte am Montag in Kiew."). */
export const OCCASION_ONLY = /^\s*(?:(?:reporters|journalists|the\s+press|the\s+media|Journalisten|Reportern|der\s+Presse|den\s+Medien)\b\s*)?(?:[.!?]|(?:after|on|at|in|during|when|while|before|following|later|earlier|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|am|im|bei|beim|nach|vor|während|gegenüber|heute|gestern)\b(?![^.]*\b(that|dass)\b)[^,:;]*$)/u;

/** What follows the verb of a trailing reporting clause that has no words of its own, a participle adding more ("…, the ministry said on Monday, adding that …"). */
export const OCCASION_THEN_PARTICIPLE = /^\s*[^,.;:]{0,40},\s*(?:adding|saying|noting|stressing|warning|citing|claiming|insisting)\b/u;

/** Adverbs by which the narrator reports what others say ("Angeblich hat Russland …", "Russia reportedly …"). */
export const REPORTIVE_ADVERB = /^(angeblich|mutmaßlich|reportedly|allegedly|purportedly)$/iu;
/** German reportive "sollen" with a perfect infinitive closing the clause ("Russland soll Raketen stationiert haben"). */
export const REPORTIVE_MODAL = /^(soll|sollen)$/u;
export const PERFECT_INFINITIVE_AUX = /^(haben|sein)$/u;
/** Konjunktiv I forms that mark a sentence as reported even with no report before it ("Nordkorea habe am Morgen eine Rakete abgefeuert."). */
export const REPORTIVE_KONJUNKTIV = /^(sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|gebe|stehe|liege|gehe|bleibe|komme|gelte)$/u;

/**
 * The narrator's own words after reported words: a coordinated verb of the subject's ('…, but did
 * not say whether …', 'but gave no details'), a medium credited at the end ('…, Reuters also
 * writes'), German '…, nannte aber keine Einzelheiten', '…, ohne Details zu nennen'.
 */
export const NARRATION_TAIL = /,?\s+but\s+(?:did\s+not|didn't|declined\s+to|refused\s+to|would\s+not|wouldn't)\s+(?:say|elaborate|specify|give|provide|comment|detail|disclose|name|confirm|explain)\b|,?\s+but\s+(?:gave|offered|provided)\s+no\b|,\s*(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:also\s+)?(?:writes|wrote|reported|reports)\s*[.!]?\s*$|,\s*(?:nannte|ließ|gab)\s+aber\s|,\s*ohne\s+[^,]{0,40}\s+zu\s+nennen\b/u;
