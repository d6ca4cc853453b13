/**
 * The corpus commands: `corroborated --min N` (facts supported by at least N independent
 * publishers), `said X [--about Y]` (what X said, over time, across sources) and `disagreements`
 * (where sources disagree) — on the local graph or, with `--endpoint`, on a SPARQL store.
 * Does not: answer the questions itself (see `src/corpus`).
 */
import type { Command } from 'commander';
import { CorpusQueries } from '../../corpus/corpus-queries.js';
import type { Disagreement, SourceRef } from '../../corpus/types.js';
import { endpointFromOptions } from '../endpoint-options.js';
import { loadInputDataset } from '../input.js';
import { mapErrors, output, withQueryOptions, type QueryCommandOptions } from '../query-context.js';
import { CliError } from '../errors.js';

async function corpusQueries(opts: QueryCommandOptions): Promise<CorpusQueries> {
  const endpoint = opts.in ? undefined : endpointFromOptions(opts);
  return endpoint ? CorpusQueries.fromEndpoint(endpoint) : CorpusQueries.fromQuads(await loadInputDataset(opts.in));
}

function isoDate(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new CliError(`${name} must be a date YYYY[-MM[-DD]], got ${JSON.stringify(value)}`);
  return value;
}

const sources = (list: SourceRef[]) => list.map((s) => `${s.publisher} (${s.published})`).join(', ');

/** One line per disagreement, for the table. */
function disagreementRow(d: Disagreement): string[] {
  if (d.kind === 'value') return ['value', `${d.subject.label} · ${d.predicate.label}`, d.values.map((x) => `${x.object.label}: ${sources(x.sources)}`).join(' ≠ ')];
  if (d.kind === 'event') return [`event ${d.differs.join('+')}`, `${d.eventClass.label} · ${d.identity.map((x) => x.label).join(', ')}`, d.events.map((e) => `${e.date?.value ?? '?'}${e.places.length ? ` in ${e.places.map((p) => p.label).join('/')}` : ''}: ${sources(e.sources)}`).join(' ≠ ')];
  return ['claimed', `${d.subject.label} · ${d.predicate.label} · ${d.object.label}`, `asserted: ${sources(d.assertedBy)}; only said: ${d.claimedBy.map((c) => `${c.speaker.label} in ${c.source.publisher} (${c.source.published})`).join(', ')}`];
}

export function register(program: Command): void {
  withQueryOptions(program.command('corroborated').description('asserted facts supported by at least N independent publishers').option('--min <n>', 'at least n publishers', '2').option('--subject <x>', 'only facts about this entity')).action(
    async (opts: QueryCommandOptions & { min: string; subject?: string }) => {
      const min = Number(opts.min);
      if (!Number.isInteger(min) || min < 1 || min > 100000) throw new CliError(`--min must be a positive integer, got ${JSON.stringify(opts.min)}`);
      const q = await corpusQueries(opts);
      const list = await mapErrors(() => q.corroborated({ min, ...(opts.subject ? { subject: opts.subject } : {}) }));
      output(opts, list, ['publishers', 'docs', 'first', 'last', 'subject', 'predicate', 'object', 'sources'], list.map((f) => [String(f.publishers.length), String(f.sources.length), f.firstSeen, f.lastSeen, f.subject.label, f.predicate.label, f.object.label, f.publishers.join(', ')]));
    },
  );

  withQueryOptions(program.command('said').description('what a speaker said (about a topic), over time, across sources').argument('<speaker>').option('--about <y>', 'only what was said about this entity').option('--from <date>').option('--to <date>')).action(
    async (speaker: string, opts: QueryCommandOptions & { about?: string; from?: string; to?: string }) => {
      const from = isoDate('--from', opts.from);
      const to = isoDate('--to', opts.to);
      const q = await corpusQueries(opts);
      const list = await mapErrors(() => q.said(speaker, { ...(opts.about ? { about: opts.about } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) }));
      output(opts, list, ['date', 'reports', 'sources', 'said'], list.map((u) => [u.date?.value ?? `(${u.reports[0]!.source.published})`, String(u.reports.length), u.publishers.join(', '), u.reports.map((r) => r.quote ?? r.content).join(' / ')]));
    },
  );

  withQueryOptions(program.command('disagreements').description('where sources disagree: values, event dates and places, facts asserted by some and only claimed by others')).action(async (opts: QueryCommandOptions) => {
    const q = await corpusQueries(opts);
    const list = await mapErrors(() => q.disagreements());
    output(opts, list, ['kind', 'about', 'sources'], list.map(disagreementRow));
  });
}
