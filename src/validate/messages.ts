/**
 * SHACL results in words: which property, which value, what was expected.
 *
 * Does: describe one result of a SHACL Core constraint component — reading the constraint's
 * parameter (`sh:class`, `sh:minCount` …) from the shape and, for class constraints, what the value
 * is instead — e.g. `the value ngr:Minsk must be a ng:Treaty; it is a ng:City`. Shapes that carry
 * their own `sh:message` keep it (see `shacl.ts`). Does not: validate.
 */
import type { Quad_Object, Term } from '@rdfjs/types';
import { DataFactory, type Store } from 'n3';
import { compactIri } from '../model/vocab.js';

const SH = 'http://www.w3.org/ns/shacl#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** What a result says about itself. */
export interface ResultTerms {
  component: string;
  shape: Term | undefined;
  focus: string;
  path: string | undefined;
  value: Term | undefined;
}

const show = (t: Term | undefined): string => (!t ? '?' : t.termType === 'Literal' ? JSON.stringify(t.value) : t.termType === 'BlankNode' ? 'a blank node' : compactIri(t.value));

/** The phrases of each constraint component, by local name: `(what the value must be, and what it is)`. */
const PHRASES: Record<string, (p: { param: (name: string) => Term | undefined; params: (name: string) => Term[]; actual: string; path: string }) => string> = {
  ClassConstraintComponent: ({ param, actual }) => `must be a ${show(param('class'))}; it is ${actual}`,
  DatatypeConstraintComponent: ({ param }) => `must be a literal of datatype ${show(param('datatype'))}`,
  NodeKindConstraintComponent: ({ param }) => `must be ${{ IRI: 'an IRI', Literal: 'a literal', BlankNode: 'a blank node', BlankNodeOrIRI: 'an IRI or a blank node', IRIOrLiteral: 'an IRI or a literal', BlankNodeOrLiteral: 'a blank node or a literal' }[(param('nodeKind')?.value ?? '').replace(SH, '')] ?? show(param('nodeKind'))}`,
  MinCountConstraintComponent: ({ param, path }) => `needs at least ${param('minCount')?.value ?? '?'} value(s) of ${path}`,
  MaxCountConstraintComponent: ({ param, path }) => `may have at most ${param('maxCount')?.value ?? '?'} value(s) of ${path}`,
  InConstraintComponent: () => 'is not one of the allowed values',
  HasValueConstraintComponent: ({ param, path }) => `needs ${path} ${show(param('hasValue'))}`,
  PatternConstraintComponent: ({ param }) => `must match the pattern ${JSON.stringify(param('pattern')?.value ?? '')}`,
  MinLengthConstraintComponent: ({ param }) => `must be at least ${param('minLength')?.value ?? '?'} characters long`,
  MaxLengthConstraintComponent: ({ param }) => `must be at most ${param('maxLength')?.value ?? '?'} characters long`,
  MinInclusiveConstraintComponent: ({ param }) => `must be ≥ ${param('minInclusive')?.value ?? '?'}`,
  MaxInclusiveConstraintComponent: ({ param }) => `must be ≤ ${param('maxInclusive')?.value ?? '?'}`,
  MinExclusiveConstraintComponent: ({ param }) => `must be > ${param('minExclusive')?.value ?? '?'}`,
  MaxExclusiveConstraintComponent: ({ param }) => `must be < ${param('maxExclusive')?.value ?? '?'}`,
  LanguageInConstraintComponent: () => 'has a language tag that is not allowed',
  UniqueLangConstraintComponent: ({ path }) => `has two values of ${path} in the same language`,
  ClosedConstraintComponent: () => 'uses a property the shape does not allow',
};

/** One SHACL result in words, e.g. `ng:partyTo value ngr:Minsk must be a ng:Treaty; it is a ng:City`. */
export function describeResult(result: ResultTerms, shapes: Store, data: Store): string {
  const local = result.component.replace(SH, '');
  const shape = result.shape;
  const params = (name: string): Term[] => (shape ? shapes.getObjects(shape as never, DataFactory.namedNode(SH + name), null) : []);
  const param = (name: string): Term | undefined => params(name)[0];
  const path = result.path ? compactIri(result.path) : '';
  const subject = result.path && result.value ? `its ${path} value ${show(result.value)}` : result.value && result.value.value !== result.focus ? `the value ${show(result.value)}` : compactIri(result.focus);
  const types = result.value && result.value.termType !== 'Literal' ? data.getObjects(result.value as never, DataFactory.namedNode(RDF_TYPE), null).map((t: Quad_Object) => compactIri(t.value)) : [];
  const actual = result.value?.termType === 'Literal' ? `the literal ${show(result.value)}` : types.length > 0 ? `a ${[...new Set(types)].sort().join(', a ')}` : 'not typed';
  // why the focus node is checked at all: a node shape targeting the subjects or objects of a property
  const objectsOf = param('targetObjectsOf');
  const subjectsOf = param('targetSubjectsOf');
  const why = result.path ? '' : objectsOf ? `as an object of ${show(objectsOf)}, ` : subjectsOf ? `as a subject of ${show(subjectsOf)}, ` : '';
  const phrase = PHRASES[local];
  return `${why}${phrase ? `${subject} ${phrase({ param, params, actual, path: path || 'the property' })}` : `${subject} does not meet the constraint ${compactIri(result.component)}`}`;
}
