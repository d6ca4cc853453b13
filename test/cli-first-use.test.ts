// The CLI as a new user meets it: tables that keep what matters, one output convention, a closed
// pipe, bad dates, names in any language or misspelt, and error messages in words.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './support/cli.js';

const ROOT = new URL('..', import.meta.url).pathname;

describe('newsgraph on first use', () => {
  it('path prints every step of the path, one per row, at any width', async () => {
    const r = await cli('path', 'United States', 'Belarus');
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^path\s+step\s+relation\s+entity$/);
    expect(r.out).not.toContain('…');
    for (const step of ['ngr:United_States', '<-ng:controlledBy-', 'ngr:US_nuclear_weapons_in_Europe', '-ng:stationedIn->', 'ngr:Belarus']) expect(r.out).toContain(step);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(110);
  });

  it('--json everywhere, --format json|table as its alias', async () => {
    const viaJson = await cli('path', 'United States', 'Belarus', '--json');
    const viaFormat = await cli('path', 'United States', 'Belarus', '--format', 'json');
    expect(viaFormat.code, viaFormat.err).toBe(0);
    expect(viaFormat.out).toBe(viaJson.out);
    const q = 'SELECT ?s WHERE { ?s ng:partyTo ngr:Treaty_on_Security_Guarantees_2024 }';
    const sparqlJson = await cli('sparql', q, '--json');
    expect(sparqlJson.out).toBe((await cli('sparql', q, '--format', 'json')).out);
    expect(JSON.parse(sparqlJson.out).results.bindings.length).toBeGreaterThan(0);
    expect((await cli('validate', '--format', 'json')).out).toMatch(/^\{\n {2}"conforms": true/);
    expect((await cli('find', 'Belarus', '--format', 'table')).out).toMatch(/^entity\s+label/);
    const bad = await cli('find', 'Belarus', '--format', 'xml');
    expect([bad.code, bad.err]).toEqual([2, 'newsgraph: --format must be json or table, got "xml"\n']);
    const both = await cli('find', 'Belarus', '--json', '--format', 'table');
    expect(both.code).toBe(2);
  });

  it('a closed pipe ends the command quietly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pipe-'));
    // --data data: the example data, not whatever build a developer's out/ holds
    const script = `node --import tsx src/cli/main.ts export --format ttl --data data 2>"${join(dir, 'err')}" | head -1; echo "exit \${PIPESTATUS[0]}"`;
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn('bash', ['-c', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      child.stdout.on('data', (b: Buffer) => (text += b.toString()));
      child.once('error', reject);
      child.once('exit', () => resolve(text));
    });
    expect(out).toBe('@prefix ng: <https://w3id.org/newsgraph/ontology#>.\nexit 0\n');
    expect(readFileSync(join(dir, 'err'), 'utf8')).toBe('');
  });

  it('npm start stops on SIGTERM: the server is closed, no process is left behind', async () => {
    const out = mkdtempSync(join(tmpdir(), 'newsgraph-start-'));
    const child = spawn('npm', ['start', '--silent', '--', '--port', '0', '--out', out], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => {
        output += b.toString();
        const m = /newsgraph viewer: (\S+)/.exec(output);
        if (m) resolve(m[1]!);
      });
      child.stderr.on('data', (b: Buffer) => (output += b.toString()));
      child.once('exit', (code) => reject(new Error(`npm start exited with ${code}: ${output}`)));
    });
    // a browser keeps its connection open; the server must close it too
    const keepAlive = await fetch(url, { headers: { connection: 'keep-alive' } });
    expect(keepAlive.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    await exited;
    await expect.poll(async () => fetch(url).then(() => 'up', () => 'down'), { timeout: 5000 }).toBe('down');
  }, 120_000);

  it('invalid dates and empty ranges are bad input', async () => {
    const month13 = await cli('statements', '--from', '2024-13-45');
    expect([month13.code, month13.err]).toEqual([2, 'newsgraph: from: "2024-13-45" is not a real date (no such day: 2024-13-45)\n']);
    const feb30 = await cli('statements', '--to', '2023-02-30');
    expect(feb30.code).toBe(2);
    const empty = await cli('statements', '--from', '2024-12-06', '--to', '2023-01-01');
    expect([empty.code, empty.err]).toEqual([2, 'newsgraph: the date range is empty: from 2024-12-06 is after to 2023-01-01\n']);
    const ok = await cli('statements', '--from', '2024-12', '--to', '2024', '--json');
    expect(ok.code, ok.err).toBe(0);
    expect(JSON.parse(ok.out).length).toBeGreaterThan(0);
  });

  it('names: unknown ones are not "ambiguous", Russian inflection and typos find the entity', async () => {
    const atlantis = await cli('neighbors', 'Atlantis');
    expect(atlantis.code).toBe(2);
    expect(atlantis.err).toMatch(/^newsgraph: no entity matches "Atlantis"/);
    expect(atlantis.err).not.toContain('ambiguous');
    for (const [name, iri] of [
      ['Беларуси', 'Belarus'],
      ['Белоруссии', 'Belarus'],
      ['Путина', 'Vladimir_Putin'],
      ['Москвы', 'Moscow'],
      ['Belaurs', 'Belarus'],
      ['Lukashneko', 'Alexander_Lukashenko'],
    ]) {
      const r = await cli('find', name, '--json');
      expect(JSON.parse(r.out)[0]?.iri, name).toBe(`https://w3id.org/newsgraph/id/${iri}`);
    }
    expect((await cli('neighbors', 'Беларуси', '--json')).code).toBe(0);
    // too short to guess at, and nothing close
    expect(JSON.parse((await cli('find', 'Xq', '--json')).out)).toEqual([]);
  });

  it('errors say what was wrong in words', async () => {
    const selekt = await cli('sparql', 'SELEKT ?s WHERE { ?s ?p ?o }');
    expect(selekt.code).toBe(2);
    expect(selekt.err).toBe('newsgraph: malformed SPARQL at line 1, column 1: "SELEKT" is not a query form; a query starts with SELECT, CONSTRUCT, ASK or DESCRIBE (after any PREFIX and BASE lines)\n');
    const update = await cli('sparql', 'PREFIX x: <urn:x#>\nINSERT DATA { x:a x:b x:c }');
    expect(update.err).toContain('line 2, column 1: INSERT is a SPARQL Update');

    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-first-use-'));
    const bad = join(dir, 'bad.ttl');
    writeFileSync(bad, '@prefix ng: <https://w3id.org/newsgraph/ontology#> .\n@prefix ngr: <https://w3id.org/newsgraph/id/> .\nngr:Belarus ng:partyTo ngr:Minsk .\nngr:Minsk ng:headOfState ngr:Belarus .\n');
    const v = await cli('validate', bad);
    expect(v.code).toBe(1);
    expect(v.out).toContain('violation: ngr:Minsk: as an object of ng:partyTo, ngr:Minsk must be a ng:Treaty; it is a ng:City [ngsh:TreatyShape]');
    expect(v.out).toContain('its ng:headOfState value ngr:Belarus must be a ng:Person; it is a ng:State');
    expect(v.out).not.toContain('ConstraintComponent not met');

    const binary = join(dir, 'scan.txt');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]));
    const ingest = await cli('ingest', binary, '--lang', 'de', '--published', '2024-12-06');
    expect(ingest.code).toBe(2);
    expect(ingest.err).toContain('binary data (a NUL byte at offset 4)');
    expect(ingest.err).not.toContain('RDF');
  });
});
