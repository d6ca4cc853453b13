/**
 * The source document is built in one place: an extracted source keeps every field of its
 * metadata (publisher, title, url) as a curated one does.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleDataset } from '../src/build/pipeline.js';
import { PREFIXES } from '../src/model/vocab.js';

describe('source documents', () => {
  it('an extracted source keeps its schema:url, title and publisher', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-docs-'));
    mkdirSync(join(root, 'data', 'sources'), { recursive: true });
    cpSync('data/entities.ttl', join(root, 'data', 'entities.ttl'));
    const id = 'test-2025-01-02-minsk';
    writeFileSync(join(root, 'data', 'sources', `${id}.txt`), 'Belarus and Russia held a meeting in Minsk on 2 January 2025. The talks were about trade.\n');
    writeFileSync(
      join(root, 'data', 'sources', `${id}.meta.json`),
      JSON.stringify({ id, language: 'en', published: '2025-01-02', publisher: 'Test Wire', title: 'A test article', url: 'https://example.org/news/minsk' }),
    );
    const { quads } = await assembleDataset(join(root, 'data'));
    const doc = `https://w3id.org/newsgraph/source/${id}`;
    const of = (p: string) => quads.filter((q) => q.subject.value === doc && q.predicate.value === p).map((q) => q.object.value);
    expect(of(PREFIXES.schema + 'url')).toEqual(['https://example.org/news/minsk']);
    expect(of(PREFIXES.ng + 'publisher')).toEqual(['Test Wire']);
    expect(of(PREFIXES.ng + 'title')).toEqual(['A test article']);
  });
});
