/**
 * The extractor's per-sentence and per-word memos answer as a fresh computation would: reporting
 * verbs are found again when a sentence's mentions are linked anew, the gazetteer's first-word
 * filter never hides a name a document copy learnt nor one written in another case, and a word
 * memo remembers undefined answers too.
 */
import { describe, expect, it } from 'vitest';
import { reportingVerbs } from '../src/extract/speech.js';
import { tokenize } from '../src/extract/tokens.js';
import { Gazetteer } from '../src/extract/gazetteer.js';
import { bodyNounAt, isDocumentNoun } from '../src/extract/lexicon/body-nouns.js';
import type { SentenceInfo } from '../src/extract/sentence.js';
import { wordMemo } from '../src/util/word-memo.js';

function sentence(text: string): SentenceInfo {
  return { index: 0, start: 0, end: text.length, text, paragraph: 0, tokens: tokenize(text), mentions: [], shadows: [], dates: [], roles: [], agents: [] };
}

describe('reporting verbs per sentence', () => {
  it('are read again when the mentions are linked anew', () => {
    const s = sentence('The talks failed, reports Meduza.');
    expect(reportingVerbs(s, () => false)).toEqual([]);
    const at = s.text.indexOf('Meduza');
    s.mentions = [{ entity: 'https://example.org/Meduza', start: at, end: at + 6, text: 'Meduza', rule: 'r', confidence: 1 }];
    expect(reportingVerbs(s, () => false).map((v) => s.tokens[v.token]!.t)).toEqual(['reports']);
  });

  it('apply the quotation test per call', () => {
    const s = sentence('Putin sagte, er komme.');
    expect(reportingVerbs(s, () => false)).toHaveLength(1);
    expect(reportingVerbs(s, () => true)).toEqual([]);
    expect(reportingVerbs(s, () => false)).toHaveLength(1);
  });
});

describe('gazetteer first-word filter', () => {
  it('finds names a document copy learns, and the register copy does not', () => {
    const base = new Gazetteer([], { worldStates: false });
    const doc = base.forDocument();
    doc.addName('Zyxwv Qorbal', 'https://example.org/Q', true);
    expect(doc.match('Gestern sprach Zyxwv Qorbal.').map((m) => m.text)).toEqual(['Zyxwv Qorbal']);
    expect(base.match('Gestern sprach Zyxwv Qorbal.')).toEqual([]);
  });

  it('finds a name written in any case, ASCII or not (the filter folds ASCII words in place)', () => {
    const g = new Gazetteer([], { worldStates: false });
    const names = ['Zyxwv Qorbal', 'Ölvörð Ärnsted', 'Kelvin Kappa', 'İzmir Paşa', 'ẞtraße Nord'];
    names.forEach((n, i) => g.addName(n, `https://example.org/${i}`, true));
    const found = (written: string) => g.match(`Gestern sprach ${written} lange.`).map((m) => m.entity);
    names.forEach((n, i) => expect(found(n), n).toEqual([`https://example.org/${i}`]));
    // forms whose case mapping keeps the words: every casing is the name
    for (const [i, n] of [[0, 'Zyxwv Qorbal'], [1, 'Ölvörð Ärnsted'], [2, 'Kelvin Kappa']] as const) {
      for (const written of [n.toLowerCase(), n.toUpperCase(), n.replace(/^./u, (c) => c.toLowerCase())]) expect(found(written), written).toEqual([`https://example.org/${i}`]);
    }
  });
});

describe('word memo', () => {
  it('remembers every answer, undefined too, and looks each word up once', () => {
    const asked: string[] = [];
    const memo = wordMemo((w: string) => {
      asked.push(w);
      return w.startsWith('a') ? w.length : undefined;
    });
    for (let i = 0; i < 3; i++) {
      expect(memo('abc')).toBe(3);
      expect(memo('xyz')).toBeUndefined();
    }
    expect(asked).toEqual(['abc', 'xyz']);
  });
});

describe('noun lookups', () => {
  it('answer alike when asked again, in either case', () => {
    for (let i = 0; i < 2; i++) {
      expect(bodyNounAt('Verteidigungsministerium', 'de')?.en).toContain('ministry');
      expect(bodyNounAt('ministry', 'de')).toBeUndefined();
      expect(isDocumentNoun('Doktrin', 'de')).toBe(true);
      expect(isDocumentNoun('Doctrine', 'en')).toBe(true);
      expect(isDocumentNoun('doctrines', 'en')).toBe(false);
    }
  });
});
