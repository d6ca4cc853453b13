/**
 * Restores a gold set's git-ignored article text from the stored page it was read from: given the
 * search tool's excerpt of the page (saved to a file as it came), tries the normalisations the
 * gold files describe (the corpus's leading " date YYYY-MM " label dropped, blank lines folded,
 * the cut-off half sentence at the end removed, a final line break) until the text's sha256
 * equals the gold's, and only then writes `<set>/texts/<id>.txt`. Edits a gold file's comments
 * describe beyond these (a caption or byline dropped) are made by hand on the excerpt first.
 *
 * Usage: `npm run restore-text -- data/devset <id> <excerpt file>`; exit 1 when no variant matches
 * (nothing is written). Does not: search the corpus (the excerpt comes from the search tool).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

type Variants = (text: string) => string[];

const SENTENCE_END = /[.!?]["“”»«')]?(?=\s|$)/gu;

const withoutLabel: Variants = (t) => [t, t.replace(/^\s*date \d{4}(-\d{2}){0,2}\s*/u, ''), t.replace(/\s*date \d{4}(-\d{2}){0,2}\s*/u, '')];

const folded: Variants = (t) => {
  const lines = t.split('\n');
  return [
    t,
    t.replace(/\n{2,}/gu, '\n'),
    t.replace(/\n\s*\n+/gu, '\n'),
    lines.map((l) => l.trim()).filter(Boolean).join('\n'),
    lines.map((l) => l.trimEnd()).filter((l) => l.trim()).join('\n'),
  ];
};

/** The text as it is, cut after one of its last four sentence ends, or before its last line. */
const cut: Variants = (t) => {
  const s = t.trimEnd();
  const ends = [...s.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length).slice(-4);
  const lastLine = s.includes('\n') ? [s.slice(0, s.lastIndexOf('\n'))] : [];
  return [t, ...ends.map((e) => s.slice(0, e)), ...lastLine];
};

const ends: Variants = (t) => [t, t.trim(), t.trimEnd(), t.trimStart()].flatMap((x) => [x, `${x}\n`]);

/** Every candidate text, in order, without repeats. */
export function restoreCandidates(excerpt: string): string[] {
  let texts = [excerpt.replace(/\r\n?/gu, '\n')];
  for (const step of [withoutLabel, folded, cut, ends]) texts = [...new Set(texts.flatMap(step))];
  return texts;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The candidate whose hash is `want`, or undefined. */
export function restoreText(excerpt: string, want: string): string | undefined {
  return restoreCandidates(excerpt).find((t) => sha256(t) === want);
}

function main(args: string[]): number {
  const [set, id, excerptFile] = args;
  if (!set || !id || !excerptFile) {
    process.stderr.write('usage: npm run restore-text -- <gold set folder> <id> <excerpt file>\n');
    return 2;
  }
  const gold = parseYaml(readFileSync(join(set, 'gold', `${id}.yaml`), 'utf8')) as { sha256?: string };
  if (typeof gold.sha256 !== 'string') throw new Error(`${join(set, 'gold', `${id}.yaml`)}: no sha256`);
  const text = restoreText(readFileSync(excerptFile, 'utf8'), gold.sha256);
  if (text === undefined) {
    process.stderr.write(`${id}: no normalisation of ${excerptFile} has the gold's sha256; edit the excerpt as the gold's comments say and try again\n`);
    return 1;
  }
  mkdirSync(join(set, 'texts'), { recursive: true });
  writeFileSync(join(set, 'texts', `${id}.txt`), text);
  process.stdout.write(`${id}: restored (${[...text].length} code points)\n`);
  return 0;
}

if (process.argv[1]?.endsWith('restore-text.ts')) process.exitCode = main(process.argv.slice(2));
