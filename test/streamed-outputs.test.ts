/**
 * The build's outputs are streamed: every format is written piece by piece into a temporary file
 * (the text is never one string, so a corpus larger than a JavaScript string can hold is
 * written), gives the same bytes as the one-string writers, and nothing is renamed over the
 * targets until every output is complete — an error leaves the old outputs and no temporary file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildGraph, OUTPUT_FILES, renderOutput, writeOutput, type BuildResult } from '../src/build/pipeline.js';
import { AtomicFile, OutputError } from '../src/rdf/atomic-write.js';

let outDir: string;
let built: BuildResult;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'newsgraph-streamed-'));
  built = await buildGraph({ dataDir: join(process.cwd(), 'data'), outDir, cacheDir: false });
}, 120_000);

describe('streamed outputs', () => {
  it('write every format in pieces, with the bytes of the one-string writers; the gzip copy is the bundle', async () => {
    expect(built.report?.conforms).toBe(true);
    for (const { name, format } of OUTPUT_FILES) {
      const pieces: string[] = [];
      await writeOutput(built.quads, format, (p) => pieces.push(p));
      const text = readFileSync(join(outDir, name), 'utf8');
      expect(text, name).toBe(await renderOutput(built.quads, format));
      expect(pieces.join(''), name).toBe(text);
      // the large formats never hand over the whole text at once
      expect(Math.max(...pieces.map((p) => p.length)), name).toBeLessThan(text.length / 2);
    }
    expect(gunzipSync(readFileSync(join(outDir, 'bundle.json.gz'))).toString('utf8')).toBe(readFileSync(join(outDir, 'bundle.json'), 'utf8'));
    expect(built.files.map((f) => f.slice(outDir.length + 1)).sort()).toEqual([...OUTPUT_FILES.map((f) => f.name), 'bundle.json.gz'].sort());
  });

  it('an output that cannot be written leaves every old output and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-streamed-fail-'));
    for (const { name } of OUTPUT_FILES) writeFileSync(join(dir, name), `old ${name}`);
    // the fourth output's target is a directory: the first three were already streamed when it fails
    const blocked = OUTPUT_FILES[3]!.name;
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, blocked));
    mkdirSync(join(dir, blocked));
    await expect(buildGraph({ dataDir: join(process.cwd(), 'data'), outDir: dir, cacheDir: false, validate: false })).rejects.toThrow(OutputError);
    for (const { name } of OUTPUT_FILES) if (name !== blocked) expect(readFileSync(join(dir, name), 'utf8')).toBe(`old ${name}`);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('AtomicFile: pieces reach the target only on commit; abort leaves the target as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-atomic-'));
    const target = join(dir, 'out.txt');
    writeFileSync(target, 'before');
    const aborted = new AtomicFile(target);
    for (let i = 0; i < 3000; i++) aborted.write(`line ${i} ${'x'.repeat(500)}\n`);
    expect(readFileSync(target, 'utf8')).toBe('before');
    aborted.abort();
    expect(readFileSync(target, 'utf8')).toBe('before');
    const file = new AtomicFile(target);
    file.write('a');
    file.write(Buffer.from('b'));
    file.write('c');
    file.commit();
    expect(readFileSync(target, 'utf8')).toBe('abc');
    expect(readdirSync(dir)).toEqual(['out.txt']);
    expect(() => file.write('d')).toThrow(/already committed/);
  });
});
