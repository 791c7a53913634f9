import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  frontmatterReference,
  REFERENCE_DOCUMENTS,
  REFERENCE_END,
  REFERENCE_START,
  withReference,
} from './frontmatter-reference.ts';

const read = (document: string) => readFileSync(path.resolve(import.meta.dirname, '../..', document), 'utf8');
const writing = read('docs/writing.md');

describe('the frontmatter reference', () => {
  it('lists every field of both schemas with its description', () => {
    const reference = frontmatterReference();
    for (const field of ['title', 'description', 'pubDate', 'updatedDate', 'tags', 'draft', 'hero', 'author']) {
      expect(reference).toContain(`| \`${field}\` |`);
    }
    for (const field of ['name', 'role', 'startedAs', 'yearsInService', 'channels', 'employer', 'workMode', 'quote']) {
      expect(reference).toContain(`| \`${field}\` |`);
    }
  });

  it.each(REFERENCE_DOCUMENTS)('is up to date in %s (run npm run docs:frontmatter if this fails)', (document) => {
    const text = read(document);
    expect(text).toContain(REFERENCE_START);
    expect(withReference(text)).toBe(text);
  });

  it('is generated into one document only: the README links to it', () => {
    expect(REFERENCE_DOCUMENTS).toEqual(['docs/writing.md']);
    expect(read('README.md')).not.toContain(REFERENCE_START);
    expect(read('README.md')).toContain('(docs/writing.md)');
  });

  it('notices a guide whose table has drifted', () => {
    const drifted = writing.replace('| `title` | required |', '| `title` | optional |');
    expect(drifted).not.toBe(writing);
    expect(withReference(drifted)).not.toBe(drifted);
  });

  it('refuses a guide without the markers', () => {
    expect(() => withReference(writing.replace(REFERENCE_START, '').replace(REFERENCE_END, ''))).toThrow(/markers/);
  });
});
