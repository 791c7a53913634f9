import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * Prints the quality figures the test run wrote to .tmp/quality/*.json (pages checked, axe
 * violations, broken links, HTML errors, Lighthouse scores) as a short summary for the CI log.
 */

const folder = path.resolve(import.meta.dirname, '..', '.tmp', 'quality');
if (!existsSync(folder)) {
  console.log('== quality summary: no figures were written (the quality tests did not run)');
  process.exit(0);
}

function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(describe).join('; ');
  return Object.entries(value)
    .map(([key, inner]) => `${key} ${describe(inner)}`)
    .join(', ');
}

console.log('== quality summary');
for (const name of readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort()) {
  const figures = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as unknown;
  console.log(`   ${name.replace(/\.json$/, '')}: ${describe(figures)}`);
}
