/**
 * The final metadata of an ingested article (`SourceMeta`): command-line overrides first, then a
 * `<name>.meta.json` sidecar, then what the input states (page metadata, feed fields, front
 * matter), then what the text shows (language). Does: normalise language tags (`de-DE` → `de`)
 * and dates (ISO date-times, RFC 822 → `YYYY-MM-DD`), make document ids from names, and reject
 * what cannot be used with the reason. Does not: read article files.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { SourceMeta } from '../model/curation.js';
import { makeTime } from '../model/time.js';
import { guessLanguage } from '../extract/language.js';
import { UnreadableError, type MetadataHints, type ReadDocument } from './document.js';

/** Metadata given on the command line; applies to every article of the run. */
export interface MetadataOverrides {
  language?: string;
  published?: string;
  publisher?: string;
  title?: string;
}

/** Languages the extractor reads. */
export const SUPPORTED_LANGUAGES = ['de', 'en'] as const;

const LANGUAGE_NAMES: Record<string, string> = { de: 'German', en: 'English', german: 'de', deutsch: 'de', english: 'en', englisch: 'en' };

/** `de-DE`, `de_AT`, `German`, `en-GB` → `de` / `en`; other tags are returned lower-cased (primary subtag). */
export function normaliseLanguage(tag: string): string {
  const t = tag.trim().toLowerCase();
  const named = LANGUAGE_NAMES[t];
  if (named && named.length === 2) return named;
  return t.split(/[-_]/)[0]!;
}

/**
 * A publication date as `YYYY-MM-DD`: the date as written for ISO dates and date-times
 * (`2024-12-06T23:30:00-05:00` is the 6th, the publisher's own day), the UTC date for RFC 822
 * (`Fri, 06 Dec 2024 10:00:00 GMT`). Undefined when it is no date.
 */
export function normaliseDate(value: string): string | undefined {
  const v = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(v);
  if (iso) return iso[1];
  if (!/[a-z]{3}/i.test(v)) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

const TRANSLIT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l' };

/** A document id (`[a-z0-9-]+`, at most 80 characters) from a file name, title or URL. */
export function slugId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äöüßæøœł]/g, (c) => TRANSLIT[c]!)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** The metadata sidecar of a single-article file (`a.html` → `a.meta.json`), if there is one. */
export function readSidecar(file: string): MetadataHints | undefined {
  const path = file.replace(/\.[^./\\]+$/, '') + '.meta.json';
  if (path === file || !existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UnreadableError(path, `the metadata sidecar is not valid JSON: ${(err as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new UnreadableError(path, 'the metadata sidecar is not a JSON object');
  const o = raw as Record<string, unknown>;
  const out: MetadataHints = {};
  for (const k of ['id', 'title', 'publisher', 'published', 'language', 'url'] as const) if (typeof o[k] === 'string' && o[k]) out[k] = o[k] as string;
  return out;
}

function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

/**
 * The article's `SourceMeta`.
 * @throws UnreadableError naming the origin and what is missing or wrong (and the flag that fixes it).
 */
export function resolveMeta(doc: ReadDocument, overrides: MetadataOverrides, sidecar: MetadataHints = {}): SourceMeta {
  const fail = (reason: string): never => {
    throw new UnreadableError(doc.origin, reason);
  };
  const pick = <K extends keyof MetadataHints>(k: K): string | undefined => (overrides as MetadataHints)[k] ?? sidecar[k] ?? doc.hints[k];

  const guessed = guessLanguage(doc.text);
  const stated = pick('language');
  const language = stated !== undefined ? normaliseLanguage(stated) : guessed;
  if (!language) fail('cannot tell the language; pass --language de or --language en');
  if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(language!)) fail(`language ${JSON.stringify(stated)} is not supported; use de or en`);
  if (guessed && guessed !== language) fail(`the text looks like ${languageName(guessed)}, not ${language}; pass --language ${guessed}`);

  const rawDate = pick('published');
  if (!rawDate) fail('the publication date is unknown; pass --published YYYY-MM-DD (relative dates resolve against it)');
  const published = normaliseDate(rawDate!);
  if (!published) fail(`the publication date ${JSON.stringify(rawDate)} is not a date; pass --published YYYY-MM-DD`);
  try {
    makeTime(published!, 'day');
  } catch {
    fail(`the publication date ${published} is not a real date`);
  }

  const id = slugId(sidecar.id ?? doc.hints.id ?? doc.idHint);
  if (!id) fail('cannot make a document id from its name; add a .meta.json with "id"');
  const publisher = pick('publisher');
  const title = pick('title');
  const url = sidecar.url ?? doc.hints.url;
  return { id, language: language!, published: published!, ...(publisher ? { publisher } : {}), ...(title ? { title } : {}), ...(url ? { url } : {}) };
}
