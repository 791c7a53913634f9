import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REFERENCE_DOCUMENTS, withReference } from './editorial/frontmatter-reference.ts';

/** Rewrites the frontmatter reference in docs/writing.md from the schemas. Usage: npm run docs:frontmatter */
const root = path.resolve(import.meta.dirname, '..');
for (const document of REFERENCE_DOCUMENTS) {
  const file = path.join(root, document);
  const before = readFileSync(file, 'utf8');
  const after = withReference(before);
  if (after === before) console.log(`${document}: frontmatter reference already up to date.`);
  else {
    writeFileSync(file, after);
    console.log(`${document}: frontmatter reference rewritten from src/schema/schemas.ts.`);
  }
}
