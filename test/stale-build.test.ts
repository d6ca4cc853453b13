// A command that reads the built graph says so when the data folder changed after the build.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staleBuildWarning } from '../src/cli/input.js';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-stale-'));
  mkdirSync(join(dir, 'out'));
  mkdirSync(join(dir, 'data', 'sources'), { recursive: true });
  writeFileSync(join(dir, 'data', 'sources', 'a.txt'), 'Ein Artikel.');
  writeFileSync(join(dir, 'out', 'graph.trig'), '');
  const old = new Date(Date.now() - 60_000);
  utimesSync(join(dir, 'data', 'sources', 'a.txt'), old, old);
  return dir;
}

describe('the built graph and the data folder', () => {
  it('is quiet when the build is newer than every source', () => {
    expect(staleBuildWarning(project())).toBeUndefined();
  });

  it('names the source that changed after the build and the command that includes it', () => {
    const dir = project();
    const later = new Date(Date.now() + 60_000);
    writeFileSync(join(dir, 'data', 'sources', 'b.txt'), 'Ein neuer Artikel.');
    utimesSync(join(dir, 'data', 'sources', 'b.txt'), later, later);
    expect(staleBuildWarning(dir)).toBe('out/graph.trig is older than data/sources/b.txt; run `newsgraph build` to include the change');
  });

  it('is quiet without a built graph (commands then build in memory)', () => {
    expect(staleBuildWarning(mkdtempSync(join(tmpdir(), 'ng-none-')))).toBeUndefined();
  });
});
