/**
 * Regular-expression helpers. Does: escape text to match literally. Does not: compile or cache
 * patterns.
 */

/** The text with every regular-expression metacharacter escaped, to match it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
