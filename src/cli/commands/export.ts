/**
 * `newsgraph export --format F [--in FILE… | --data DIR] [--out FILE]`: write the graph in one format, to
 * stdout or atomically to a file, piece by piece (never the whole text as one string). Does not:
 * validate (use `validate`).
 */
import type { Command } from 'commander';
import { parseFormatName } from '../../rdf/formats.js';
import { TEXT_CHUNK } from '../../rdf/serialize.js';
import { AtomicFile } from '../../rdf/atomic-write.js';
import { writeOutput } from '../../build/pipeline.js';
import { loadInputDataset, withDataOption, type DataOption } from '../input.js';
import { CliError } from '../errors.js';

export function register(program: Command): void {
  withDataOption(
    program
      .command('export')
      .description('write the graph as ttl, trig, nt, nq, jsonld or gexf (stdout unless --out)')
      .requiredOption('--format <format>', 'ttl | trig | nt | nq | jsonld | gexf')
      .option('--in <files...>', 'read these RDF files instead of the built graph')
      .option('--out <file>', 'write to this file (atomically) instead of stdout'),
  ).action(async (opts: { format: string; in?: string[]; out?: string } & DataOption) => {
    let format: ReturnType<typeof parseFormatName> | 'gexf';
    if (opts.format === 'gexf') format = 'gexf';
    else {
      try {
        format = parseFormatName(opts.format);
      } catch (err) {
        throw new CliError(`--format: ${(err as Error).message}; or gexf`);
      }
    }
    const quads = await loadInputDataset(opts.in, opts.data);
    if (!opts.out) {
      // small pieces gathered per write, but no more than TEXT_CHUNK characters: a longer rope is slow to encode
      let pending = '';
      await writeOutput(quads, format, (chunk) => {
        pending += chunk;
        if (pending.length >= TEXT_CHUNK) {
          process.stdout.write(pending);
          pending = '';
        }
      });
      process.stdout.write(pending);
      return;
    }
    const file = new AtomicFile(opts.out);
    try {
      await writeOutput(quads, format, (chunk) => file.write(chunk));
    } catch (err) {
      file.abort();
      throw err;
    }
    file.commit();
  });
}
