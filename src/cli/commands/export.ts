/**
 * `newsgraph export --format F [--in FILE…] [--out FILE]`: write the graph in one format, to
 * stdout or atomically to a file. Does not: validate (use `validate`).
 */
import type { Command } from 'commander';
import { parseFormatName } from '../../rdf/formats.js';
import { writeFileAtomic } from '../../rdf/atomic-write.js';
import { renderOutput } from '../../build/pipeline.js';
import { loadInputDataset } from '../input.js';
import { CliError } from '../errors.js';

export function register(program: Command): void {
  program
    .command('export')
    .description('write the graph as ttl, trig, nt, nq, jsonld or gexf (stdout unless --out)')
    .requiredOption('--format <format>', 'ttl | trig | nt | nq | jsonld | gexf')
    .option('--in <files...>', 'read these RDF files instead of the built graph')
    .option('--out <file>', 'write to this file (atomically) instead of stdout')
    .action(async (opts: { format: string; in?: string[]; out?: string }) => {
      let format: ReturnType<typeof parseFormatName> | 'gexf';
      if (opts.format === 'gexf') format = 'gexf';
      else {
        try {
          format = parseFormatName(opts.format);
        } catch (err) {
          throw new CliError(`--format: ${(err as Error).message}; or gexf`);
        }
      }
      const quads = await loadInputDataset(opts.in);
      const text = await renderOutput(quads, format);
      if (opts.out) writeFileAtomic(opts.out, text);
      else process.stdout.write(text);
    });
}
