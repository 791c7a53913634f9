import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * The time each test file took in the last run, slowest first, from vitest's JSON report
 * (.tmp/vitest-results.json), with the run's wall-clock time: so the next slow test is easy to
 * see. `.ci/run` prints it at the end; `node scripts/test-times.ts` prints it after any run.
 */

interface FileResult {
  name: string;
  startTime: number;
  endTime: number;
  status: string;
  assertionResults: unknown[];
}

const projectRoot = path.resolve(import.meta.dirname, '..');
const report = process.argv[2] ?? path.join(projectRoot, '.tmp', 'vitest-results.json');
if (!existsSync(report)) {
  console.log(`== test times: no report at ${path.relative(projectRoot, report)} (the tests did not run)`);
  process.exit(0);
}

const { testResults } = JSON.parse(readFileSync(report, 'utf8')) as { testResults: FileResult[] };
const rows = testResults
  .map((file) => ({
    file: path.relative(projectRoot, file.name),
    seconds: (file.endTime - file.startTime) / 1000,
    tests: file.assertionResults.length,
    status: file.status,
  }))
  .sort((a, b) => b.seconds - a.seconds);
const first = Math.min(...testResults.map((file) => file.startTime));
const last = Math.max(...testResults.map((file) => file.endTime));
const width = Math.max(...rows.map((row) => row.file.length), 'file'.length);

console.log('== test times, slowest first (files run side by side, so the times add up to more than the run)');
console.log(`   ${'file'.padEnd(width)}  ${'seconds'.padStart(7)}  ${'tests'.padStart(5)}`);
for (const row of rows) {
  const mark = row.status === 'passed' ? '' : `  ${row.status}`;
  console.log(
    `   ${row.file.padEnd(width)}  ${row.seconds.toFixed(1).padStart(7)}  ${String(row.tests).padStart(5)}${mark}`,
  );
}
console.log(
  `   ${rows.length} files; first start to last end ${((last - first) / 1000).toFixed(0)} s; sum of file times ${rows
    .reduce((sum, row) => sum + row.seconds, 0)
    .toFixed(0)} s`,
);
