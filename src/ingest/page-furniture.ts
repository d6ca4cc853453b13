/**
 * Page furniture that is not article content: bylines, copyright and credit lines, teaser and
 * "most read" headings, share/newsletter prompts. Does: decide per paragraph (whole paragraphs
 * only, never parts of sentences), reusing the extractor's boilerplate lines (`segmentText`) and
 * adding the patterns of saved pages and feeds below. Does not: find the main content of a page
 * (that is Readability, in `html.ts`).
 */
import { segmentText } from '../extract/segment.js';

/** Whole paragraphs that are furniture on news pages (data: extend here, nowhere else). */
const FURNITURE: RegExp[] = [
  // copyright and credits
  /^\s*(©|\(c\)|copyright\b|alle rechte vorbehalten|all rights reserved)/iu,
  /\b(alle rechte vorbehalten|all rights reserved)\.?\s*$/iu,
  /^\s*(foto|bild|photo|image|quelle|source)\s*:\s*\S.{0,80}$/iu,
  // bylines: "Von Anna Berg", "By John Smith and Jane Doe", "Anna Berg, Korrespondentin", with an optional date
  /^\s*([Vv]on|[Bb]y|VON|BY)\s+\p{Lu}[\p{L}.'-]*(\s+(\p{Lu}[\p{L}.'-]*|und|and|von|van|de|,))*\s*([|,·–—-].{0,60})?$/u,
  /^\s*(autor|autorin|author|reporter)\s*:/iu,
  // dates and reading times standing alone
  /^\s*(\d{1,2}\.\s*\p{L}+\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4})(,?\s*\d{1,2}[:.]\d{2}(\s*uhr)?)?\s*$/iu,
  /^\s*(lesezeit|reading time)\b.{0,30}$/iu,
  /^\s*\d+\s*(min\.?|minuten|minutes?)\s*(lesezeit|read)?\s*$/iu,
  // teaser and navigation headings
  /^\s*(lesen sie auch|das könnte sie auch interessieren|auch interessant|weitere artikel|mehr aus|mehr zu|meistgelesen|am meisten gelesen|top[- ]?(themen|stories|news)|most popular|you may also like|see also|also read|trending|related (articles|stories))\b.{0,120}$/iu,
  /^\s*(kommentare|comments|leserkommentare)(\s*\(\d+\))?\s*$/iu,
  /^\s*(zur startseite|back to top|nach oben|home|startseite)\s*$/iu,
];

/** Furniture is short: a longer paragraph is content. */
const MAX_FURNITURE_CHARS = 300;

/** Is this paragraph page furniture rather than article content? */
export function isFurniture(paragraph: string): boolean {
  const p = paragraph.trim();
  if (p === '') return true;
  if (p.length > MAX_FURNITURE_CHARS) return false;
  if (FURNITURE.some((re) => re.test(p))) return true;
  const seg = segmentText(p);
  return seg.boilerplate.length > 0 && seg.sentences.length === 0;
}

/** Normalise paragraphs (collapse inner whitespace), drop furniture and empty ones, join with blank lines. */
export function joinParagraphs(paragraphs: Iterable<string>): string {
  const kept: string[] = [];
  for (const raw of paragraphs) {
    const p = raw.replace(/[ \t\u00a0\r\f\v]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (p !== '' && !isFurniture(p)) kept.push(p);
  }
  return kept.join('\n\n');
}
