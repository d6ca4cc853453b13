/**
 * Corpus input and incremental builds: saved pages from three outlets, a Markdown file, an RSS and
 * an Atom feed, a binary file, a malformed feed and a page without an article (test/fixtures/corpus/, written for
 * these tests) → the extracted text without page furniture, the metadata, skip-and-continue with
 * exit code 1, every evidence span equal to the stored text, and builds that extract only what
 * changed and replace only the changed article's graph.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { readArticles, type IngestResult } from '../src/ingest/read.js';
import { normaliseDate, slugId } from '../src/ingest/metadata.js';
import { buildGraph } from '../src/build/pipeline.js';
import { NG, OA, PREFIXES } from '../src/model/vocab.js';
import { cli } from './support/cli.js';

const ROOT = new URL('..', import.meta.url).pathname;
const CORPUS = join(ROOT, 'test/fixtures/corpus');

const FURNITURE = [
  'Meistgelesen', 'Lesen Sie auch', 'Von Greta Lindholm', 'Greta Lindholm', '7. Dezember 2024\n', '©', 'Alle Rechte', 'Newsletter', 'Impressum', 'Politik',
  'Most read', 'By Tom Ashdown', 'Related stories', 'Copyright', 'Ferry strike', 'Subscribe', 'Autor:', 'Lukas Brunner', 'Teilen', 'Foto:', 'Startseite',
  'könnte Sie auch interessieren', 'By Clara Hollis', 'Delegates in the hall', 'embedded widget', 'Von Mira Sandberg', 'Mehr zum Thema',
];

let read: IngestResult;
const article = (origin: string) => {
  const a = read.articles.find((x) => x.origin.endsWith(origin));
  if (!a) throw new Error(`no article from ${origin}`);
  return a;
};

beforeAll(() => {
  read = readArticles([CORPUS]);
});

describe('ingest readers', () => {
  it('find the article text of saved pages from three outlets, without navigation, teasers, bylines or copyright lines', () => {
    const nordblick = article('nordblick-treaty.html');
    expect(nordblick.format).toBe('html');
    expect(nordblick.text.split('\n\n')).toEqual([
      'Minsker Vertrag: Was die Garantien bedeuten',
      expect.stringMatching(/^Russland und Weißrussland haben am 6\. Dezember 2024 in Minsk den Vertrag über Sicherheitsgarantien unterzeichnet\./),
      expect.stringMatching(/^Der russische Präsident Wladimir Putin erklärte/),
      expect.stringMatching(/^Der weißrussische Präsident Alexander Lukaschenko sagte/),
      expect.stringMatching(/^Im März 2023 hatte Putin angekündigt/),
    ]);
    const ledger = article('harbour-ledger-treaty.html');
    expect(ledger.text.split('\n\n')).toHaveLength(5);
    expect(ledger.text).toMatch(/^Russia and Belarus sign security pact in Minsk\n\nRussia and Belarus signed the Treaty on Security Guarantees in Minsk on 6 December 2024\./);
    expect(article('alpenpost-doctrine.html').text).toMatch(/^Moskau ändert seine Nukleardoktrin\n\nRussland hat am 19\. November 2024 seine Nukleardoktrin aktualisiert\./);
    for (const a of read.articles) for (const f of FURNITURE) expect(a.text, `${a.origin} contains ${JSON.stringify(f)}`).not.toContain(f);
  });

  it('read page metadata: JSON-LD NewsArticle before og: tags before <html lang>', () => {
    expect(article('nordblick-treaty.html').meta).toEqual({
      id: 'nordblick-treaty', language: 'de', published: '2024-12-07', publisher: 'Nordblick',
      title: 'Minsker Vertrag: Was die Garantien bedeuten', url: 'https://nordblick.example/politik/minsker-vertrag',
    });
    expect(article('harbour-ledger-treaty.html').meta).toEqual({
      id: 'harbour-ledger-treaty', language: 'en', published: '2024-12-06', publisher: 'The Harbour Ledger',
      title: 'Russia and Belarus sign security pact in Minsk', url: 'https://ledger.example/world/security-pact',
    });
    // JSON-LD in an @graph, inLanguage as an object, publisher from JSON-LD over og:site_name
    expect(article('alpenpost-doctrine.html').meta).toEqual({ id: 'alpenpost-doctrine', language: 'de', published: '2024-11-20', publisher: 'Alpenpost', title: 'Moskau ändert seine Nukleardoktrin' });
  });

  it('read Markdown (front matter, markup stripped, paragraphs kept) and the items of RSS and Atom feeds', () => {
    const md = article('westwind-session.md');
    expect(md.meta).toEqual({ id: 'westwind-session', language: 'en', published: '2024-12-08', publisher: 'Westwind Review', title: 'Session in Minsk ends with a treaty' });
    expect(md.text.split('\n\n')).toEqual([
      'Session in Minsk ends with a treaty',
      'The Supreme State Council of the Union State met in Minsk on 6 December 2024, and the session ended with the signing of the Treaty on Security Guarantees.',
      'Russian President Vladimir Putin said that the treaty allows the use of all available means in the event of aggression. Alexander Lukashenko called the agreement a guarantee for the next decades.',
      '"The treaty sets out joint allied obligations to guarantee defence and sovereignty," Putin told the session.',
      'Putin announced in March 2023 the plan to station Russian nuclear weapons on Belarusian territory.',
      'On 19 November 2024, Russia updated its nuclear doctrine.',
    ]);
    const rss = article('ostwind-feed.rss#1');
    expect(rss.format).toBe('rss');
    expect(rss.meta).toEqual({
      id: 'ostwind-feed-lukaschenko-lobt-partnerschaft-mit-moskau', language: 'de', published: '2024-12-07', publisher: 'Ostwind Nachrichten',
      title: 'Lukaschenko lobt Partnerschaft mit Moskau', url: 'https://ostwind.example/2024/12/lukaschenko-partnerschaft',
    });
    expect(rss.text).toMatch(/^Lukaschenko lobt Partnerschaft mit Moskau\n\nDer weißrussische Präsident Alexander Lukaschenko hat/);
    expect(article('ostwind-feed.rss#3').meta.id).toBe('ostwind-feed-atomwaffen-in-weissrussland-ein-rueckblick');
    const atom = read.articles.filter((a) => a.format === 'atom');
    expect(atom.map((a) => [a.meta.published, a.meta.language, a.meta.url])).toEqual([
      ['2024-12-08', 'en', 'https://ledger.example/world/warsaw-asks'],
      ['2024-11-21', 'en', 'https://ledger.example/world/doctrine-explained'],
    ]);
    expect(atom[1]!.text).toContain('Analysts said the change mattered more for its signal than for its substance.');
  });

  it('skip what cannot be read, with the path and the reason, and go on', () => {
    expect(read.articles).toHaveLength(8);
    expect(read.skipped.map((s) => [s.origin.slice(CORPUS.length + 1), s.reason])).toEqual([
      ['broken-feed.rss', expect.stringMatching(/^malformed XML at line 3, column 47: /)],
      ['broken-page.html', expect.stringMatching(/binary data/)],
      ['index-page.html', expect.stringMatching(/no article text/)],
      ['ostwind-feed.rss#2', expect.stringMatching(/only a \d+-character summary/)],
    ]);
  });

  it('normalise dates and make ids', () => {
    expect(normaliseDate('2024-12-06T23:30:00-05:00')).toBe('2024-12-06');
    expect(normaliseDate('Fri, 06 Dec 2024 10:00:00 GMT')).toBe('2024-12-06');
    expect(normaliseDate('gestern')).toBeUndefined();
    expect(slugId('Atomwaffen in Weißrussland: Ein Rückblick')).toBe('atomwaffen-in-weissrussland-ein-rueckblick');
  });
});

/** Quads of each named graph, as sorted N-Quads-like lines. */
function graphsOf(quads: Quad[]): Map<string, string> {
  const by = new Map<string, string[]>();
  for (const q of quads) {
    const g = q.graph.value;
    if (!by.has(g)) by.set(g, []);
    by.get(g)!.push(`${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`);
  }
  return new Map([...by].map(([g, lines]) => [g, lines.sort().join('\n')]));
}

describe('ingest --add and incremental builds', () => {
  it('store the readable articles, report the rest (exit 1), and build a graph whose every span equals the stored text; unchanged sources are not extracted again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-'));
    for (const d of ['ontology', 'data/sources']) mkdirSync(join(root, d), { recursive: true });
    for (const f of ['ontology/newsgraph.ttl', 'ontology/shapes.ttl', 'data/entities.ttl']) copyFileSync(join(ROOT, f), join(root, f));
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const r = await cli('ingest', CORPUS, '--add');
      expect(r.code, r.err).toBe(1);
      expect(r.err).toMatch(/skipped .*broken-page\.html: binary data/);
      expect(r.err).toMatch(/skipped .*index-page\.html: no article text/);
      expect(r.err).toMatch(/skipped .*broken-feed\.rss: malformed XML at line 3, column 47/);
      expect(r.err).toMatch(/ingested 8 article\(s\), skipped 4 input\(s\): 8 added, 0 replaced, 0 unchanged/);
      const again = await cli('ingest', CORPUS, '--add');
      expect(again.err).toMatch(/0 added, 0 replaced, 8 unchanged/);
      const stored = JSON.parse(readFileSync(join(root, 'data/sources/harbour-ledger-treaty.meta.json'), 'utf8'));
      expect(stored).toMatchObject({ publisher: 'The Harbour Ledger', published: '2024-12-06', language: 'en' });

      const out = join(root, 'out');
      const first = await buildGraph({ root, outDir: out, validate: false });
      expect(first.extraction).toMatchObject({ extracted: 8, reused: 0 });
      expect(first.counts.documents).toBe(8);
      expect(first.counts.facts).toBeGreaterThan(20);

      // every evidence span of the built graph (facts, statements, mentions, sentences) is the stored text at its offsets
      const texts = new Map(first.documents.map((d) => [d.document.iri, Array.from(readFileSync(join(root, 'data/sources', `${d.document.id}.txt`), 'utf8'))]));
      const spans = new Map<string, { doc?: string; start?: number; end?: number; exact?: string }>();
      for (const q of first.quads) {
        const s = spans.get(q.subject.value) ?? {};
        if (q.predicate.value === NG.document) s.doc = q.object.value;
        else if (q.predicate.value === OA.start) s.start = Number(q.object.value);
        else if (q.predicate.value === OA.end) s.end = Number(q.object.value);
        else if (q.predicate.value === OA.exact) s.exact = q.object.value;
        else continue;
        spans.set(q.subject.value, s);
      }
      let checked = 0;
      for (const [node, s] of spans) {
        if (s.start === undefined || s.exact === undefined) continue;
        const text = texts.get(s.doc!);
        expect(text, `${node}: document ${s.doc}`).toBeDefined();
        expect(text!.slice(s.start, s.end).join(''), node).toBe(s.exact);
        checked++;
      }
      expect(checked).toBeGreaterThan(100);
      expect([...spans.values()].some((s) => s.doc?.startsWith(PREFIXES.ngs) && s.exact?.includes('Lukaschenko'))).toBe(true);

      const second = await buildGraph({ root, outDir: out, validate: false });
      expect(second.extraction).toMatchObject({ extracted: 0, reused: 8 });
      expect(graphsOf(second.quads)).toEqual(graphsOf(first.quads));

      // change one article: exactly it is extracted again, and only its graph changes
      const changed = join(root, 'data/sources/westwind-session.txt');
      writeFileSync(changed, readFileSync(changed, 'utf8').replace('called the agreement a guarantee', 'called the treaty a guarantee'));
      const third = await buildGraph({ root, outDir: out, validate: false });
      expect(third.extraction).toMatchObject({ extracted: 1, reused: 7 });
      const before = graphsOf(second.quads);
      const after = graphsOf(third.quads);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      const differing = [...after.keys()].filter((g) => after.get(g) !== before.get(g));
      expect(differing).toEqual([`${PREFIXES.ngs}westwind-session`]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('flags override page metadata; nothing readable is exit 2 and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-flags-'));
    const out = join(dir, 'one.trig');
    const r = await cli('ingest', join(CORPUS, 'harbour-ledger-treaty.html'), '--publisher', 'Wire Copy', '--published', '2024-12-09', '--title', 'Pact signed', '--language', 'en', '--out', out);
    expect(r.code, r.err).toBe(0);
    const trig = readFileSync(out, 'utf8');
    expect(trig).toContain('Wire Copy');
    expect(trig).toContain('2024-12-09');
    const none = await cli('ingest', join(CORPUS, 'broken-page.html'), join(CORPUS, 'index-page.html'), '--out', join(dir, 'none.trig'));
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/nothing to ingest: all 2 input\(s\) were skipped/);
    expect(() => readFileSync(join(dir, 'none.trig'))).toThrow();
    expect((await cli('ingest', CORPUS, '--published', '2024-13-01')).code).toBe(2);
  });
});
