/**
 * `newsgraph build [--out DIR]`: build the graph from `ontology/` and `data/`, validate it, write
 * every output format and the viewer bundle, print counts. Does not: serve anything.
 */
import type { Command } from 'commander';
import { buildGraph } from '../../build/pipeline.js';
import { CliError, EXIT } from '../errors.js';
import { formatReport } from '../report.js';
import { relative } from 'node:path';

export function register(program: Command): void {
  program
    .command('build')
    .description('build the graph from ontology/ and data/, validate it (SHACL) and write out/graph.{ttl,trig,nq,jsonld,gexf} and the viewer bundle')
    .option('--out <dir>', 'output directory', 'out')
    .option('--root <dir>', 'project root holding ontology/ and data/', '.')
    .option('--no-validate', 'skip SHACL validation (not recommended)')
    .action(async (opts: { out: string; root: string; validate: boolean }) => {
      const result = await buildGraph({ root: opts.root, outDir: opts.out, validate: opts.validate });
      if (result.report && !result.report.conforms) {
        process.stderr.write(formatReport(result.report));
        throw new CliError('the graph does not conform to ontology/shapes.ttl; nothing was written', EXIT.failure);
      }
      const c = result.counts;
      process.stdout.write(
        `built ${c.quads} quads (${c.triples} distinct triples) in ${c.graphs} graphs: ` +
          `${c.documents} documents, ${c.entities} entities, ${c.facts} facts, ${c.statements} statements, ${c.claims} claims, ${c.mentions} mentions\n`,
      );
      if (result.report) {
        const warnings = result.report.issues.filter((i) => i.severity !== 'violation').length;
        process.stdout.write(`validation: conforms${warnings ? ` (${warnings} warnings)` : ''}\n`);
      }
      for (const f of result.files) process.stdout.write(`wrote ${relative(process.cwd(), f) || f}\n`);
    });
}
