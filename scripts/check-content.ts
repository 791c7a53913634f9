import path from 'node:path';
import { checkContent, formatReport } from '../src/content-check/check-content.ts';

/*
 * npm run check:content: every content problem, one line each, in a second or two and without a
 * build. Exit code 1 when there is any error; warnings alone pass.
 */

const root = process.env['SERVICE_STORIES_ROOT'] ?? path.resolve(import.meta.dirname, '..');
const started = performance.now();
const { checked, reports, errors, warnings } = checkContent(root);
for (const report of reports) console.log(formatReport(report));
const took = Math.round(performance.now() - started);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
console.log(
  `check:content: ${plural(checked, 'file')} checked, ${plural(errors, 'error')}, ${plural(warnings, 'warning')} (${took} ms)`,
);
if (errors > 0) {
  console.log('Fix each line above (file: field: what was expected), then run npm run check:content again.');
  process.exitCode = 1;
}
