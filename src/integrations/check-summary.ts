import { checkContent, formatReport, type CheckResult, type Severity } from '../content-check/check-content.ts';
import type { ContentFile } from '../content-check/validate-files.ts';
import { nextPublishStateChange } from '../stories/publishing.ts';

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
  /** Until when (ms since the epoch) the same files check the same: see checkedAlikeUntil(). */
  validUntil: number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The first moment after `now` at which the same files could check differently. The check reads
 * the clock in two ways: an entry's publish state (stories/publishing.ts, which says when it next
 * changes), and the days left before consent ends, which change at midnight UTC. So: the next
 * midnight UTC, or the first publish state change still to come if sooner.
 */
export function checkedAlikeUntil(files: readonly ContentFile[], now: Date): number {
  let until = Math.floor(now.getTime() / DAY) * DAY + DAY;
  for (const file of files) {
    const change = nextPublishStateChange(file, now)?.getTime();
    if (change !== undefined && change < until) until = change;
  }
  return until;
}

/** Runs every content check over the project at `root`: what it read, and its summary. */
export function runContentCheck(root: string, now = new Date()): { result: CheckResult; summary: CheckSummary } {
  const started = performance.now();
  const result = checkContent(root, now);
  const { checked, errors, warnings, reports, files } = result;
  const lines = reports.map((report) => ({ severity: report.severity, text: formatReport(report) }));
  const took = Math.round(performance.now() - started);
  return { result, summary: { checked, errors, warnings, lines, took, validUntil: checkedAlikeUntil(files, now) } };
}
