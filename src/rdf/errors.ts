/**
 * Errors of reading RDF, located by file, line and column (1-based). Does not: recover.
 */
import { NewsgraphError } from '../errors.js';

/** A syntax error in RDF input: `file:line:column: reason`. */
export class RdfSyntaxError extends NewsgraphError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`, 'bad-input');
  }
}

/** Input that cannot be read as RDF text at all (missing, binary, not UTF-8). */
export class RdfInputError extends NewsgraphError {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
