/**
 * One error base class with a kind: every error the library exports is a NewsgraphError whose kind
 * says bad input (exit 2) or failure (exit 1), and the library never throws the CLI's errors.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as api from '../src/index.js';
import { assembleDataset } from '../src/build/pipeline.js';

describe('errors', () => {
  it('every exported error class extends NewsgraphError', () => {
    const classes = Object.entries(api).filter(([name, value]) => /Error$/.test(name) && typeof value === 'function');
    expect(classes.length).toBeGreaterThanOrEqual(10);
    for (const [name, cls] of classes) {
      if (name === 'NewsgraphError') continue;
      expect((cls as { prototype: object }).prototype instanceof api.NewsgraphError, name).toBe(true);
    }
  });

  it('says whether the input was bad or something failed', () => {
    expect(new api.QueryError('x').kind).toBe('bad-input');
    expect(new api.EntityResolutionError('x', []).kind).toBe('bad-input');
    expect(new api.RdfSyntaxError('f.ttl', 1, 2, 'x').kind).toBe('bad-input');
    expect(new api.PushError('x', []).kind).toBe('failure');
    expect(new api.EndpointError(503, 'x').kind).toBe('failure');
    expect(new api.EndpointError(400, 'x').kind).toBe('bad-input');
    expect(new api.CliError('x', api.EXIT.failure).kind).toBe('failure');
    expect(new api.QueryError('x').name).toBe('QueryError');
  });

  it('the library never throws CLI errors: a source text without metadata is bad input named by file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-errors-'));
    mkdirSync(join(root, 'data', 'sources'), { recursive: true });
    cpSync('data/entities.ttl', join(root, 'data', 'entities.ttl'));
    writeFileSync(join(root, 'data', 'sources', 'lonely.txt'), 'A text without its metadata file.\n');
    const err = await assembleDataset(join(root, 'data')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(api.NewsgraphError);
    expect(err).not.toBeInstanceOf(api.CliError);
    expect((err as api.NewsgraphError).kind).toBe('bad-input');
    expect((err as Error).message).toMatch(/lonely\.txt: no metadata sidecar/);
  });
});
