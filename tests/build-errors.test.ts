import path from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProject, copyProject, projectRoot } from './project-copy.ts';

describe('a bad frontmatter value', () => {
  it('stops the build with a message naming the file and the field, and writes no site', async () => {
    const root = copyProject('bad-frontmatter', {
      'content/articles/bad-tag-article.mdx': path.join(projectRoot, 'tests', 'fixtures', 'invalid', 'bad-tag-article.mdx'),
    });
    const result = await buildProject(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('bad-tag-article');
    expect(result.output).toMatch(/tags\.1|tags\[1\]/);
    expect(result.output).toContain('"remote-work"');
    expect(existsSync(path.join(root, 'dist', 'index.html'))).toBe(false);
  });
});
