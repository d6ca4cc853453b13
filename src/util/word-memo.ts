/**
 * Memoised word lookups against constant lexicons: each distinct word (as written) is looked up
 * once, and its answer never changes because the lexicon does not. The memory is bounded: past
 * `size` distinct words the memo starts afresh. Does not: suit anything whose answer can change.
 */

/** `lookup` memoised per distinct word. */
export function wordMemo<T>(lookup: (word: string) => T, size = 50_000): (word: string) => T {
  // an answer of `undefined` is kept as NONE, so that one lookup tells a remembered answer from none
  const seen = new Map<string, T | typeof NONE>();
  return (word) => {
    const known = seen.get(word);
    if (known !== undefined) return known === NONE ? (undefined as T) : known;
    if (seen.size >= size) seen.clear();
    const found = lookup(word);
    seen.set(word, found === undefined ? NONE : found);
    return found;
  };
}

/** A remembered answer of `undefined`. */
const NONE = Symbol('none');
