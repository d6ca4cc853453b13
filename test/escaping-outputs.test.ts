import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { renderOutput } from '../src/build/pipeline.js';
import type { ViewerBundle } from '../src/graph/bundle.js';

const EVIL = ['<script>alert(1)</script>', '<img src=x onerror="alert(2)">', ']]><evil/>', '"}]};alert(3);//', '&amp; &lt;'];
const TTL = `@prefix ng: <https://w3id.org/newsgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
${EVIL.map((e, i) => `<http://example.org/n${i}> a ng:State ; rdfs:label ${JSON.stringify(e)} ; ng:headOfState <http://example.org/p${i}> .\n<http://example.org/p${i}> a ng:Person ; rdfs:label ${JSON.stringify(e)}@en .`).join('\n')}
`;

describe('outputs escape data', () => {
  const quads = new Parser().parse(TTL) as unknown as Quad[];

  it('the viewer bundle keeps markup as data (JSON-escaped, never interpreted)', async () => {
    const text = await renderOutput(quads, 'bundle');
    const bundle = JSON.parse(text) as ViewerBundle;
    expect(bundle.nodes.map((n) => n.label).sort()).toEqual([...EVIL, ...EVIL].sort());
    // nothing in the JSON text can close a <script> block if embedded
    expect(text).not.toMatch(/<\/script/i);
  });

  it('GEXF escapes markup so the XML stays well-formed', async () => {
    const gexf = await renderOutput(quads, 'gexf');
    expect(gexf).not.toContain('<script>');
    expect(gexf).not.toContain('<img');
    expect(gexf).not.toContain('<evil/>');
    // no raw '<' inside attribute values, no control characters XML 1.0 forbids
    expect(gexf).not.toMatch(/="[^"]*</);
    expect(gexf).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    // every label survives with its text
    const labels = [...gexf.matchAll(/label="([^"]*)"/g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    for (const e of EVIL) expect(labels).toContain(e);
  });
});
