/**
 * Role families: the positions the extractor reads ("Verteidigungsministerin", "Defence Minister",
 * "spokesman") grouped into one family per office, in every language, so that resolution can tell
 * whether two people with the same name hold compatible roles.
 *
 * Does: map a position literal to its family (German feminine forms and case folded). Does not:
 * find roles in text (that is the extractor) or decide merges (see `resolve.ts`).
 */
import { foldName } from './names.js';

/** Family → the spellings of its roles (folded: lower case, no diacritics). Defined once, here. */
export const ROLE_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  'head-of-state': ['prasident', 'president', 'staatschef', 'staatsoberhaupt', 'head of state'],
  'head-of-government': ['ministerprasident', 'prime minister', 'premier', 'premierminister', 'regierungschef', 'bundeskanzler', 'kanzler', 'chancellor'],
  'defence-minister': ['verteidigungsminister', 'defence minister', 'defense minister', 'minister of defence', 'minister of defense'],
  'foreign-minister': ['aussenminister', 'foreign minister', 'minister of foreign affairs', 'secretary of state'],
  spokesperson: ['sprecher', 'regierungssprecher', 'kremlsprecher', 'spokesman', 'spokeswoman', 'spokesperson'],
  'secretary-general': ['generalsekretar', 'secretary-general', 'secretary general'],
};

const BY_SPELLING = new Map<string, string>();
for (const [family, spellings] of Object.entries(ROLE_FAMILIES)) for (const s of spellings) BY_SPELLING.set(s, family);

/** "Verteidigungsministerin" → `defence-minister`; an unknown role is its own family (folded). */
export function roleFamily(position: string): string {
  const folded = foldName(position).trim().replace(/\s+/g, ' ');
  const base = folded.replace(/(in|innen)$/, '');
  return BY_SPELLING.get(folded) ?? BY_SPELLING.get(base) ?? folded;
}
