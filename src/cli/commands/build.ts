/**
 * `newsgraph build [--data DIR] [--out DIR]`: build the graph from the package's ontology and
 * register and a data folder, validate it, write every output format and the viewer bundle, print
 * counts. Does not: serve anything.
 */
import type { Command } from 'commander';
import { buildOrFail } from '../report.js';
import { withDataOption, type DataOption } from '../input.js';
import { resolutionSummary } from '../../resolve/resolve.js';
import { relative } from 'node:path';
import { progressBar } from '../progress.js';

export function register(program: Command): void {
  withDataOption(
    program
      .command('build')
      .description('build the graph from the ontology, the register and a data folder, validate it (SHACL) and write out/graph.{ttl,trig,nq,jsonld,gexf} and the viewer bundle')
      .option('--out <dir>', 'output directory', 'out')
      .option('--no-validate', 'skip SHACL validation (not recommended)')
      .option('--no-cache', 'extract every source again (default: unchanged sources come from <out>/cache)'),
  ).action(async (opts: DataOption & { out: string; validate: boolean; cache: boolean }) => {
    const bar = progressBar('sources', 'documents');
    const result = await buildOrFail(
      { ...(opts.data !== undefined ? { dataDir: opts.data } : {}), outDir: opts.out, validate: opts.validate, ...(opts.cache ? {} : { cacheDir: false as const }), onSource: (done, total) => bar.update(done, total) },
      'nothing was written',
    ).finally(() => bar.stop());
    const c = result.counts;
    process.stdout.write(`extraction: ${result.extraction.extracted} source(s) extracted, ${result.extraction.reused} unchanged from the cache\n`);
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
