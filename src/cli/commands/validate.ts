/**
 * `newsgraph validate [FILE…]`: SHACL report (plus the model invariants) for the given files or the
 * project's graph; exit 1 on violations. Does not: modify anything.
 */
import type { Command } from 'commander';
import { validateDataset } from '../../validate/shacl.js';
import { loadOntology, loadShapes } from '../../build/pipeline.js';
import { loadInputDataset, withDataOption, type DataOption } from '../input.js';
import { formatReport } from '../report.js';
import { EXIT } from '../errors.js';
import { withOutputOptions, wantsJson, type OutputOptions } from '../output-format.js';
import { ruleCatalogueQuads } from '../../extract/rules.js';
import { ONTOLOGY_GRAPH } from '../../model/vocab.js';
import { loadRegister } from '../../build/register.js';

export function register(program: Command): void {
  withOutputOptions(
    withDataOption(
      program
        .command('validate')
        .description('validate RDF files (default: the project graph) against the SHACL shapes (ontology/shapes.ttl); exit 1 on violations')
        .argument('[files...]', 'RDF files (ttl, trig, nt, nq, jsonld)')
        .option('--no-ontology', 'validate the files alone, without the ontology, rule catalogue and entity register as context'),
    ),
    'the report',
  ).action(async (files: string[], opts: DataOption & OutputOptions & { ontology: boolean }) => {
    const json = wantsJson(opts);
    const data = await loadInputDataset(files, opts.data);
    const withOntology = files.length > 0 && opts.ontology ? [...data, ...(await loadOntology()), ...ruleCatalogueQuads(ONTOLOGY_GRAPH), ...(await loadRegister(opts.data))] : data;
    const report = await validateDataset(withOntology, await loadShapes());
    if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else process.stdout.write(formatReport(report));
    if (!report.conforms) process.exitCode = EXIT.failure;
  });
}
