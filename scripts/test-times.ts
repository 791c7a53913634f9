import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FILE_TIMES, type FileTime } from '../tests/support/progress-reporter.ts';

/*
 * The time each test file took in the last run, slowest first, with its set-up hooks (a build or
 * a browser start in beforeAll counts), as the progress reporter recorded it in
 * .tmp/test-file-times.json: so the next slow test is easy to see. `.ci/run` prints it at the
 * end; `node scripts/test-times.ts` prints it after any run.
 */

const projectRoot = path.resolve(import.meta.dirname, '..');
const report = process.argv[2] ?? FILE_TIMES;
if (!existsSync(report)) {
  console.log(`== test times: no report at ${path.relative(projectRoot, report)} (the tests did not run)`);
  process.exit(0);
}

const times = JSON.parse(readFileSync(report, 'utf8')) as FileTime[];
const rows = [...times].sort((a, b) => b.seconds - a.seconds);
const last = Math.max(...rows.map((row) => row.startSeconds + row.seconds));
const width = Math.max(...rows.map((row) => row.file.length), 'file'.length);

console.log('== test times, slowest first (files run side by side, so the times add up to more than the run)');
console.log(`   ${'file'.padEnd(width)}  ${'seconds'.padStart(7)}  ${'tests'.padStart(5)}`);
for (const row of rows) {
  const mark = row.state === 'passed' ? '' : `  ${row.state}`;
  console.log(
    `   ${row.file.padEnd(width)}  ${row.seconds.toFixed(1).padStart(7)}  ${String(row.tests).padStart(5)}${mark}`,
  );
}
console.log(
  `   ${rows.length} files; run start to last end ${last.toFixed(0)} s; sum of file times ${rows
    .reduce((sum, row) => sum + row.seconds, 0)
    .toFixed(0)} s`,
);
