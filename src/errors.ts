/**
 * The one base class of newsgraph's errors, and what kind each is: `bad-input` (the caller's
 * input is wrong: a malformed file, an unknown entity, a bad query — the CLI exits 2) or `failure`
 * (the input was fine but something failed: a store that cannot be reached, a push that stopped —
 * the CLI exits 1). Every error the library throws on purpose is a {@link NewsgraphError}; the
 * library never throws the CLI's own errors. Does not: print or exit (that is `src/cli`).
 */

/** What went wrong: the caller's input, or something else. */
export type ErrorKind = 'bad-input' | 'failure';

/** Base class of every error newsgraph throws on purpose; its message names the file, line and column or the offending value. */
export class NewsgraphError extends Error {
  constructor(
    message: string,
    readonly kind: ErrorKind = 'bad-input',
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input the library cannot use, not covered by a more specific error (e.g. a source text without its metadata file). */
export class InputError extends NewsgraphError {
  constructor(message: string) {
    super(message, 'bad-input');
  }
}
