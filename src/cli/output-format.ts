/**
 * One output convention for every command that prints results: `--json` for JSON, and
 * `--format json|table` accepted as its alias (`sparql`, `validate` and the query commands alike).
 * Also: a closed stdout pipe (`newsgraph export … | head -1`) ends the command quietly.
 * Does not: format anything.
 */
import type { Command } from 'commander';
import { CliError } from './errors.js';

/** The output options as commander parses them. */
export interface OutputOptions {
  json?: boolean;
  format?: string;
}

const FORMATS = ['table', 'json'] as const;

/** Add `--json` and its alias `--format json|table` to a command. */
export function withOutputOptions(cmd: Command, what = 'a table'): Command {
  return cmd.option('--json', `print JSON instead of ${what}`).option('--format <format>', `json or table (--format json is --json)`);
}

/** Whether the options ask for JSON; a bad or contradictory `--format` is bad input. */
export function wantsJson(opts: OutputOptions): boolean {
  if (opts.format === undefined) return opts.json === true;
  if (!(FORMATS as readonly string[]).includes(opts.format)) throw new CliError(`--format must be json or table, got ${JSON.stringify(opts.format)}`);
  if (opts.json && opts.format !== 'json') throw new CliError(`--json and --format ${opts.format} contradict each other; give one`);
  return opts.format === 'json';
}

/** End quietly when the reader of stdout goes away (EPIPE), instead of a stack trace. */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}
