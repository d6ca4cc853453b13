/**
 * Role nouns: the offices news text names people by, in German and English, each mapped to one
 * canonical role key (the `ng:position` value and the register's `ng:role`). German entries list
 * the masculine nominative; the feminine and inflected forms (-in, -innen, -en, -s, -n) are derived
 * by {@link roleForms}. Which roles make their holder the head of state or government of the
 * affiliated state is data here too. Does not: find roles in text (see `people.ts`, `coref.ts`).
 */
import { wordMemo } from '../../util/word-memo.js';

/** One office and its names. */
export interface RoleEntry {
  key: string;
  de: string[];
  en: string[];
  /** Holders of this role for a state are its head of state / government. */
  head?: 'state' | 'government';
  /** A description, not an office ("expert", "Admiral"): it finds and refers to people but is never written as their position. */
  descriptive?: true;
}

/** The key of military ranks: a title, not an office, that may stand between an office and its holder's name ("Defense Minister Brigadier General …"). */
export const MILITARY_RANK = 'military officer';

/** The key of "Kollege", "counterpart": the holder of the same office elsewhere, an office read from context. */
export const COUNTERPART = 'counterpart';

export const ROLES: readonly RoleEntry[] = [
  { key: 'president', de: ['Präsident', 'Staatspräsident', 'Staatschef', 'Staatsoberhaupt', 'Kremlchef', 'Kreml-Chef'], en: ['President', 'head of state', 'Kremlin leader'], head: 'state' },
  { key: 'vice president', de: ['Vizepräsident'], en: ['Vice President', 'Vice-President'] },
  { key: 'prime minister', de: ['Ministerpräsident', 'Premierminister', 'Premier', 'Regierungschef'], en: ['Prime Minister', 'Premier', 'head of government', 'PM'], head: 'government' },
  { key: 'chancellor', de: ['Bundeskanzler', 'Kanzler'], en: ['Chancellor'], head: 'government' },
  { key: 'foreign minister', de: ['Außenminister', 'Aussenminister', 'Chefdiplomat'], en: ['Foreign Minister', 'Foreign Secretary', 'Secretary of State', 'Minister of Foreign Affairs', 'top diplomat', 'FM'] },
  { key: 'deputy foreign minister', de: ['Vize-Außenminister', 'Vizeaußenminister', 'stellvertretende Außenminister', 'stellvertretender Außenminister'], en: ['Deputy Foreign Minister'] },
  { key: 'defence minister', de: ['Verteidigungsminister'], en: ['Defence Minister', 'Defense Minister', 'Defence Secretary', 'Defense Secretary', 'Secretary of Defense', 'Minister of Defence', 'Minister of Defense', 'Minister of National Defence', 'Minister of National Defense'] },
  { key: 'deputy defence minister', de: ['Vize-Verteidigungsminister', 'stellvertretende Verteidigungsminister'], en: ['Deputy Defence Minister', 'Deputy Defense Minister'] },
  { key: 'minister', de: ['Minister'], en: ['Minister', 'Treasury Secretary', 'Secretary of the Treasury', 'Commerce Secretary', 'Secretary of Commerce', 'Energy Secretary', 'Home Secretary', 'Justice Secretary', 'Health Secretary', 'Culture Secretary', 'Business Secretary', 'Transport Secretary', 'Homeland Security Secretary', 'Secretary of Homeland Security', 'Interior Secretary'] },
  { key: 'spokesperson', de: ['Sprecher', 'Regierungssprecher', 'Kremlsprecher', 'Kreml-Sprecher', 'Pressesprecher', 'Außenamtssprecher', 'Ministeriumssprecher'], en: ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary', 'Kremlin spokesman', 'Kremlin spokesperson'] },
  { key: 'secretary-general', de: ['Generalsekretär', 'Nato-Chef', 'NATO-Chef', 'Uno-Chef', 'UN-Chef'], en: ['Secretary-General', 'Secretary General', 'NATO chief', 'UN chief'] },
  { key: 'director-general', de: ['Generaldirektor'], en: ['Director General', 'Director-General'] },
  { key: 'ambassador', de: ['Botschafter', 'Uno-Botschafter', 'UN-Botschafter'], en: ['Ambassador', 'envoy to the UN'] },
  { key: 'envoy', de: ['Gesandter', 'Sondergesandter', 'Sonderbeauftragter'], en: ['envoy', 'special envoy'] },
  { key: 'king', de: ['König'], en: ['King'], head: 'state' },
  { key: 'supreme leader', de: ['oberster Führer', 'Oberster Führer', 'Religionsführer', 'Revolutionsführer'], en: ['Supreme Leader'], head: 'state' },
  { key: 'leader', de: ['Machthaber', 'Diktator', 'Staatsführer', 'Anführer'], en: ['leader', 'dictator', 'strongman'], head: 'state' },
  { key: 'chief of staff', de: ['Generalstabschef', 'Stabschef'], en: ['Chief of Staff', 'Chief of the General Staff', 'Chief of General Staff', 'Chief of the Defence Staff'] },
  { key: 'commander', de: ['Kommandeur', 'Befehlshaber', 'Oberbefehlshaber'], en: ['Commander', 'commander-in-chief'] },
  { key: 'national security adviser', de: ['Sicherheitsberater', 'Nationaler Sicherheitsberater'], en: ['National Security Adviser', 'National Security Advisor', 'security adviser'] },
  { key: 'head of government', de: ['Regierungschefin'], en: [] },
  { key: 'high representative', descriptive: true, de: ['Außenbeauftragte', 'Außenbeauftragter', 'EU-Außenbeauftragte', 'EU-Außenbeauftragter', 'Chefdiplomatin'], en: ['High Representative', 'foreign policy chief'] },
  { key: 'head', descriptive: true, de: ['Chef', 'Leiter'], en: ['head', 'chief'] },
  { key: 'mayor', descriptive: true, de: ['Bürgermeister', 'Oberbürgermeister'], en: ['Mayor'] },
  { key: 'governor', descriptive: true, de: ['Gouverneur', 'Regionalgouverneur', 'Militärgouverneur'], en: ['Governor', 'regional governor'] },
  { key: 'chair', descriptive: true, de: ['Vorsitzende', 'Vorsitzender', 'Vorsitzenden'], en: ['chair', 'chairman', 'chairwoman'] },
  { key: 'adviser', descriptive: true, de: ['Berater', 'Präsidentenberater', 'Kremlberater', 'außenpolitische Berater', 'außenpolitischer Berater'], en: ['aide', 'adviser', 'advisor', 'foreign policy adviser', 'foreign policy aide', 'presidential aide', 'foreign affairs adviser'] },
  // "Seine US-Amtskollegin Nikki Haley warnte", "his Azerbaijani counterpart X": the holder of the same office elsewhere
  { key: COUNTERPART, descriptive: true, de: ['Amtskollege', 'Kollege'], en: ['counterpart'] },
  { key: 'representative', descriptive: true, de: ['Vertreter', 'Funktionär', 'Unterhändler'], en: ['representative', 'negotiator'] },
  { key: 'politician', descriptive: true, de: ['Politiker', 'Abgeordnete', 'Abgeordneter'], en: ['politician', 'lawmaker'] },
  { key: 'expert', descriptive: true, de: ['Experte', 'Expertin', 'Analyst', 'Analystin', 'Forscher', 'Wissenschaftler', 'Politologe', 'Politologin'], en: ['expert', 'analyst', 'researcher', 'scholar'] },
  { key: MILITARY_RANK, descriptive: true, de: ['Admiral', 'Vizeadmiral', 'Konteradmiral', 'General', 'Generaloberst', 'Generalleutnant', 'Generalmajor', 'Brigadegeneral', 'Oberst', 'Oberstleutnant', 'Kapitän'], en: ['Admiral', 'Vice Admiral', 'Rear Admiral', 'General', 'Gen.', 'Colonel General', 'Lieutenant General', 'Major General', 'Brigadier General', 'Brigadier', 'Colonel', 'Lieutenant Colonel', 'Senior Colonel', 'Col.', 'Captain', 'Capt.', 'Air Marshal', 'Field Marshal'] },
];

/** Prefixes of German role compounds and first words of English offices that name the owner without being its name ("Bundesaußenminister", "Treasury Secretary": only the United States has one). */
export const COMPOUND_OWNER_PREFIX: Readonly<Record<string, string>> = { bundes: 'Germany', kreml: 'Russia', kremlin: 'Russia', 'weißes-haus': 'United States', treasury: 'United States' };

/** German surface forms of a masculine role noun: feminine, plural, genitive, dative. */
export function roleForms(word: string): string[] {
  const last = word.split(/[\s-]/).at(-1)!;
  if (/(in|innen)$/.test(last) && last !== 'Chefdiplomat') return [word];
  const out = [word, `${word}in`, `${word}innen`];
  if (/(ent|at|ant|ar)$/.test(last)) out.push(`${word}en`); // Präsidenten, Chefdiplomaten
  else out.push(`${word}s`); // Außenministers
  if (/e$/.test(last)) out.push(`${word}n`); // des Gesandten? (rare)
  return out;
}

export interface RoleName {
  surface: string;
  role: RoleEntry;
  lang: 'de' | 'en';
}

/** Every surface form of every role, longest first (for longest-match lookup). */
export const ROLE_NAMES: readonly RoleName[] = ROLES.flatMap((role) => [
  ...role.de.flatMap((w) => roleForms(w).map((surface) => ({ surface, role, lang: 'de' as const }))),
  ...role.en.flatMap((w) => [w, `${w}s`].map((surface) => ({ surface, role, lang: 'en' as const }))),
]).sort((a, b) => b.surface.length - a.surface.length);

const BY_KEY = new Map(ROLES.map((r) => [r.key, r]));

/** The role entry for a canonical key. */
export function roleByKey(key: string): RoleEntry | undefined {
  return BY_KEY.get(key);
}

/** Role names by their first word (lower case), each with its words in lower case. */
const FIRST = new Map<string, Array<RoleName & { words: string[] }>>();
for (const r of ROLE_NAMES) {
  const words = r.surface.split(/\s+/).map((w) => w.toLowerCase());
  FIRST.set(words[0]!, [...(FIRST.get(words[0]!) ?? []), { ...r, words }]);
}

/** The role names whose first word is `w` (any case); each distinct word is looked up once. */
const startingWith = wordMemo((w: string): ReadonlyArray<RoleName & { words: string[] }> => FIRST.get(w.toLowerCase()) ?? []);

/**
 * The role named by the words starting at `words[i]` (case-insensitive; a German compound's last
 * part counts too: "Nato-Generalsekretär", "Kreml-Sprecher"), or undefined.
 */
/** A military rank starting at word `i` ("Brigadier General", "Oberst"), if any. */
export function rankAt(words: readonly string[], i: number): ReturnType<typeof roleAt> {
  const hit = roleAt(words, i);
  return hit?.role.key === MILITARY_RANK ? hit : undefined;
}

export function roleAt(words: readonly string[], i: number): { role: RoleEntry; length: number; lang: 'de' | 'en'; prefix?: string } | undefined {
  const w = words[i];
  if (!w) return undefined;
  for (const c of startingWith(w)) {
    let k = 1;
    while (k < c.words.length && words[i + k]?.toLowerCase() === c.words[k]) k++;
    // "leader" and "minister" alone are weak; the callers decide with context
    if (k === c.words.length) return { role: c.role, length: c.words.length, lang: c.lang };
  }
  const dash = w.lastIndexOf('-');
  if (dash > 0) {
    const tail = roleAt([w.slice(dash + 1)], 0);
    if (tail && tail.length === 1) return { ...tail, prefix: w.slice(0, dash) };
  }
  return undefined;
}
