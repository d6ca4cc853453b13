/**
 * SHACL validation of a dataset against `ontology/shapes.ttl`.
 *
 * Does: validate the union of all graphs (with the ontology in the data, so `sh:class` follows
 * `rdfs:subClassOf`), add the model invariants of `invariants.ts`, and return one report with
 * readable messages. Does not: load files (the caller passes quads) or print.
 */
import SHACLValidator from 'rdf-validate-shacl';
import { Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { checkInvariants, type InvariantViolation } from './invariants.js';
import { compactIri } from '../model/vocab.js';
import { describeResult } from './messages.js';

/** One problem found in the data. */
export interface ValidationIssue {
  severity: 'violation' | 'warning' | 'info';
  focus: string;
  path?: string;
  message: string;
  /** The shape (`ngsh:…`) or invariant that found it. */
  source: string;
}

/** The outcome of validating a dataset. */
export interface ValidationReport {
  /** True when there is no violation (warnings allowed). */
  conforms: boolean;
  issues: ValidationIssue[];
}

function severityOf(iri: string | undefined): ValidationIssue['severity'] {
  if (iri?.endsWith('#Warning')) return 'warning';
  if (iri?.endsWith('#Info')) return 'info';
  return 'violation';
}

/** Validate `data` against `shapes` (both as quads) and the model invariants. */
export async function validateDataset(data: readonly Quad[], shapes: readonly Quad[]): Promise<ValidationReport> {
  const shapeStore = new Store(shapes as Quad[]);
  const dataStore = new Store(data as Quad[]);
  const validator = new SHACLValidator(shapeStore as never);
  const report = await validator.validate(dataStore as never);
  const issues: ValidationIssue[] = [];
  for (const r of report.results) {
    const focus = r.focusNode?.value ?? '';
    const messages = (r.message ?? []).map((m: { value: string }) => m.value);
    const path = r.path?.value;
    issues.push({
      severity: severityOf(r.severity?.value),
      focus,
      ...(path ? { path } : {}),
      message:
        messages.join('; ') ||
        describeResult({ component: r.sourceConstraintComponent?.value ?? '', shape: r.sourceShape ?? undefined, focus, path, value: r.value ?? undefined }, shapeStore, dataStore),
      source: compactIri(r.sourceShape?.termType === 'NamedNode' ? r.sourceShape.value : (r.sourceConstraintComponent?.value ?? 'shape')),
    });
  }
  const invariants: InvariantViolation[] = checkInvariants(data);
  for (const v of invariants) issues.push({ severity: 'violation', focus: v.focus, message: v.message, source: `invariant:${v.rule}` });
  return { conforms: !issues.some((i) => i.severity === 'violation'), issues };
}
