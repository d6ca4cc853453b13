/**
 * `newsgraph validate [FILE…]`: SHACL report (plus the model invariants) for the given files or the
 * project's graph; exit 1 on violations. Does not: modify anything.
 */
import type { Command } from 'commander';
import { validateDataset } from '../../validate/shacl.js';
import { loadShapes } from '../../build/pipeline.js';
import { loadInputDataset } from '../input.js';
import { formatReport } from '../report.js';
import { EXIT } from '../errors.js';
import { readRdfFile } from '../../rdf/parse.js';
import { join } from 'node:path';
import { ruleCatalogueQuads } from '../../extract/rules.js';
import { ONTOLOGY_GRAPH } from '../../model/vocab.js';
import { loadRegister } from '../../build/register.js';

export function register(program: Command): void {
  program
    .command('validate')
    .description('validate RDF files (default: the project graph) against ontology/shapes.ttl; exit 1 on violations')
    .argument('[files...]', 'RDF files (ttl, trig, nt, nq, jsonld)')
    .option('--json', 'print the report as JSON')
    .option('--no-ontology', 'validate the files alone, without the ontology, rule catalogue and entity register as context')
    .action(async (files: string[], opts: { json?: boolean; ontology: boolean }) => {
      const data = await loadInputDataset(files);
      const withOntology = files.length > 0 && opts.ontology ? [...data, ...(await readRdfFile(join('ontology', 'newsgraph.ttl'))), ...ruleCatalogueQuads(ONTOLOGY_GRAPH), ...(await loadRegister())] : data;
      const report = await validateDataset(withOntology, await loadShapes());
      if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else process.stdout.write(formatReport(report));
      if (!report.conforms) process.exitCode = EXIT.failure;
    });
}
