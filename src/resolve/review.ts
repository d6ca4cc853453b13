/**
 * The entity review file, `data/review/entities.yaml`: a reviewer's merge and split decisions on
 * cross-document entity resolution, applied on every build so they survive re-extraction.
 *
 *     merge:
 *       - [Dmitri_Peskow, Dmitry_Peskov]          # always one entity
 *     split:
 *       - [Anna_Berger_Austria, Anna_Berger_Switzerland]   # never one entity
 *       - { entity: Anna_Berger, documents: [donau-depesche-2024-12-08-bericht] }
 *                                                 # these documents' Anna Berger is someone else
 *
 * Entities are named as the extractor mints them or as resolution names them (`ngr:` local
 * names, prefixed names or full IRIs), both stable across rebuilds. Does: parse and check the
 * file, with `file:line:column` errors. Does not: apply the decisions (that is `resolve.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import { CurationError } from '../model/curation.js';
import { expandPrefixed, PREFIXES } from '../model/vocab.js';
import type { Iri } from '../model/types.js';

/** One decision, with the line it was written on (for messages). */
export interface ReviewDecision {
  entities: Iri[];
  /** Split only: the documents (ids) whose occurrences of `entities[0]` are someone else. */
  documents?: string[];
  line: number;
}

/** The parsed review file. */
export interface EntityReview {
  file?: string;
  merge: ReviewDecision[];
  split: ReviewDecision[];
}

/** Where the review file lives in a data folder. */
export const ENTITY_REVIEW_PATH = ['review', 'entities.yaml'] as const;

/** An entity reference → IRI: `Anna_Berger`, `ngr:Anna_Berger` or the full IRI. */
export function entityRef(ref: string): Iri {
  if (/^https?:\/\//.test(ref)) return ref;
  return ref.includes(':') ? expandPrefixed(ref) : PREFIXES.ngr + ref;
}

/** An empty review: nothing to merge or split. */
export function emptyReview(): EntityReview {
  return { merge: [], split: [] };
}

/** Read the review file; a missing file is an empty review. @throws CurationError naming file:line:column. */
export function readEntityReview(path: string): EntityReview {
  if (!existsSync(path)) return emptyReview();
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
  const at = (node: YamlNode | undefined | null) => lines.linePos(node?.range?.[0] ?? 0);
  const fail = (node: YamlNode | undefined | null, msg: string): never => {
    const pos = at(node);
    throw new CurationError(path, pos.line, pos.col, msg);
  };
  if (doc.errors.length) {
    const pos = lines.linePos(doc.errors[0]!.pos[0]);
    throw new CurationError(path, pos.line, pos.col, doc.errors[0]!.message.split('\n')[0]!);
  }
  const review: EntityReview = { file: path, merge: [], split: [] };
  const root = doc.contents as YamlNode | null;
  if (root === null) return review;
  if (!isMap(root)) fail(root, 'the entity review maps merge/split to lists');
  const names = (node: YamlNode | undefined, what: string): string[] => {
    if (!isSeq(node)) return fail(node, `${what} must be a list of names`);
    return node.items.map((x) => (isScalar(x) && typeof x.value === 'string' && x.value.trim() ? x.value.trim() : fail(x as YamlNode, `${what}: expected a name, got ${JSON.stringify((x as { toJSON?: () => unknown }).toJSON?.() ?? x)}`)));
  };
  for (const pair of (root as { items: Array<{ key: unknown }> }).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key !== 'merge' && key !== 'split') fail(pair.key as YamlNode, `unknown key ${JSON.stringify(key)}; use merge or split`);
  }
  for (const kind of ['merge', 'split'] as const) {
    const list = (root as { get: (k: string, keep: true) => unknown }).get(kind, true) as YamlNode | undefined;
    if (list === undefined || list === null) continue;
    if (!isSeq(list)) fail(list, `${kind} must be a list`);
    for (const item of (list as { items: YamlNode[] }).items) {
      const line = at(item).line;
      if (isSeq(item)) {
        const refs = names(item, kind);
        if (refs.length < 2) fail(item, `${kind} needs at least two entities`);
        review[kind].push({ entities: refs.map(entityRef), line });
      } else if (kind === 'split' && isMap(item)) {
        const entity = item.get('entity', true) as YamlNode | undefined;
        if (!isScalar(entity) || typeof entity.value !== 'string') fail(item, 'split: { entity: NAME, documents: [ID, …] } needs an entity');
        const documents = names(item.get('documents', true) as YamlNode | undefined, 'split documents');
        review.split.push({ entities: [entityRef((entity as { value: string }).value)], documents, line });
      } else {
        fail(item, kind === 'merge' ? 'merge entries are lists of entities: [a, b]' : 'split entries are [a, b] or { entity, documents }');
      }
    }
  }
  return review;
}
