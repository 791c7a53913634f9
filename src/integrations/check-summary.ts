import { checkContent, formatReport, type CheckResult, type Severity } from '../content-check/check-content.ts';

/*
 * A content check as the build and the dev server report it: the counts and the lines of
 * `npm run check:content`, in its words and order. Plain data, so a worker thread can send it.
 */

export interface CheckSummary {
  /** How many files were read, as in `npm run check:content`. */
  checked: number;
  errors: number;
  warnings: number;
  /** Every report, in the words and order of `npm run check:content`. */
  lines: { severity: Severity; text: string }[];
  /** How long the check took, in milliseconds. */
  took: number;
}

/** Runs every content check over the project at `root`: what it read, and its summary. */
export function runContentCheck(root: string): { result: CheckResult; summary: CheckSummary } {
  const started = performance.now();
  const result = checkContent(root);
  const { checked, errors, warnings, reports } = result;
  const lines = reports.map((report) => ({ severity: report.severity, text: formatReport(report) }));
  return { result, summary: { checked, errors, warnings, lines, took: Math.round(performance.now() - started) } };
}
