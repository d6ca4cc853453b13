/**
 * Words that make a capitalised sequence the name of an organisation, place or operation the
 * register does not know: organisation head nouns ("… Coast Guard", "… Tank Battalion",
 * "Bureau of …"), descriptor nouns that stand before a name in apposition ("operator Elisa",
 * "Netzbetreiber Fingrid"), place cue nouns ("the town of Porvoo", "Militärflugplatz Skrydstrup"),
 * compass words of a place apposition ("Rukla, central Lithuania") and the words that make a
 * head-noun name too generic to mint ("Defence Ministry"). Each rule of `names.ts` that reads
 * them has its examples and counter-examples here, run as tests (test/names.test.ts). Does not:
 * find names (see `names.ts`).
 */

/** English head nouns of organisation names (the last word, or the word before "of …"). */
export const ORG_HEADS_EN = new Set([
  'Agency', 'Bureau', 'Ministry', 'Department', 'Council', 'Committee', 'Commission', 'Institute', 'Office', 'Service', 'Guard',
  'Battalion', 'Brigade', 'Regiment', 'Division', 'Corps', 'Command', 'Fleet', 'Group', 'Company', 'Corporation', 'Party', 'Embassy',
  'University', 'Authority', 'Directorate', 'Forces', 'Army', 'Navy', 'Police', 'Court', 'Parliament', 'Assembly',
  'Foundation', 'Association', 'Federation', 'Bank', 'Fund', 'Centre', 'Center', 'Network', 'Movement', 'Front', 'Organisation',
  'Organization', 'Agencies', 'Inc', 'Ltd', 'LLC', 'Coalition', 'Squadron', 'Unit', 'Staff', 'Force', 'Alliance', 'Union', 'Board', 'Guards',
  'Telecom', 'Systems', 'Technologies', 'Holding', 'Holdings', 'Industries', 'Airlines', 'Aerospace', 'Shipping', 'Chamber', 'Senate',
]);

/** Titles written after a body's name that are its officer's, not part of the name ("the Chamber of Deputies Speaker", "the Joint Chiefs Chairman"). */
export const TITLES_AFTER_NAME_EN = new Set(['Speaker', 'Chairman', 'Chairwoman', 'Chair', 'President', 'Secretary', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Director', 'Commander', 'Chief']);

/**
 * Heads of a military unit's name: a unit named with its number and its parent unit's after a
 * comma is one unit ("1st Battalion, 12th Cavalry Regiment", "4th Squadron, 6th Cavalry
 * Regiment"), not two.
 */
export const UNIT_HEADS_EN = new Set(['Battalion', 'Squadron', 'Regiment', 'Brigade', 'Division', 'Company', 'Battery', 'Wing', 'Group', 'Fleet', 'Corps']);

/**
 * Words of an organisation's name that say only what kind of body it is: a name made of these
 * and its head alone ("Defence Ministry", "National Security Council", "Border Guard") names no
 * particular body and is left to the body nouns (`body-nouns.ts`) and acronym definitions.
 */
export const GENERIC_NAME_WORDS = new Set([
  'Defence', 'Defense', 'Foreign', 'Interior', 'Home', 'Security', 'National', 'Justice', 'Finance', 'Financial', 'Military', 'Central',
  'Federal', 'State', 'General', 'Joint', 'Special', 'Air', 'Naval', 'Coast', 'Border', 'Intelligence', 'Investigation', 'Public', 'Civil',
  'Emergency', 'Armed', 'Supreme', 'High', 'Executive', 'Presidential', 'Health', 'Energy', 'Economic', 'Economy', 'Trade', 'Transport',
  'Communications', 'Nuclear', 'Atomic', 'Strategic', 'Tactical', 'Cyber', 'Information', 'Press', 'International', 'Affairs', 'Staff',
  'Chiefs', 'Operations', 'Counter', 'Terrorism', 'Police', 'Criminal', 'Space', 'Land', 'Ground', 'Marine', 'Rocket', 'Missile',
  'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Regional', 'Local', 'Prime', 'Minister', 'Ministers', 'Cabinet', 'Government',
  'Human', 'Rights', 'Development', 'Research', 'Science', 'Technology', 'Education', 'Agriculture', 'Labour', 'Labor', 'Social',
  'Protection', 'Safety', 'Relations', 'Policy', 'Planning', 'Procurement', 'Industry', 'Industrial', 'Commerce', 'Customs', 'Tax',
  'Revenue', 'Statistics', 'Election', 'Electoral', 'Constitutional', 'District', 'City', 'Municipal', 'Provincial', 'Media', 'News',
  'The', 'And', 'Of', 'For', 'New', 'Main', 'First', 'Second', 'Third',
]);

/** Lower-case English words that stand before an organisation's name in apposition ("Finnish operator Elisa"). */
export const ORG_DESCRIPTORS_EN = new Set([
  'operator', 'company', 'firm', 'group', 'agency', 'broadcaster', 'channel', 'newspaper', 'daily', 'outlet', 'platform', 'website',
  'manufacturer', 'maker', 'producer', 'contractor', 'conglomerate', 'carrier', 'airline', 'shipowner', 'insurer', 'bank', 'party',
  'movement', 'network', 'militia', 'tabloid', 'magazine', 'weekly', 'portal', 'startup', 'organisation', 'organization', 'watchdog',
  'regulator', 'subsidiary', 'owner', 'shipbuilder', 'giant',
]);

/** German nouns (whole word or a compound's last part, lower case) that stand before an organisation's name ("Netzbetreiber Fingrid"). */
export const ORG_DESCRIPTORS_DE = [
  'betreiber', 'netzbetreiber', 'konzern', 'unternehmen', 'firma', 'hersteller', 'gruppe', 'plattform', 'zeitung', 'sender',
  'agentur', 'partei', 'bewegung', 'organisation', 'reederei', 'magazin', 'portal', 'netzwerk', 'miliz', 'rüstungsschmiede',
  'denkfabrik', 'thinktank', 'mutterkonzern', 'tochter', 'tochterfirma', 'werft', 'fluggesellschaft', 'airline', 'bank',
];

/** Nouns before the name of an exercise or mission (English lower case; German word or compound tail, lower case, any inflection): "exercise Freedom Edge", "Manövers „Freedom Edge“". */
export const EVENT_DESCRIPTORS_EN = new Set(['exercise', 'exercises', 'drill', 'drills', 'manoeuvre', 'manoeuvres', 'maneuver', 'maneuvers', 'mission', 'wargame']);
export const EVENT_DESCRIPTORS_DE = ['manöver', 'übung', 'mission', 'einsatz'];

/** Compound tails that make "X-Gruppe" the organisation X ("Elisa-Gruppe", "Wagner-Gruppe"). */
export const ORG_COMPOUND_TAILS_DE = new Set(['gruppe', 'konzern', 'miliz', 'partei', 'bewegung', 'netzwerk', 'plattform', 'agentur', 'holding']);

/**
 * German nouns (a word's end, lower case) that head an organisation's name after a capitalised
 * adjective: German writes adjectives in lower case unless they are part of a name, so "das
 * Zentrale Kriminalamt", "die Internationale Atomenergiebehörde" are names.
 */
export const DE_NAMED_ORG_TAILS = /(amt|ämter|behörde|ministerium|rat|rats|kommission|dienst|dienstes|agentur|kommando|gericht|gerichtshof|polizei|armee|marine|flotte|partei|union|bund|bundes|organisation|institut|instituts|stiftung|ausschuss|ausschusses|versammlung|komitee|bank|fonds|garde|truppe|truppen|streitkräfte|brigade|division|regiment|bataillon|korps|akademie|universität|zentrum|zentrums|allianz|bewegung|front|miliz|gruppe)$/u;

/** Institution nouns joined to a name that make the whole compound the institution's name ("Aalto-Universität"). */
export const ORG_WHOLE_TAILS_DE = new Set(['universität', 'institut', 'stiftung', 'zentrum', 'akademie', 'hochschule', 'klinik', 'werft']);

/** English nouns before "of X" that make X a place, and the kind of place it is. */
export const PLACE_OF_EN: Readonly<Record<string, 'City' | 'Place'>> = {
  town: 'City', city: 'City', village: 'City', port: 'City', municipality: 'City', settlement: 'City', capital: 'City',
  region: 'Place', province: 'Place', district: 'Place', county: 'Place', island: 'Place', islands: 'Place', oblast: 'Place', state: 'Place',
  prefecture: 'Place', governorate: 'Place', peninsula: 'Place', strait: 'Place', gulf: 'Place',
};

/** German nouns (whole word or compound tail, lower case) right before a place's name, and the kind of place. */
export const PLACE_CUES_DE: Readonly<Record<string, 'City' | 'Place'>> = {
  stadt: 'City', hafenstadt: 'City', hauptstadt: 'City', großstadt: 'City', kleinstadt: 'City', grenzstadt: 'City', küstenstadt: 'City',
  ort: 'City', dorf: 'City', gemeinde: 'City', hafen: 'City', ortschaft: 'City', metropole: 'City',
  region: 'Place', gebiet: 'Place', provinz: 'Place', bezirk: 'Place', oblast: 'Place', insel: 'Place', halbinsel: 'Place', bundesstaat: 'Place',
  stützpunkt: 'Place', luftwaffenstützpunkt: 'Place', militärstützpunkt: 'Place', marinestützpunkt: 'Place', militärflugplatz: 'Place',
  flugplatz: 'Place', fliegerhorst: 'Place', truppenübungsplatz: 'Place', übungsplatz: 'Place', kaserne: 'Place', atomkraftwerk: 'Place',
  kraftwerk: 'Place', flughafen: 'Place', meerenge: 'Place',
};

/** English head nouns that end a place's name ("Jagang Province", "Bab al-Mandab Strait", "Skrydstrup Air Base"). */
export const PLACE_HEADS_EN = new Set([
  'Province', 'Region', 'Oblast', 'Krai', 'Prefecture', 'Governorate', 'County', 'District', 'Island', 'Islands', 'Peninsula', 'Strait',
  'Straits', 'River', 'Sea', 'Bay', 'Airport', 'Base', 'Airbase', 'Canal', 'Lake', 'Mountains', 'Valley', 'Desert', 'Cosmodrome',
  'Shipyard', 'Square', 'Port', 'Harbour', 'Harbor', 'Spaceport', 'Range',
]);

/** English place nouns a name follows with "of" ("Gulf of Aden", "Strait of Hormuz"). */
export const PLACE_HEADS_OF_EN = new Set(['Gulf', 'Sea', 'Strait', 'Straits', 'Bay', 'Isle', 'Port', 'Cape', 'Lake', 'Gulf']);

/**
 * Nouns of a meeting named by where it is held ("the NATO summit in Vilnius", "their first peace
 * talks in Istanbul", "Nato-Gipfel in Vilnius", "Gipfeltreffen von Biden und Putin"): English
 * whole words (lower case; "talks" only after "peace"), German words or a name compound's tail.
 */
export const MEETING_NOUNS_EN = new Set(['summit', 'summits', 'talks']);
export const MEETING_NOUN_DE = /^(?:[\p{Lu}\d][\p{L}\d]*-)?(?:Gipfel|Gipfels|Gipfeltreffen|Gipfeltreffens|Gipfelkonferenz|Friedensgespräche|Friedensgesprächen|Friedensverhandlungen|Friedenskonferenz)$/u;
/**
 * German nouns of talks that name one meeting only with a determiner before them and its place
 * after them ("bei ihren Beratungen in München", "nach den Gesprächen in Genf"); without both they
 * are talk in general ("Gespräche in Genf sind möglich").
 */
export const TALKS_NOUN_DE = /^(?:Gespräche|Gesprächen|Beratungen|Verhandlungen|Konferenz|Treffen|Treffens)$/u;
export const TALKS_DETERMINERS_DE = /^(?:die|den|der|des|dem|ihre|ihren|ihrer|seine|seinen|seiner|diesen|dieser)$/u;
/** Lower-case English words that are part of a meeting's name before its noun ("first peace talks", "emergency summit"). */
export const MEETING_MODIFIERS_EN = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'peace', 'annual', 'emergency', 'extraordinary', 'informal', 'bilateral', 'trilateral', 'leaders']);

/**
 * Head nouns of a policy document's name: "the 2022 National Defense Strategy (NDS)", "the Nuclear
 * Posture Review", "the Pyongyang Declaration"; German names are a capitalised adjective before a
 * compound ending in one of `DOCUMENT_TAILS_DE` ("die Nationale Sicherheitsstrategie").
 */
export const DOCUMENT_HEADS_EN = new Set(['Strategy', 'Review', 'Doctrine', 'Concept', 'Declaration', 'Charter']);
export const DOCUMENT_TAILS_DE = /(strategie|doktrin|konzept)$/u;

/** A state's armed service named after it ("the U.S. Army", "the British Army", "the Royal Navy" is the register's). */
export const MILITARY_SERVICES_EN = /^\.?\s(Army|Navy|Air Force|Marine Corps|Coast Guard|National Guard|Space Force)\b/u;

/** English words that open the name of a military base or camp ("Fort Carson", "Camp Lemonnier", "Joint Base Lewis-McChord"). */
export const BASE_PREFIXES_EN = new Set(['Fort', 'Camp', 'Joint Base', 'Naval Station', 'Air Station']);
/** Plural base words before two names ("Camps Hovey and Stanley"): each name is one base, named with the singular. */
export const BASE_PLURALS_EN: ReadonlyMap<string, string> = new Map([['Camps', 'Camp'], ['Forts', 'Fort']]);

/** English compass nouns of "X, in the northeast": the name before is a place. */
export const COMPASS_NOUNS_EN = /^(north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)$/u;

/** Lower-case English region nouns after a name ("the Belgorod region"): a place when the name is a city or no name the register knows. */
export const REGION_NOUNS_EN = /^(region|oblast|province|district|governorate|prefecture)$/u;

/**
 * German compound tails that make "<organisation>-<tail>" a body of that organisation ("des
 * NATO-Sicherheitsausschusses", "der EU-Grenzschutzagentur"); troops and forces ("NATO-Truppen")
 * are not bodies.
 */
export const BODY_COMPOUND_TAILS_DE = /(ausschuss|ausschusses|rat|rats|rates|kommando|kommandos|behörde|agentur|gericht|gerichts|gerichtshof|kommission|sekretariat|sekretariats|generalstab|generalstabs)$/u;

/** Elections named by their kind: German compounds ("die Parlamentswahlen", "der Präsidentenwahl") and English phrases ("the Finnish parliamentary election"). */
export const ELECTION_DE = /^(Parlaments|Präsidentschafts|Präsidenten|Bundestags|Europa|Kongress|Zwischen)wahl(en)?$/u;
export const ELECTION_KINDS_EN = /^(presidential|parliamentary|general|legislative|snap|midterm|European)$/u;

/**
 * Organs of a state named by its common noun after the state ("Lithuania's Ministry of National
 * Defence", "das iranische Verteidigungsministerium", "die finnische Polizei"): with the state
 * before it such a generic name names one body. English head nouns; German compound tails.
 */
export const STATE_ORGAN_HEADS_EN = new Set(['Ministry', 'Police', 'Guard', 'Service', 'Staff', 'Agency', 'Directorate', 'Command']);
export const STATE_ORGAN_TAILS_DE = /(ministerium|ministeriums|polizei|küstenwache|grenzschutz|grenzschutzes|grenzschutzbehörde|grenzpolizei|geheimdienst|geheimdienstes|generalstab|generalstabs|armee|luftwaffe|ratspräsidentschaft)$/u;

/** After a state's name or adjective: its presidency of the EU's Council ("the Hungarian presidency of the Council of the EU", "the Polish EU presidency"). */
export const PRESIDENCY_AFTER_STATE_EN = /^\s(?:EU\s|Council\s)?presidency(?:\sof\sthe\s(?:Council\sof\sthe\s)?(?:EU|European\sUnion))?(?![\p{L}])/u;

/**
 * German compound tails that make "<state>-<tail>" a group of states named after the state they
 * deal with ("die Syrien-Kontaktgruppe", "der Ukraine-Kontaktgruppe"): the whole compound is the
 * group's name.
 */
export const STATE_GROUP_TAILS_DE = /(kontaktgruppe|unterstützergruppe)$/u;

/**
 * A weapon's type designation ("OH-58D", "AH-64E", "MQ-9") before up to two capitalised words
 * and a weapon noun ("OH-58D Kiowa Warrior helicopters", "MQ-9 Reaper drones"): the designation
 * with its name is a weapon type.
 */
export const WEAPON_DESIGNATION = /^\p{Lu}{1,4}-\d{1,3}\p{Lu}{0,2}$/u;
export const WEAPON_NOUNS_EN = /^(helicopters?|aircraft|jets?|fighters?|drones?|missiles?|tanks?|launchers?|howitzers?|bombers?|interceptors?)$/u;

/**
 * A document named by its title in quotation marks after a document noun ("a joint declaration
 * regarding “Allied Solidarity”", "the strategy entitled “Secure Europe”"): the title is its name.
 */
export const TITLED_DOCUMENT_NOUNS_EN = /^(declaration|strategy|concept|doctrine|plan|communiqué|communique|charter|roadmap)$/u;
export const TITLE_LINKS_EN = /^(regarding|on|entitled|titled|called|named)$/u;

/** After an organisation-shaped name, the words that make it part of a treaty's name ("Intermediate-Range Nuclear Forces (INF) arms treaty"). */
export const TREATY_AFTER_EN = /^\s*(?:\(\p{Lu}{2,}\)\s*)?(?:[\p{Ll}-]+\s+){0,2}[Tt]reaty\b/u;

/** Nouns of a state's organ that "<noun> in <capital>" names ("das Außenministerium in Moskau", "the foreign ministry in Beijing"): English whole words, German compound tails (lower case). */
export const ORGAN_IN_CAPITAL = { en: /^(ministry|Ministry)$/u, de: /(ministerium|ministeriums)$/u } as const;

/** Nouns that name a body, never a person, though a role noun may stand before them ("General Staff", "Befehlshaber der niederländischen Streitkräfte"): English heads and German words (lower case, whole word). */
export const NEVER_PERSON_EN = new Set(['Staff', 'Forces', 'Army', 'Navy', 'Police', 'Guard', 'Guards', 'Ministry', 'Command', 'Corps', 'Committee', 'Council', 'Agency']);
export const NEVER_PERSON_DE = /^(streitkräfte|streitkräften|truppen|armee|ministerium|ministeriums|behörde|kommission|polizei|ausschuss|ausschusses|generalstab|generalstabs|kommando|kommandos)$/u;

/** Person nouns after which "bei/at X" names the organisation they work for ("Journalist bei Danwatch", "analyst at Rand"). */
export const WORKS_AT = /^(journalist|reporter|korrespondent|correspondent|analyst|experte|expert|researcher|forscher|mitarbeiter|redakteur|editor|sprecher|spokesperson|spokesman|spokeswoman|fellow|ökonom|economist|chefredakteur|manager)(en|in|innen|s|n)?$/iu;

/** English compass words of a place apposition: "Rukla, central Lithuania", "Rūdninkai, south of Vilnius". */
export const COMPASS_EN = /^(north|south|east|west|northern|southern|eastern|western|central|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern)$/u;

/** Words that open a military or police operation's name ("Operation Prosperity Guardian"). */
export const OPERATION_WORDS = new Set(['Operation', 'Operations']);

/** An example for a name rule: the text, the language and the names it must find (kind:name). */
export interface NameExample {
  text: string;
  lang: 'de' | 'en';
  names: string[];
}

/** Each rule of `names.ts` with examples (what it finds) and counter-examples (found nothing). */
export const NAME_RULES: ReadonlyArray<{ id: string; examples: NameExample[]; counterExamples: NameExample[] }> = [
  {
    id: 'ner.org-head',
    examples: [
      { text: 'Deputy Commander Ilja Iljin of the West Finland Coast Guard stressed the exercises.', lang: 'en', names: ['Organisation:West Finland Coast Guard'] },
      { text: 'The brigade will include the 203rd Tank Battalion from the west.', lang: 'en', names: ['Organisation:203rd Tank Battalion'] },
      { text: 'The USS Eisenhower Carrier Strike Group is in the region.', lang: 'en', names: ['Organisation:USS Eisenhower Carrier Strike Group'] },
      { text: 'The operation will be similar to the existing Task Force 153, the official said.', lang: 'en', names: ['Organisation:Task Force 153'] },
      { text: 'Officials of the Danish Emergency Management Agency said the airport was closed.', lang: 'en', names: ['Organisation:Danish Emergency Management Agency'] },
      { text: 'But the Chilean Army said the deployment was not accelerated.', lang: 'en', names: ['Organisation:Chilean Army'] },
      { text: 'Das erklärte Bauer in seiner Rede zur Sitzung des NATO-Sicherheitsausschusses.', lang: 'de', names: ['Organisation:NATO-Sicherheitsausschusses'] },
      { text: 'The troops are supported by Lithuania’s Ministry of National Defence.', lang: 'en', names: ['Organisation:Lithuania’s Ministry of National Defence'] },
      { text: 'Das teilte das iranische Verteidigungsministerium mit. Die finnische Polizei ermittelt.', lang: 'de', names: ['Organisation:iranische Verteidigungsministerium', 'Organisation:finnische Polizei'] },
      { text: 'The 3rd Battalion, 7th Infantry Regiment will move to the border in spring.', lang: 'en', names: ['Organisation:3rd Battalion, 7th Infantry Regiment'] },
      { text: 'Troops of U.S. Army Europe trained with Polish units.', lang: 'en', names: ['Organisation:U.S. Army Europe'] },
      { text: 'Das teilte die jordanische Armee am Montag mit.', lang: 'de', names: ['Organisation:jordanische Armee'] },
      { text: 'Die Mitglieder der Jemen-Kontaktgruppe trafen sich in Paris.', lang: 'de', names: ['Organisation:Jemen-Kontaktgruppe'] },
      { text: 'Das teilte die belgische Ratspräsidentschaft in Brüssel mit.', lang: 'de', names: ['Organisation:belgische Ratspräsidentschaft'] },
      { text: 'The Romanian Chamber of Deputies Speaker opened the session.', lang: 'en', names: ['Organisation:Romanian Chamber of Deputies'] },
      { text: 'The Polish presidency of the Council of the EU announced the deal.', lang: 'en', names: ['Organisation:Polish presidency of the Council of the EU'] },
      { text: 'Armenia’s defense ministry said two soldiers were wounded.', lang: 'en', names: ['Organisation:Armenia’s defense ministry'] },
      { text: 'The Armenian foreign ministry denied it.', lang: 'en', names: ['Organisation:Armenian foreign ministry'] },
      { text: 'Das teilte das Außenministerium Armeniens am Montag mit.', lang: 'de', names: ['Organisation:Außenministerium Armeniens'] },
    ],
    counterExamples: [
      { text: 'The Defence Ministry said the drills were over.', lang: 'en', names: [] },
      { text: 'The National Security Council met on Monday.', lang: 'en', names: [] },
      { text: 'Russia Warns Of Response As Nato Group Meets', lang: 'en', names: [] },
      { text: 'An Armored Brigade Combat Team will be deployed there early next month.', lang: 'en', names: [] },
      { text: 'Die deutsche Marine übt vor der Küste.', lang: 'de', names: [] },
      // a state's armed forces the register has are named by its adjective (gazetteer `armedForcesNames`), not minted
      { text: 'But the Canadian Army said the deployment was not accelerated.', lang: 'en', names: [] },
      { text: 'Die Soldaten der Schweizer Armee übten. Die Schweizer Armee meldete keine Schäden.', lang: 'de', names: [] },
      { text: 'Das teilte die estnische Armee am Montag mit.', lang: 'de', names: [] },
      { text: 'Die NATO-Truppen und die EU-Staaten üben.', lang: 'de', names: [] },
      { text: 'Ministerien und Polizei arbeiten zusammen. Das Verteidigungsministerium schweigt.', lang: 'de', names: [] },
      { text: 'The old Conventional Armed Forces (CFE) arms treaty limited tanks.', lang: 'en', names: [] },
      { text: 'U.S. Forces will leave the region soon.', lang: 'en', names: [] },
      { text: 'The presidency of the council rotates. His presidency ended in May.', lang: 'en', names: [] },
      { text: 'A 2nd Battalion, a 5th Regiment and other units were formed.', lang: 'en', names: [] },
      { text: 'Russia’s foreign ministry said so. The Russian defence ministry agreed.', lang: 'en', names: [] },
    ],
  },
  {
    id: 'ner.org-descriptor',
    examples: [
      { text: 'Two cables of the Finnish operator Elisa were cut.', lang: 'en', names: ['Organisation:Elisa'] },
      { text: 'A third line, owned by Chinese company Citic, was damaged.', lang: 'en', names: ['Organisation:Citic'] },
      { text: 'Das erklärte der finnische Netzbetreiber Fingrid auf seiner Website.', lang: 'de', names: ['Organisation:Fingrid'] },
      { text: 'Es wurden zwei Kabel der Elisa-Gruppe durchtrennt.', lang: 'de', names: ['Organisation:Elisa'] },
      { text: 'Das zeigt die Plattform „Vesselfinder“.', lang: 'de', names: ['Organisation:Vesselfinder'] },
      { text: 'Der Experte Jarno Limnéll von der Aalto-Universität warnt vor Angriffen.', lang: 'de', names: ['Organisation:Aalto-Universität'] },
      { text: 'Das Zentrale Kriminalamt Finnlands führt die Ermittlungen.', lang: 'de', names: ['Organisation:Zentrale Kriminalamt'] },
      { text: 'Laut dem Militärischen Abschirmdienst gab es Sabotage.', lang: 'de', names: ['Organisation:Militärischen Abschirmdienst'] },
      { text: 'Finland’s transport and communications agency, Traficom, said four cables were cut.', lang: 'en', names: ['Organisation:Traficom'] },
    ],
    counterExamples: [
      { text: 'The company said on Monday that the group would appeal.', lang: 'en', names: [] },
      { text: 'Der Konzern Verantwortung übernehmen sehen die Aktionäre gern.', lang: 'de', names: [] },
      { text: 'Neue Truppen kamen an. Erste Hilfe leisteten die Sanitäter.', lang: 'de', names: [] },
    ],
  },
  {
    id: 'ner.place-cue',
    examples: [
      { text: 'The tanker is moored off the town of Porvoo.', lang: 'en', names: ['City:Porvoo'] },
      { text: 'The troops will serve in Rūdninkai, south of Vilnius and Rukla, central Lithuania.', lang: 'en', names: ['City:Rūdninkai', 'City:Rukla'] },
      { text: 'Das Schiff war im russischen Ostsee-Hafen Ust-Luga losgefahren.', lang: 'de', names: ['City:Ust-Luga'] },
      { text: 'Drohnen wurden auch am Militärflugplatz Skrydstrup beobachtet.', lang: 'de', names: ['Place:Skrydstrup'] },
      { text: 'Soldiers will live in Vilnius and Pabradė with their families.', lang: 'en', names: ['City:Pabradė'] },
      { text: 'Die Region zwischen Celle und Munster, Unterlüß und Bad Fallingbostel ist stark militarisiert.', lang: 'de', names: ['City:Celle', 'City:Munster', 'City:Bad Fallingbostel'] },
      { text: 'Drones were seen over airports in Aalborg, Billund, and Skrydstrup.', lang: 'en', names: ['City:Billund', 'City:Skrydstrup'] },
      { text: 'The troops will arrive in the German port of Bremerhaven on Jan. 6.', lang: 'en', names: ['City:Bremerhaven'] },
      { text: 'A battalion will be deployed April 1 to Orzysz, in the northeast.', lang: 'en', names: ['City:Orzysz'] },
      { text: 'A brigade from Fort Carson, Colorado will be deployed.', lang: 'en', names: ['Place:Fort Carson'] },
      { text: 'Shells hit Selydove, a small town in eastern Ukraine, overnight.', lang: 'en', names: ['City:Selydove'] },
      { text: 'Drones hit targets in the Tambov region overnight.', lang: 'en', names: ['Place:Tambov region'] },
      { text: 'Drohnen trafen Ziele im Gebiet Rostow.', lang: 'de', names: ['Place:Gebiet Rostow'] },
      { text: 'Die Jets landeten auf dem Luftwaffenstützpunkt Lielvarde in Lettland.', lang: 'de', names: ['Place:Lielvarde'] },
      { text: 'The brigade trained at Joint Base Elmendorf-Richardson in winter.', lang: 'en', names: ['Place:Joint Base Elmendorf-Richardson'] },
      { text: 'Soldiers will move to Camps Bonifas and Greaves next year.', lang: 'en', names: ['Place:Camp Bonifas', 'Place:Camp Greaves'] },
      { text: 'Die Panzer rollten nach Karmelava, einem kleinen Ort nahe Kaunas.', lang: 'de', names: ['City:Karmelava'] },
    ],
    counterExamples: [
      { text: 'The city of the future needs drones.', lang: 'en', names: [] },
      { text: 'Im Hafen Verladen die Arbeiter Munition.', lang: 'de', names: [] },
      { text: 'He met officials in Vilnius and Tuesday was quiet.', lang: 'en', names: [] },
      { text: 'The capital of the region was quiet, in the north of the country.', lang: 'en', names: [] },
      { text: 'Fighting continued in the Kursk region, in the east.', lang: 'en', names: [] },
      { text: 'Zelensky, a former actor in comedies, spoke.', lang: 'en', names: [] },
      { text: 'Camps and barracks were full. The joint base was closed.', lang: 'en', names: [] },
      { text: 'Sie sprach mit Bauern, einer Gruppe in der Stadt. Gestern, eine Stunde vor Mitternacht, begann es.', lang: 'de', names: [] },
    ],
  },
  {
    id: 'ner.dateline',
    examples: [
      { text: 'Celle. Eigentlich ist Celle eine ruhige Stadt.', lang: 'de', names: ['City:Celle'] },
      { text: 'Kopenhagen (dpa) - Drohnen legten den Flughafen lahm.', lang: 'de', names: [] },
      { text: 'HELSINKI, Dec 26 (Reuters) - Finnish police seized a tanker.', lang: 'en', names: [] },
      { text: 'TARTU (AP) - Estonian officials said the cable was cut.', lang: 'en', names: ['City:Tartu'] },
    ],
    counterExamples: [
      { text: 'Rheinmetall. Das ist der Konzern.', lang: 'de', names: [] },
      { text: 'Eigentlich. So war es nicht.', lang: 'de', names: [] },
    ],
  },
  {
    id: 'ner.operation',
    examples: [
      { text: 'The United States launched Operation Prosperity Guardian on Dec. 18.', lang: 'en', names: ['Event:Operation Prosperity Guardian'] },
      { text: 'Die EU-Mission Operation Aspides schützt Schiffe.', lang: 'de', names: ['Event:Operation Aspides'] },
      { text: 'The region has four Arleigh Burke class destroyers and the French Aquitaine-class frigate Languedoc.', lang: 'en', names: ['WeaponType:Arleigh Burke class destroyers', 'WeaponType:Aquitaine-class frigate'] },
      { text: 'The summit was held at the Point Loma naval base and at the Vostochny cosmodrome.', lang: 'en', names: ['Place:Point Loma naval base', 'Place:Vostochny cosmodrome'] },
      { text: 'Südkorea, Japan und die USA kündigten den Beginn ihres Manövers „Freedom Edge“ an.', lang: 'de', names: ['Event:Freedom Edge'] },
      { text: 'The allies began the exercise Nordic Response on Monday.', lang: 'en', names: ['Event:Nordic Response'] },
      { text: 'Britain led the Tarassis drills in the Baltic.', lang: 'en', names: ['Event:Tarassis'] },
      { text: 'Das Orkan-Manöver begann am Montag.', lang: 'de', names: ['Event:Orkan'] },
    ],
    counterExamples: [
      { text: 'The operation began on Monday.', lang: 'en', names: [] },
      { text: 'Die Übung Montag war kurz.', lang: 'de', names: [] },
      { text: 'Large drills began near Taiwan. The Chinese drills ended. Joint Naval drills followed.', lang: 'en', names: [] },
      { text: 'Die Marine-Übung endete. Die Nato-Übung lief.', lang: 'de', names: [] },
    ],
  },
  {
    id: 'ner.meeting',
    examples: [
      { text: 'The members of NATO at a July summit in Warsaw approved the deployment.', lang: 'en', names: ['Meeting:July summit in Warsaw'] },
      { text: 'Moscow and Kyiv may hold their first peace talks in Istanbul on Thursday.', lang: 'en', names: ['Meeting:first peace talks in Istanbul'] },
      { text: 'Der Austritt kommt wenige Tage vor einem Gipfeltreffen von Biden und Putin.', lang: 'de', names: ['Meeting:Gipfeltreffen von Biden und Putin'] },
      { text: 'Beim G7-Gipfel in Hiroshima wurde gestritten.', lang: 'de', names: ['Meeting:G7-Gipfel in Hiroshima'] },
      { text: 'Officials met at the Brussels summit.', lang: 'en', names: ['Meeting:Brussels summit'] },
      { text: 'The decisions of the summit in Madrid still apply.', lang: 'en', names: ['Meeting:summit in Madrid'] },
      { text: 'Nach den Gesprächen in Genf reiste der Minister ab.', lang: 'de', names: ['Meeting:Gesprächen in Genf'] },
    ],
    counterExamples: [
      { text: 'The treaty was signed during a summit in Pyongyang.', lang: 'en', names: [] },
      { text: 'He told a news conference in San Diego that the deal was done.', lang: 'en', names: [] },
      { text: 'Zelensky will attend the NATO summit in Lithuania’s capital, Vilnius.', lang: 'en', names: [] },
      { text: 'Talks in Geneva ended without a result.', lang: 'en', names: [] },
      { text: 'Gespräche in Genf sind jederzeit möglich.', lang: 'de', names: [] },
    ],
  },
  {
    id: 'ner.election',
    examples: [
      { text: 'Marin hat mit ihrer Partei die heutigen Parlamentswahlen verloren.', lang: 'de', names: ['Event:Parlamentswahlen'] },
      { text: 'Lukaschenko sprach am Tag der Präsidentenwahl in Minsk.', lang: 'de', names: ['Event:Präsidentenwahl'] },
      { text: 'Marin lost the Finnish parliamentary election on Sunday.', lang: 'en', names: ['Event:Finnish parliamentary election'] },
    ],
    counterExamples: [
      { text: 'Wahlen sind wichtig. Parlamentswahlen finden alle vier Jahre statt.', lang: 'de', names: [] },
      { text: 'Presidential elections are held every five years.', lang: 'en', names: [] },
    ],
  },
  {
    id: 'ner.document',
    examples: [
      { text: 'The Pentagon released the 2022 National Defense Strategy (NDS) on Thursday.', lang: 'en', names: ['PolicyDocument:2022 National Defense Strategy'] },
      { text: 'It was released alongside the Nuclear Posture Review and the Missile Defense Review.', lang: 'en', names: ['PolicyDocument:Nuclear Posture Review', 'PolicyDocument:Missile Defense Review'] },
      { text: 'Die Regierung beschloss die Nationale Sicherheitsstrategie.', lang: 'de', names: ['PolicyDocument:Nationale Sicherheitsstrategie'] },
      { text: 'The ministers adopted a declaration regarding "Security in the North" on Friday.', lang: 'en', names: ['PolicyDocument:Security in the North'] },
    ],
    counterExamples: [
      { text: 'The review found no violations. A new strategy is needed.', lang: 'en', names: [] },
      { text: 'Die Regierung beschloss eine neue Sicherheitsstrategie.', lang: 'de', names: [] },
      { text: 'The plan called "a disgrace" by its critics failed.', lang: 'en', names: [] },
    ],
  },
  {
    id: 'ner.weapon-designation',
    examples: [
      { text: 'The navy ordered eight MH-60R Seahawk helicopters last year.', lang: 'en', names: ['WeaponType:MH-60R Seahawk'] },
    ],
    counterExamples: [
      { text: 'The A-10 was retired. Route E-40 runs north.', lang: 'en', names: [] },
    ],
  },
];
