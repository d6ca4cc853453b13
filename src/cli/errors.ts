/**
 * CLI errors and exit codes.
 *
 * Does: define the exit-code contract (0 ok, 1 the command ran and found a failure such as SHACL
 * violations or an unreachable endpoint, 2 bad input: usage, unreadable or malformed files,
 * unknown entities, malformed queries) and one error type that carries it. Does not: print.
 */
import { NewsgraphError } from '../errors.js';

/** Exit codes of every `newsgraph` command. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/** An error meant for the user: its message is printed as is, without a stack trace. */
export class CliError extends NewsgraphError {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.badInput,
  ) {
    super(message, exitCode === EXIT.badInput ? 'bad-input' : 'failure');
  }
}
