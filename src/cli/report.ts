/**
 * Human-readable rendering of a validation report. Does not: decide exit codes.
 */
import type { ValidationReport } from '../validate/shacl.js';
import { compactIri } from '../model/vocab.js';

/** One line per issue: severity, focus node, path, message, and the shape that found it. */
export function formatReport(report: ValidationReport): string {
  const lines = report.issues.map(
    (i) => `${i.severity}: ${compactIri(i.focus)}${i.path ? ` ${compactIri(i.path)}` : ''}: ${i.message} [${i.source}]`,
  );
  const violations = report.issues.filter((i) => i.severity === 'violation').length;
  lines.push(report.conforms ? `conforms (${report.issues.length} warnings)` : `${violations} violation(s)`);
  return `${lines.join('\n')}\n`;
}
