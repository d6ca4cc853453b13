/**
 * The `newsgraph` command line: one commander program, one module per command.
 *
 * Does: register the commands, turn thrown errors into a one-line message and an exit code
 * (see `errors.ts`). Does not: hold any command's logic (that is `commands/*.ts`).
 */
import { Command, CommanderError } from 'commander';
import { CliError, EXIT } from './errors.js';
import { COMMANDS } from './commands/index.js';
import { RdfInputError, RdfSyntaxError } from '../rdf/errors.js';
import { OutputError } from '../rdf/atomic-write.js';
import { CurationError } from '../model/curation.js';
import { SparqlQueryError } from '../sparql/engine.js';
import { DataFolderError } from '../util/package-root.js';
import { exitQuietlyOnClosedPipe } from './output-format.js';

/** Errors caused by the user's input or environment: printed as one line, exit code 2. */
const INPUT_ERRORS = [RdfInputError, RdfSyntaxError, OutputError, CurationError, SparqlQueryError, DataFolderError];

export function createProgram(): Command {
  const program = new Command('newsgraph')
    .description('Knowledge graphs from geopolitical news: evidence-backed RDF, queries, SPARQL and a graph viewer.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

/** Run the CLI with `argv` (as `process.argv`); resolves to the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander already printed its message (help, version, usage errors)
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? EXIT.ok : EXIT.badInput;
    }
    if (err instanceof CliError) {
      process.stderr.write(`newsgraph: ${err.message}\n`);
      return err.exitCode;
    }
    if (INPUT_ERRORS.some((type) => err instanceof type)) {
      process.stderr.write(`newsgraph: ${(err as Error).message}\n`);
      return EXIT.badInput;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`newsgraph: ${message}\n`);
    if (process.env.NEWSGRAPH_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return EXIT.failure;
  }
}

const isMain = process.argv[1] !== undefined && /(?:main\.ts|newsgraph(?:\.mjs)?)$/.test(process.argv[1]);
if (isMain) {
  exitQuietlyOnClosedPipe();
  runCli(process.argv).then((code) => {
    process.exitCode = code;
  });
}
