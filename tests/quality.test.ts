import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { distDir } from './support/built-site.ts';
import { CSP_REFUSAL, useSiteInBrowser } from './support/chromium.ts';
import { recordFigures, sitemapPaths } from './support/quality-figures.ts';

/*
 * Every page of the built site in a real browser, served with the headers of dist/_headers, as a
 * screen-reader user and a careful reader meet it: axe-core (WCAG 2.2 A and AA) in the light and
 * the dark theme, no request leaving 127.0.0.1, no CSP refusal, no console or page errors.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = [...sitemapPaths(readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8')), '/404.html'];

const site = useSiteInBrowser(distDir);

describe.each(['light', 'dark'] as const)('every page in the %s theme', (colorScheme) => {
  it('has no axe violations, no third-party requests and no console errors', async () => {
    expect(pages.length).toBeGreaterThan(40);
    const context = await site.browser().newContext({ colorScheme });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const pathname of pages) {
      await page.goto(`${site.server().origin}${pathname}`, { waitUntil: 'load' });
      const theme = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      expect(theme, `${pathname} renders in the ${colorScheme} scheme`).toBe(colorScheme === 'dark');
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const violation of results.violations) {
        const targets = violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ');
        violations.push(`${pathname}: ${violation.id} (${violation.impact}): ${targets}`);
      }
    }
    await context.close();
    recordFigures(`axe-${colorScheme}`, {
      pages: pages.length,
      violations: violations.length,
      problems: site.problems().length,
    });
    // Console errors, CSP refusals, failed loads and third-party requests fail the test in afterEach.
    expect(violations).toEqual([]);
  }, 240_000);
});

describe('the browser watch itself', () => {
  it('reports what the Content-Security-Policy refuses and what fails to load', async () => {
    const page = await site.browser().newPage();
    const response = await page.goto(`${site.server().home}about/`);
    expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
      const script = document.createElement('script');
      script.textContent = 'document.title = "changed"';
      document.head.append(script);
      const image = document.createElement('img');
      image.src = '/no-such-image.png';
      document.body.append(image);
    });
    await page.waitForFunction(() => [...document.images].every((image) => image.complete));
    expect(await page.title(), 'the inline script was refused').not.toBe('changed');
    await page.close();
    const problems = site.problems();
    expect(problems.filter((problem) => CSP_REFUSAL.test(problem))).toHaveLength(2);
    expect(problems).toContain(`/about/: 404 for ${site.server().origin}/no-such-image.png`);
    site.allowProblems(/^\/about\/: (console error: .*(Content Security Policy|404)|404 for .*no-such-image)/);
  }, 30_000);
});

describe('the accessibility check itself', () => {
  it('catches violations when a page has them', async () => {
    const context = await site.browser().newContext();
    const page = await context.newPage();
    await page.setContent('<html><head><title>x</title></head><body><img src="a.png"><a href="/"></a></body></html>');
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    await context.close();
    expect(results.violations.map((violation) => violation.id)).toEqual(
      expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name']),
    );
  }, 30_000);
});
