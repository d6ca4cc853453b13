/**
 * Human-readable validation reports, and a build that fails (exit 1) on a non-conforming graph.
 */
import type { ValidationReport } from '../validate/shacl.js';
import { compactIri } from '../model/vocab.js';
import { buildGraph, type BuildOptions, type BuildResult } from '../build/pipeline.js';
import { CliError, EXIT } from './errors.js';

/** One line per issue: severity, focus node, path, message, and the shape that found it. */
export function formatReport(report: ValidationReport): string {
  const lines = report.issues.map(
    (i) => `${i.severity}: ${compactIri(i.focus)}${i.path ? ` ${compactIri(i.path)}` : ''}: ${i.message} [${i.source}]`,
  );
  const violations = report.issues.filter((i) => i.severity === 'violation').length;
  lines.push(report.conforms ? `conforms (${report.issues.length} warnings)` : `${violations} violation(s)`);
  return `${lines.join('\n')}\n`;
}

/** Build the graph; print the report and fail with exit 1 if it does not conform. */
export async function buildOrFail(options: BuildOptions, hint: string): Promise<BuildResult> {
  const result = await buildGraph(options);
  if (result.report && !result.report.conforms) {
    process.stderr.write(formatReport(result.report));
    throw new CliError(`the graph does not conform to ontology/shapes.ttl; ${hint}`, EXIT.failure);
  }
  return result;
}
