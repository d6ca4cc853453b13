import { beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './support/cli.js';

let dir: string;


const GOOD = '@prefix ex: <http://example.org/> .\nex:a ex:b "ok" .\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-hostile-'));
  const f = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
  f('good.ttl', GOOD);
  f('truncated.ttl', '@prefix ex: <http://example.org/> .\nex:a ex:b "unterminated');
  f('wrong-format.ttl', '{"@context": {}, "@id": "http://x"}');
  f('binary.ttl', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  f('empty.ttl', '');
  f('huge-line.nt', `<http://example.org/a> <http://example.org/b> "${'x'.repeat(5_000_000)}" .`);
  f('huge-broken.nt', `<http://example.org/a> <http://example.org/b> "${'x'.repeat(5_000_000)}`);
  f('unknown-prefix.ttl', 'ex:a ex:b ex:c .\n');
  f('invalid-iri.ttl', '<http://example.org/a b> <http://example.org/b> <http://example.org/c> .\n');
  f('latin1.ttl', Buffer.concat([Buffer.from('<http://example.org/a> <http://example.org/b> "caf'), Buffer.from([0xe9]), Buffer.from('" .\n')]));
  f('remote-context.jsonld', '{"@context": "https://schema.org/", "@id": "http://x", "name": "y"}');
  f('bad.jsonld', '{"@id": "http://x",\n "http://p": [1, 2,]}');
});

const BAD: Array<[string, RegExp]> = [
  ['truncated.ttl', /truncated\.ttl:2:\d+: /],
  ['wrong-format.ttl', /wrong-format\.ttl:1:\d+: /],
  ['binary.ttl', /binary\.ttl: binary data/],
  ['empty.ttl', /empty\.ttl: the file is empty/],
  ['huge-broken.nt', /huge-broken\.nt:1:\d+: /],
  ['unknown-prefix.ttl', /unknown-prefix\.ttl:1:1: Undefined prefix "ex:"/],
  ['invalid-iri.ttl', /invalid-iri\.ttl:1:\d+: /],
  ['latin1.ttl', /latin1\.ttl: not valid UTF-8 \(line 1, column 51/],
  ['missing.ttl', /missing\.ttl: no such file/],
  ['remote-context.jsonld', /remote JSON-LD context https:\/\/schema\.org\/ is not loaded/],
  ['bad.jsonld', /bad\.jsonld:2:\d+: invalid JSON/],
];

describe('hostile and broken input', () => {
  for (const [file, message] of BAD) {
    it(`${file}: every reading command fails with a clear message, exit 2, and writes nothing`, async () => {
      const out = join(dir, `out-${file}.ttl`);
      for (const args of [
        ['export', '--format', 'nt', '--in', join(dir, file), '--out', out],
        ['validate', join(dir, file)],
        ['sparql', 'ASK { ?s ?p ?o }', '--in', join(dir, file)],
        ['find', 'x', '--in', join(dir, file)],
        ['corroborated', '--in', join(dir, file)],
      ]) {
        const r = await cli(...args);
        expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(2);
        expect(r.err).toMatch(message);
        expect(r.err).not.toMatch(/\n\s+at /);
      }
      expect(existsSync(out)).toBe(false);
    });
  }

  it('a huge single line is read', async () => {
    const r = await cli('sparql', 'SELECT (STRLEN(?o) AS ?n) WHERE { ?s ?p ?o }', '--in', join(dir, 'huge-line.nt'), '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).results.bindings[0].n.value).toBe('5000000');
  });

  it('an unwritable or missing output directory fails clearly and leaves an existing file intact', async () => {
    const missing = await cli('export', '--format', 'ttl', '--in', join(dir, 'good.ttl'), '--out', join(dir, 'no', 'such', 'dir', 'x.ttl'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot write .*x\.ttl: the directory .* does not exist/);
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    const existing = join(locked, 'graph.ttl');
    writeFileSync(existing, 'previous content\n');
    chmodSync(locked, 0o500);
    try {
      const r = await cli('export', '--format', 'ttl', '--in', join(dir, 'good.ttl'), '--out', existing);
      if (process.getuid?.() === 0) {
        // root ignores directory permissions: the write succeeds atomically
        expect(r.code).toBe(0);
        expect(readFileSync(existing, 'utf8')).toContain('"ok"');
      } else {
        expect(r.code).toBe(2);
        expect(r.err).toMatch(/permission denied/);
        expect(readFileSync(existing, 'utf8')).toBe('previous content\n');
      }
    } finally {
      chmodSync(locked, 0o700);
    }
    expect(readdirSync(locked).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a failed export never replaces an existing output file', async () => {
    const target = join(dir, 'keep.nt');
    writeFileSync(target, 'keep me\n');
    const r = await cli('export', '--format', 'nt', '--in', join(dir, 'truncated.ttl'), '--out', target);
    expect(r.code).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
  });

  it('build refuses an output directory that cannot be created, quickly and clearly', async () => {
    const targets = [join(dir, 'good.ttl', 'out')];
    // Node's recursive mkdir never returns for paths under /proc; the build must not hang there
    if (existsSync('/proc/self')) targets.push('/proc/newsgraph-no-such-dir/out');
    for (const target of targets) {
      const r = await cli('build', '--out', target);
      expect(r.code, target).toBe(2);
      expect(r.err).toContain(`cannot write ${target}`);
      expect(r.out).not.toMatch(/^wrote /m);
    }
  }, 120_000);

  it('a broken curated file stops the build with file:line:column and writes nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-badroot-'));
    const src = new URL('..', import.meta.url).pathname;
    mkdirSync(join(root, 'data', 'sources'), { recursive: true });
    writeFileSync(join(root, 'data', 'entities.ttl'), readFileSync(join(src, 'data', 'entities.ttl')));
    const base = 'rt-de-2024-12-06-security-guarantees';
    for (const ext of ['.txt', '.meta.json']) writeFileSync(join(root, 'data', 'sources', base + ext), readFileSync(join(src, 'data', 'sources', base + ext)));
    const curated = readFileSync(join(src, 'data', 'sources', `${base}.curated.yaml`), 'utf8').replace('quote: "der russische Präsident Wladimir Putin", at: 210', 'quote: "der russische Präsident Wladimir Putin", at: 211');
    writeFileSync(join(root, 'data', 'sources', `${base}.curated.yaml`), curated);
    const out = join(root, 'out');
    const r = await cli('build', '--data', join(root, 'data'), '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`${base}\\.curated\\.yaml:\\d+:\\d+: evidence does not match the text at 211.*the quote is at 210`));
    expect(existsSync(out)).toBe(false);
  });
});
