/**
 * The held-out set (data/holdout/): its gold is well formed in the dev set's format, covers both
 * languages, shares no outlet with the dev set, and — where the git-ignored texts are present —
 * matches their hashes and points inside them (code-point offsets). And `npm run eval`'s
 * `--data` reading: a data folder scores its seed, both gold sets and the fixtures; a gold-set
 * folder is scored alone with the register of the data folder it sits in.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDevSet, SCORED_PREDICATES, type DevArticle } from '../src/extract/devset.js';
import { evalTargets, GOLD_SETS } from '../src/extract/eval-main.js';
import { parseCuratedTime } from '../src/model/curation.js';
import { restoreText } from '../src/extract/restore-text.js';
import { createHash } from 'node:crypto';

const DATA = join(import.meta.dirname, '..', 'data');
const goldSet = (dir: string): DevArticle[] => readDevSet(join(DATA, dir, 'gold'), join(DATA, dir, 'texts'));
const held = goldSet('holdout');
const host = (url: string) => new URL(url).hostname.replace(/^(www|m|app|plus|en|de|deu|new|dev-v4|english)\./, '');

describe('the held-out gold', () => {
  it('has at least 8 German and 8 English articles, each named by its file', () => {
    expect(held.filter((a) => a.gold.language === 'de').length).toBeGreaterThanOrEqual(8);
    expect(held.filter((a) => a.gold.language === 'en').length).toBeGreaterThanOrEqual(8);
    for (const a of held) expect(a.goldPath.endsWith(`${a.gold.id}.yaml`)).toBe(true);
  });

  it('shares no outlet and no article with the dev set', () => {
    const dev = goldSet('devset');
    const devHosts = new Set(dev.map((a) => host(a.gold.url)));
    expect(held.map((a) => host(a.gold.url)).filter((h) => devHosts.has(h))).toEqual([]);
    const ids = new Set(dev.map((a) => a.gold.id));
    expect(held.filter((a) => ids.has(a.gold.id))).toEqual([]);
  });

  it('uses only gold entities, the scored vocabulary and dates in the gold syntax', () => {
    const problems: string[] = [];
    for (const { gold: g } of held) {
      const names = new Set(g.entities.map((e) => e.name));
      const isEntity = (n: string, what: string) => names.has(n) || problems.push(`${g.id}: ${what} ${n} is not a gold entity`);
      for (const [s, p, o] of g.relations) {
        if (!SCORED_PREDICATES.has(p)) problems.push(`${g.id}: predicate ${p}`);
        isEntity(s, 'subject');
        if (p === 'signedOn') parseCuratedTime(String(o));
        else if (p !== 'position') isEntity(o, 'object');
      }
      for (const st of g.statements) {
        if (st.speaker !== 'unknown') isEntity(st.speaker, 'speaker');
        if (!['direct', 'indirect'].includes(st.mode)) problems.push(`${g.id}: mode ${st.mode}`);
        parseCuratedTime(String(st.date).replace(/^<=/, ''));
        for (const [s, , o] of st.claims ?? []) isEntity(s, 'claim subject'), isEntity(o, 'claim object');
      }
      for (const d of g.dates) parseCuratedTime(String(d.value));
    }
    expect(problems).toEqual([]);
  });

  it('points inside its texts where they are present (code points, hash checked)', () => {
    for (const a of held.filter((x) => x.text !== undefined)) {
      const length = [...a.text!].length;
      for (const [start, end] of [...a.gold.statements.map((s) => s.at), ...a.gold.dates.map((d) => d.at)]) {
        expect(0 <= start && start < end && end <= length, `${a.gold.id} [${start}, ${end}]`).toBe(true);
      }
    }
    expect(held.filter((a) => a.missing && !a.missing.startsWith('text not present')).map((a) => a.missing)).toEqual([]);
  });
});

describe('what eval --data names', () => {
  it('a data folder: its seed, the dev set, then the held-out set', () => {
    const t = evalTargets(DATA);
    expect(t.whole).toBe(true);
    expect(t.data).toBe(DATA);
    expect(t.sets.map((s) => s.folder)).toEqual(GOLD_SETS.map((s) => join(DATA, s.dir)));
    expect(t.sets[1]!.title).toMatch(/held-out/i);
  });

  it('a gold-set folder: scored alone, with the register of its data folder', () => {
    const t = evalTargets(join(DATA, 'holdout'));
    expect(t).toMatchObject({ data: DATA, whole: false, sets: [{ key: 'holdout', folder: join(DATA, 'holdout') }] });
    const tmp = mkdtempSync(join(tmpdir(), 'ng-goldset-'));
    try {
      mkdirSync(join(tmp, 'mine', 'gold'), { recursive: true });
      expect(evalTargets(join(tmp, 'mine'))).toMatchObject({ data: join(tmp, 'mine'), whole: false, sets: [{ key: 'mine', title: 'gold set mine' }] });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('restoring a gold set text from its stored excerpt (npm run restore-text)', () => {
  const stored = ' date 2024-03 Teaser line of our own.\n\nFirst paragraph, written for this test. Second sentence.\n\nA last sentence that the corpus cut off in the mid';
  const wanted = 'Teaser line of our own.\nFirst paragraph, written for this test. Second sentence.';
  const hash = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

  it('finds the normalisation whose hash the gold names: label dropped, blank lines folded, half sentence cut', () => {
    expect(restoreText(stored, hash(wanted))).toBe(wanted);
    expect(restoreText(stored, hash(`${wanted}\n`))).toBe(`${wanted}\n`);
  });

  it('gives nothing when no normalisation matches (a caption the gold dropped must be removed by hand)', () => {
    expect(restoreText(`Photo: agency\n${stored}`, hash(wanted))).toBeUndefined();
  });
});
