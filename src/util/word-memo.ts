/**
 * Memoised word lookups against constant lexicons: each distinct word (as written) is looked up
 * once, and its answer never changes because the lexicon does not. The memory is bounded: past
 * `size` distinct words the memo starts afresh. Does not: suit anything whose answer can change.
 */

/** `lookup` memoised per distinct word. */
export function wordMemo<T>(lookup: (word: string) => T, size = 50_000): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    if (seen.has(word)) return seen.get(word) as T;
    if (seen.size >= size) seen.clear();
    const found = lookup(word);
    seen.set(word, found);
    return found;
  };
}
