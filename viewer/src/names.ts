/**
 * Names as the viewer shows them: labels shortened for the canvas (the full text on hover and in
 * the details panel), and a node's other names without repeats. Pure functions, no DOM.
 */

/** Longest label drawn on the canvas, in characters. */
export const LABEL_MAX = 28;

/** `label` cut at a word boundary to at most `max` characters, with "…" when cut. */
export function shortLabel(label: string, max = LABEL_MAX): string {
  const text = label.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.(–-]+$/u, '')}…`;
}

/** The aliases worth listing beside the labels: each name once (case-insensitively), none that is already a label. */
export function otherNames(labels: ReadonlyArray<{ value: string }>, aliases: ReadonlyArray<{ value: string }>): string[] {
  const seen = new Set(labels.map((l) => l.value.toLocaleLowerCase()));
  const out: string[] = [];
  for (const a of aliases) {
    const k = a.value.toLocaleLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a.value);
  }
  return out;
}
