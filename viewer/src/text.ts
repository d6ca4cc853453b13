/**
 * Safe DOM building: every piece of data becomes a text node, never markup. Also code-point slicing
 * of source texts for evidence highlighting. Does not: hold state.
 */

/** Create an element with text content (never innerHTML) and optional attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

const cpCache = new WeakMap<object, string[]>();

/** Code points of a text (cached per owning object). */
export function codePoints(owner: object, text: string): string[] {
  let cps = cpCache.get(owner);
  if (!cps) {
    cps = Array.from(text);
    cpCache.set(owner, cps);
  }
  return cps;
}

/** "1 source", "3 sources". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
