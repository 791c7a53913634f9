import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/stories/dates.ts';
import { checkContentIn } from '../support/check-content-cli.ts';
import { buildProject, copyProject, projectRoot } from '../support/project-copy.ts';

/*
 * Input that used to slip through, tried the way editors meet it: `npm run check:content`, which
 * they run to check everything in a second, and `npm run build`, which must refuse the same file.
 */

const fixtures = path.join(projectRoot, 'tests', 'fixtures', 'invalid');

describe('a date that is not on the calendar, written without quotes', () => {
  const line =
    'content/articles/impossible-date-article.mdx: pubDate: expected the publication date on a day that exists, but February 2026 has 28 days, so there is no 2026-02-30';
  const withFixture = (name: string) =>
    copyProject(name, {
      'content/articles/impossible-date-article.mdx': path.join(fixtures, 'impossible-date-article.mdx'),
    });

  it('fails npm run check:content, naming the file and the field', async () => {
    const result = await checkContentIn(withFixture('impossible-date-check'));
    expect(result.code).toBe(1);
    expect(result.output.split('\n')).toContain(line);
  });

  it('stops npm run build with the same line, and writes no site', async () => {
    const root = withFixture('impossible-date-build');
    const result = await buildProject(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(line);
    expect(result.output).toContain('nothing was built');
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  });
});

describe('MDX that does not compile', () => {
  it('fails npm run check:content with the file, the line and what is wrong, without building', async () => {
    const root = copyProject('unclosed-component-check', {
      'content/articles/unclosed-component-article.mdx': path.join(fixtures, 'unclosed-component-article.mdx'),
    });
    const result = await checkContentIn(root);
    expect(result.code).toBe(1);
    expect(result.output.split('\n')).toContain(
      'content/articles/unclosed-component-article.mdx: body, line 12: the MDX does not compile: Expected a closing tag for `<Callout>`; add </Callout> where the component should end',
    );
    expect(result.output).toMatch(/check:content: \d+ files checked, 1 error, \d+ warnings? \(\d+ ms\)/);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  });
});

describe('consent that ends tomorrow', () => {
  it('is a warning naming the file and the date; the check still passes', async () => {
    const root = copyProject('consent-ends-tomorrow');
    const tomorrow = isoDate(new Date(Date.now() + 24 * 60 * 60 * 1000));
    const fixture = readFileSync(path.join(fixtures, 'consent-ends-soon-testimonial.mdx'), 'utf8');
    writeFileSync(
      path.join(root, 'content', 'testimonials', 'consent-ends-tomorrow.mdx'),
      fixture.replace('expires: EXPIRES', `expires: ${tomorrow}`),
    );
    const result = await checkContentIn(root);
    expect(result.code, result.output).toBe(0);
    expect(result.output.split('\n')).toContain(
      `content/testimonials/consent-ends-tomorrow.mdx: consent.expires: consent ends tomorrow, on ${tomorrow}; from the first build that day the story is unpublished everywhere, so ask to renew it and update expires (warning)`,
    );
  });
});
