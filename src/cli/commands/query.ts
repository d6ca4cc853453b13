/**
 * The query commands: `find`, `neighbors`, `path`, `statements`, `timeline`, `evidence`,
 * `central` — the typed query API on the command line. Does not: load RDF itself
 * (see `query-context.ts`).
 */
import type { Command } from 'commander';
import { output, runLocalQuery, runQuery, short, withQueryOptions, type QueryCommandOptions } from '../query-context.js';
import { CliError } from '../errors.js';
import { wantsJson } from '../output-format.js';
import { timeLabel } from '../../model/time.js';
import type { EvidenceRecord } from '../../query/types.js';

const ev = (list: EvidenceRecord[]) => (list.length === 0 ? '' : `"${list[0]!.exact}"${list.length > 1 ? ` (+${list.length - 1})` : ''}`);

function int(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
  return n;
}

export function register(program: Command): void {
  withQueryOptions(program.command('find').description('find entities by any label or alias, in any language').argument('<text>').option('--limit <n>', 'at most n results', '10')).action(
    async (text: string, opts: QueryCommandOptions & { limit: string }) => {
      const hits = await runQuery(opts, (q) => q.find(text, int('--limit', opts.limit, 1, 1000)));
      output(opts, hits, ['entity', 'label', 'matched', 'lang', 'score'], hits.map((h) => [short(h.iri), h.label, h.matched, h.lang, String(h.score)]));
    },
  );

  withQueryOptions(
    program
      .command('neighbors')
      .description('the neighbourhood of an entity (IRI, prefixed name or label)')
      .argument('<entity>')
      .option('--predicate <p...>', 'only these relations')
      .option('--direction <dir>', 'in, out or both', 'both')
      .option('--depth <n>', 'hops (1-5)', '1'),
  ).action(async (entity: string, opts: QueryCommandOptions & { predicate?: string[]; direction: string; depth: string }) => {
    const sub = await runQuery(opts, (q) =>
      q.neighbors(entity, { ...(opts.predicate ? { predicate: opts.predicate } : {}), direction: opts.direction as 'in' | 'out' | 'both', depth: int('--depth', opts.depth, 1, 5) }),
    );
    output(opts, sub, ['subject', 'predicate', 'object', 'evidence'], sub.relations.map((r) => [short(r.subject), short(r.predicate), short(r.object), ev(r.evidence)]));
  });

  withQueryOptions(
    program.command('path').description('paths between two entities, shortest first').argument('<from>').argument('<to>').option('--max-length <n>', 'longest path (1-8)', '4').option('--limit <n>', 'at most n paths', '10'),
  ).action(async (from: string, to: string, opts: QueryCommandOptions & { maxLength: string; limit: string }) => {
    const paths = await runQuery(opts, (q) => q.paths(from, to, { maxLength: int('--max-length', opts.maxLength, 1, 8)!, limit: int('--limit', opts.limit, 1, 1000)! }));
    // one row per step, so no path is ever cut off at the table's width
    output(
      opts,
      paths,
      ['path', 'step', 'relation', 'entity'],
      paths.flatMap((p, i) => [
        [`${i + 1} (length ${p.steps.length})`, '0', '', short(p.nodes[0]!.iri)],
        ...p.steps.map((s, k) => ['', String(k + 1), s.direction === 'forward' ? `-${short(s.predicate)}->` : `<-${short(s.predicate)}-`, short(s.to)]),
      ]),
    );
  });

  withQueryOptions(
    program.command('statements').description('reported speech (never facts), by speaker, topic and date').option('--speaker <x>').option('--about <y>').option('--from <date>').option('--to <date>'),
  ).action(async (opts: QueryCommandOptions & { speaker?: string; about?: string; from?: string; to?: string }) => {
    const list = await runQuery(opts, (q) => q.statements({ ...(opts.speaker ? { speaker: opts.speaker } : {}), ...(opts.about ? { about: opts.about } : {}), ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}) }));
    output(opts, list, ['date', 'speaker', 'mode', 'said', 'claims'], list.map((s) => [s.date ? timeLabel(s.date) : '', s.speaker.label, s.mode, s.quote ?? s.content, String(s.claims.length)]));
  });

  withQueryOptions(program.command('timeline').description('dated events, facts and statements in date order').argument('[entity]')).action(async (entity: string | undefined, opts: QueryCommandOptions) => {
    const list = await runQuery(opts, (q) => q.timeline(entity));
    output(opts, list, ['date', 'precision', 'kind', 'what'], list.map((e) => [timeLabel(e.date), `${e.date.precision}${e.date.part ? ` (${e.date.part})` : ''}`, e.kind, e.label]));
  });

  withQueryOptions(program.command('evidence').description('the sources, sentences and spans behind a fact').argument('<subject>').argument('<predicate>').argument('<object>')).action(
    async (s: string, p: string, o: string, opts: QueryCommandOptions) => {
      const list = await runQuery(opts, (q) => q.evidence(s, p, o));
      if (!wantsJson(opts) && list.length === 0) throw new CliError(`no evidence: ${s} ${p} ${o} is not an asserted fact with evidence`);
      output(opts, list, ['document', 'span', 'exact', 'rule', 'sentence'], list.map((e) => [short(e.document), `${e.start}-${e.end}`, e.exact, short(e.rule), e.sentenceText ?? '']));
    },
  );

  withQueryOptions(program.command('central').description('who is central: PageRank, degree and community').option('--limit <n>', 'at most n entities', '20')).action(async (opts: QueryCommandOptions & { limit: string }) => {
    const list = await runLocalQuery(opts, 'central', (q) => q.centrality(int('--limit', opts.limit, 1, 10000)));
    output(opts, list, ['entity', 'label', 'pagerank', 'degree', 'community'], list.map((c) => [short(c.iri), c.label, c.pagerank.toFixed(4), String(c.degree), String(c.community)]));
  });
}
