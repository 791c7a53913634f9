import path from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '../../src/content-check/check-content.ts';
import { buildProject, copyProject, projectRoot } from '../support/project-copy.ts';

describe('a bad frontmatter value', () => {
  it('stops the build with a message naming the file and the field, and writes no site', async () => {
    const root = copyProject('bad-frontmatter', {
      'content/articles/bad-tag-article.mdx': path.join(
        projectRoot,
        'tests',
        'fixtures',
        'invalid',
        'bad-tag-article.mdx',
      ),
    });
    const result = await buildProject(root);
    expect(result.code).toBe(1);
    const lines = result.output.split('\n');
    expect(lines).toContain(
      'content/articles/bad-tag-article.mdx: tags[1]: "Remote Work" looks like the listed tag "remote-work"; write it as remote-work',
    );
    // One line per problem, in the words of `npm run check:content`, and nothing that reads as a crash.
    const { reports } = checkContent(root);
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) expect(lines).toContain(formatReport(report));
    expect(result.output).toContain('nothing was built');
    expect(result.output).toContain('npm run check:content');
    expect(result.output).not.toMatch(/unhandled error|Stack trace|^\s+at /m);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  });
});

describe('a bad site URL', () => {
  it.each([
    ['not-a-url', /site config url: must be an absolute http\(s\) URL/],
    ['https://example.org/stories', /must be an origin only.*SITE_BASE/],
  ])('SITE_URL=%s stops the build with a message saying what to set', async (url, message) => {
    const root = copyProject('bad-site-url');
    const result = await buildProject(root, { SITE_URL: url });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(message);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  });
});
