import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withReference } from '../src/content/frontmatter-reference.ts';

/** Rewrites the frontmatter reference in README.md from the schemas. Usage: npm run docs:frontmatter */
const readme = path.resolve(import.meta.dirname, '..', 'README.md');
const before = readFileSync(readme, 'utf8');
const after = withReference(before);
if (after === before) {
  console.log('README.md frontmatter reference is already up to date.');
} else {
  writeFileSync(readme, after);
  console.log('README.md frontmatter reference rewritten from src/content/schemas.ts.');
}
