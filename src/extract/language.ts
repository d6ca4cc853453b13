/**
 * A small language check for German and English news text by function words, so that a wrong
 * `--lang` flag is caught instead of silently extracting nothing. Does not: identify other languages.
 */
const DE = new Set(['der', 'die', 'das', 'und', 'nicht', 'mit', 'den', 'dem', 'des', 'ist', 'ein', 'eine', 'dass', 'auf', 'für', 'sich', 'von', 'zu', 'im', 'wurde']);
const EN = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'on', 'was', 'by', 'as', 'it', 'from', 'at', 'his', 'has', 'be', 'are', 'which']);

/** 'de', 'en', or undefined when the text gives too little evidence. */
export function guessLanguage(text: string): 'de' | 'en' | undefined {
  let de = 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (DE.has(w)) de++;
    if (EN.has(w)) en++;
  }
  if (de + en < 5) return undefined;
  return de > en * 2 ? 'de' : en > de * 2 ? 'en' : undefined;
}
