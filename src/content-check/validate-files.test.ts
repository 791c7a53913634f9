import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldName, formatProblem, validateContentFiles } from './validate-files.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

function projectWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'stories-content-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('every file under content/', () => {
  const { files, problems } = validateContentFiles(projectRoot);

  it('parses against its collection schema', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('includes both collections', () => {
    expect(files.filter((file) => file.collection === 'articles').length).toBeGreaterThanOrEqual(8);
    expect(files.filter((file) => file.collection === 'testimonials').length).toBeGreaterThanOrEqual(6);
  });
});

describe('validateContentFiles', () => {
  it('reports a bad value with the file and the field', () => {
    const root = projectWith({});
    cpSync(
      path.join(projectRoot, 'tests/fixtures/invalid/bad-tag-article.mdx'),
      path.join(root, 'content/articles/bad.mdx'),
      {
        recursive: true,
      },
    );
    const lines = validateContentFiles(root).problems.map(formatProblem);
    expect(lines).toEqual([
      'content/articles/bad.mdx: tags[1]: expected a lower-case slug of letters, digits and hyphens, such as "remote-work"',
    ]);
  });

  it('reports broken YAML and a hero image that does not exist', () => {
    const root = projectWith({
      'content/articles/broken.mdx': '---\ntitle: "unclosed\n---\nBody\n',
      'content/articles/no-image.mdx':
        '---\ntitle: T\ndescription: D\npubDate: 2026-01-01\ntags: [careers]\nhero:\n  src: ./missing.jpg\n  alt: A desk\n---\nBody\n',
      'content/testimonials/typo.mdx': '---\nname: Rosa\n---\n',
    });
    const lines = validateContentFiles(root).problems.map(formatProblem);
    expect(lines).toContainEqual(
      expect.stringMatching(/^content\/articles\/broken\.mdx: frontmatter: expected valid YAML/),
    );
    expect(lines).toContain(
      'content/articles/no-image.mdx: hero.src: expected an image file at "./missing.jpg", relative to this file, but there is none',
    );
    expect(lines).toContainEqual(expect.stringMatching(/^content\/testimonials\/typo\.mdx: role: is required/));
  });

  it('writes nested paths the way editors read them', () => {
    expect(fieldName(['tags', 1])).toBe('tags[1]');
    expect(fieldName(['hero', 'alt'])).toBe('hero.alt');
    expect(fieldName([])).toBe('frontmatter');
  });
});
