/**
 * Errors of reading RDF, located by file, line and column (1-based). Does not: recover.
 */

/** A syntax error in RDF input: `file:line:column: reason`. */
export class RdfSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'RdfSyntaxError';
  }
}

/** Input that cannot be read as RDF text at all (missing, binary, not UTF-8). */
export class RdfInputError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'RdfInputError';
  }
}
