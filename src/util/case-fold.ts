/**
 * Faster twins of case-insensitive Unicode regexes. V8 runs `\b` and `\w` under `/iu` (where they
 * must also see ſ and the Kelvin sign) many times slower than under `/i`; most sentences are read
 * by such patterns once or more. Without the `u` flag a pattern with no Unicode-only syntax
 * (`\p{…}`, `\u{…}`) reads a text exactly as with it unless the text holds a character that folds
 * differently (ſ, K, Å, Ω, ẞ) or a surrogate pair (which `u` reads as one character):
 * {@link unicodeSensitive} says when, and the caller then uses the original regex.
 * Does not: change what any pattern means.
 */

/** Characters read differently with and without the `u` flag by a case-insensitive pattern: Unicode-only case folds, surrogates. */
const UNICODE_SENSITIVE = /[\u017F\u212A\u212B\u2126\u1E9E\uD800-\uDFFF]/;

/** Syntax that exists only with the `u` flag. */
const UNICODE_SYNTAX = /\\[pPu]\{/;

/** Could a regex and its {@link asciiTwin} read this text differently? Then use the original. */
export function unicodeSensitive(text: string): boolean {
  return UNICODE_SENSITIVE.test(text);
}

/**
 * The same pattern without the `u` flag, when it is case-insensitive and has no Unicode-only
 * syntax: it matches exactly as the original on every text {@link unicodeSensitive} rejects. Any
 * other regex is returned as it is.
 */
export function asciiTwin(re: RegExp): RegExp {
  if (!re.flags.includes('i') || !re.flags.includes('u') || UNICODE_SYNTAX.test(re.source)) return re;
  return new RegExp(re.source, re.flags.replace('u', ''));
}

/** A regex as a function of the text it will read: its {@link asciiTwin} when that reads the text alike, else itself. */
export function twinFor(re: RegExp): (text: string) => RegExp {
  const twin = asciiTwin(re);
  return twin === re ? () => re : (text) => (unicodeSensitive(text) ? re : twin);
}
