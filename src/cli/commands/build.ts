/**
 * `newsgraph build [--out DIR]`: build the graph from `ontology/` and `data/`, validate it, write
 * every output format and the viewer bundle, print counts. Does not: serve anything.
 */
import type { Command } from 'commander';
import { buildOrFail } from '../report.js';
import { resolutionSummary } from '../../resolve/resolve.js';
import { relative } from 'node:path';

export function register(program: Command): void {
  program
    .command('build')
    .description('build the graph from ontology/ and data/, validate it (SHACL) and write out/graph.{ttl,trig,nq,jsonld,gexf} and the viewer bundle')
    .option('--out <dir>', 'output directory', 'out')
    .option('--root <dir>', 'project root holding ontology/ and data/', '.')
    .option('--no-validate', 'skip SHACL validation (not recommended)')
    .action(async (opts: { out: string; root: string; validate: boolean }) => {
      const result = await buildOrFail({ root: opts.root, outDir: opts.out, validate: opts.validate }, 'nothing was written');
      const c = result.counts;
      process.stdout.write(
        `built ${c.quads} quads (${c.triples} distinct triples) in ${c.graphs} graphs: ` +
          `${c.documents} documents, ${c.entities} entities, ${c.facts} facts, ${c.statements} statements, ${c.claims} claims, ${c.mentions} mentions\n`,
      );
      process.stdout.write(`${resolutionSummary(result.resolution)}\n`);
      if (result.report) {
        const warnings = result.report.issues.filter((i) => i.severity !== 'violation').length;
        process.stdout.write(`validation: conforms${warnings ? ` (${warnings} warnings)` : ''}\n`);
      }
      for (const f of result.files) process.stdout.write(`wrote ${relative(process.cwd(), f) || f}\n`);
    });
}
