/**
 * The benchmark corpus generator: deterministic, German and English from many publishers,
 * stories told by several outlets, namesakes in different offices — and every generated file
 * (plain text, Markdown, saved pages in three markups) reads back through `ingest`'s readers to
 * exactly the article text and metadata it was made from.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../src/bench/corpus-generator.js';
import { readArticles } from '../src/ingest/read.js';

describe('corpus generator', () => {
  const corpus = generateCorpus({ articles: 300, seed: 7 });

  it('is deterministic and varied: de and en, many publishers, shared stories, namesakes', () => {
    expect(generateCorpus({ articles: 300, seed: 7 })).toEqual(corpus);
    expect(generateCorpus({ articles: 300, seed: 8 })).not.toEqual(corpus);
    expect(new Set(corpus.map((a) => a.language))).toEqual(new Set(['de', 'en']));
    expect(new Set(corpus.map((a) => a.publisher)).size).toBeGreaterThan(50);
    expect(new Set(corpus.map((a) => a.format))).toEqual(new Set(['txt', 'md', 'html']));
    const perStory = new Map<number, Set<string>>();
    for (const a of corpus) perStory.set(a.story, (perStory.get(a.story) ?? new Set()).add(a.publisher));
    expect(Math.max(...[...perStory.values()].map((p) => p.size))).toBeGreaterThan(10);
    // the same name in different offices or states
    const offices = new Map<string, Set<string>>();
    const intro = /(\p{L}+(?:isch|ische|ian|ese)e?)\s+(Außenminister(?:in)?|Verteidigungsminister(?:in)?|Ministerpräsident(?:in)?|Präsident(?:in)?|Foreign Minister|Defence Minister|Prime Minister|President)\s+(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)/gu;
    for (const a of corpus) for (const m of a.text.matchAll(intro)) if (!/Putin|Lukas(c)?henko/.test(m[3]!)) offices.set(m[3]!, (offices.get(m[3]!) ?? new Set()).add(`${m[1]!.slice(0, 5)} ${m[2]!.slice(0, 6)}`));
    expect([...offices.values()].filter((o) => o.size > 1).length).toBeGreaterThan(3);
  });

  it('every generated file reads back to the article text and metadata it was made from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-generated-'));
    for (const a of corpus) {
      writeFileSync(join(dir, a.fileName), a.content);
      if (a.format === 'txt') writeFileSync(join(dir, `${a.id}.meta.json`), JSON.stringify({ id: a.id, language: a.language, published: a.published, publisher: a.publisher, title: a.title }));
    }
    const read = readArticles([dir]);
    expect(read.skipped).toEqual([]);
    const byId = new Map(read.articles.map((x) => [x.meta.id, x]));
    for (const a of corpus) {
      const got = byId.get(a.id);
      expect(got, a.id).toBeDefined();
      const text = a.format === 'txt' ? got!.text.trimEnd().replace(/\n\n(Mehr zum Thema – |Read more: ).*$/, '') : got!.text;
      expect(text, `${a.format} ${a.id}`).toBe(a.text);
      expect(got!.meta, a.id).toEqual({ id: a.id, language: a.language, published: a.published, publisher: a.publisher, title: a.title });
    }
  });
});
