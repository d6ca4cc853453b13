/**
 * The remote-store options every command that talks to a SPARQL 1.1 store shares: `--endpoint`,
 * `--user`, `--password`, each also from NEWSGRAPH_ENDPOINT / NEWSGRAPH_USER / NEWSGRAPH_PASSWORD,
 * turned into a {@link SparqlEndpoint}. Credentials are never echoed, not even in errors.
 * Does not: send requests.
 */
import type { Command } from 'commander';
import { SparqlEndpoint } from '../remote/endpoint.js';
import { CliError } from './errors.js';

/** Remote-store options as commander parses them. */
export interface EndpointCommandOptions {
  endpoint?: string;
  update?: string;
  gsp?: string;
  user?: string;
  password?: string;
}

/** Add `--endpoint`, `--user`, `--password` to a command. */
export function withEndpointOptions(cmd: Command, endpointHelp = 'a SPARQL 1.1 query endpoint to use instead of the local graph (or NEWSGRAPH_ENDPOINT)'): Command {
  return cmd
    .option('--endpoint <url>', endpointHelp)
    .option('--user <user>', 'user for Basic/Digest authentication (or NEWSGRAPH_USER)')
    .option('--password <password>', 'password (or NEWSGRAPH_PASSWORD)');
}

/** The store the options name, or undefined when neither `--endpoint` nor NEWSGRAPH_ENDPOINT is set. */
export function endpointFromOptions(opts: EndpointCommandOptions): SparqlEndpoint | undefined {
  const query = opts.endpoint ?? process.env.NEWSGRAPH_ENDPOINT;
  if (!query) return undefined;
  const user = opts.user ?? process.env.NEWSGRAPH_USER;
  const password = opts.password ?? process.env.NEWSGRAPH_PASSWORD;
  if ((user === undefined) !== (password === undefined)) throw new CliError('give both a user and a password, or neither');
  try {
    return new SparqlEndpoint({ query, ...(opts.update ? { update: opts.update } : {}), ...(opts.gsp ? { gsp: opts.gsp } : {}), ...(user !== undefined ? { credentials: { user, password: password! } } : {}) });
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}
