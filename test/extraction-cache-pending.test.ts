/**
 * The extraction cache writes each new entry at once to a temporary file (the build does not
 * hold every extraction twice until it ends); only a build that succeeded renames them into
 * place, and a build that failed leaves the cache as it was, with no temporary file.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../src/build/pipeline.js';

const SEED = 'rt-de-2024-12-06-security-guarantees';

/** A data folder with one source to extract (the seed article without its curated file), as `id`. */
function dataFolder(ids: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-cache-pending-'));
  const sources = join(root, 'data', 'sources');
  mkdirSync(sources, { recursive: true });
  copyFileSync(join('data', 'entities.ttl'), join(root, 'data', 'entities.ttl'));
  const meta = JSON.parse(readFileSync(join('data', 'sources', `${SEED}.meta.json`), 'utf8')) as Record<string, unknown>;
  for (const id of ids) {
    copyFileSync(join('data', 'sources', `${SEED}.txt`), join(sources, `${id}.txt`));
    writeFileSync(join(sources, `${id}.meta.json`), JSON.stringify({ ...meta, id }));
  }
  return root;
}

describe('extraction cache entries of a build', () => {
  it('are renamed into place only when the build succeeds; a failed build leaves no entry and no temporary file', async () => {
    const root = dataFolder(['a-first', 'b-second']);
    const out = join(root, 'out');
    const cache = join(out, 'cache', 'extract');
    // the last source's metadata is broken: the first was already extracted when the build fails
    writeFileSync(join(root, 'data', 'sources', 'c-broken.txt'), 'Ein Satz.');
    writeFileSync(join(root, 'data', 'sources', 'c-broken.meta.json'), '{"id": "c-broken", ');
    await expect(buildGraph({ dataDir: join(root, 'data'), outDir: out, write: false, validate: false })).rejects.toThrow(/c-broken\.meta\.json:1:\d+: not valid JSON/);
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);

    writeFileSync(join(root, 'data', 'sources', 'c-broken.meta.json'), JSON.stringify({ id: 'c-broken', language: 'de', published: '2024-12-06' }));
    const built = await buildGraph({ dataDir: join(root, 'data'), outDir: out, write: false, validate: false });
    expect(built.extraction.extracted).toBe(3);
    expect(readdirSync(cache).sort()).toEqual(['a-first.json', 'b-second.json', 'c-broken.json']);
    const again = await buildGraph({ dataDir: join(root, 'data'), outDir: out, write: false, validate: false });
    expect([again.extraction.extracted, again.extraction.reused]).toEqual([0, 3]);
    expect(again.quads.length).toBe(built.quads.length);
  }, 120_000);
});
