import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, axeWithEveryPage, BEST_PRACTICE_TAGS, describeViolations, WCAG_TAGS } from '../support/axe.ts';
import { distDir } from '../support/built-site.ts';
import { CSP_REFUSAL, useSiteInBrowser } from '../support/chromium.ts';
import {
  dictionaryOf,
  gluedWords,
  readPageJoins,
  spacesBeforePunctuation,
  type PageJoins,
} from '../support/glued-words.ts';
import { recordFigures, sitemapPaths } from '../support/quality-figures.ts';

/*
 * Every page of the built site in a real browser, served with the headers of dist/_headers, as a
 * screen-reader user and a careful reader meet it, at 1280 px: axe-core (WCAG 2.2 A and AA, and
 * axe's best-practice rules) in the light and the dark theme, no request leaving 127.0.0.1, no CSP
 * refusal, no console or page errors. The light pass also reads each page's visible text for words
 * glued to their neighbour (see support/glued-words.ts). The search page is checked with results
 * shown too. tests/browser/layout-and-theme.test.ts checks a sample of pages at 390 px.
 */

const SEARCH_RESULTS = '/search/?q=customer';
const pages = [...sitemapPaths(readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8')), '/404.html'];

const site = useSiteInBrowser(distDir);

const THEMES = ['light', 'dark'] as const;

/** Each page's visible text as the light pass read it, for the glued-word check at the end. */
const texts = new Map<string, { joins: PageJoins; text: string }>();

// One test per page: a slow machine slows each page, not one test over all of them.
describe('every page in the light and the dark theme', () => {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const violations = { light: [] as string[], dark: [] as string[] };
  let problems = 0;

  beforeAll(async () => {
    context = await site.browser().newContext({ viewport: { width: 1280, height: 800 } });
    await axeWithEveryPage(context);
    page = await context.newPage();
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    for (const theme of THEMES)
      recordFigures(`axe-${theme}`, { pages: pages.length, violations: violations[theme].length, problems });
  });

  it('covers every page in the sitemap', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  // Console errors, CSP refusals, failed loads and third-party requests fail each test in afterEach.
  // The page is loaded once, light, and then the system turns dark: with no choice stored the
  // theme is the stylesheet's media query alone (components/theme-script.ts), so the page is what
  // a reader who loads it in the dark sees, once no animation is left running.
  it.each([...pages, SEARCH_RESULTS])(
    '%s has no axe violations',
    async (pathname) => {
      if (!page) throw new Error('the browser context did not start');
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${site.server().origin}${pathname}`, { waitUntil: 'load' });
      if (pathname === SEARCH_RESULTS) await page.waitForSelector('#search-results li');
      else
        texts.set(pathname, {
          joins: await readPageJoins(page),
          text: await page.evaluate(() => document.body.innerText),
        });
      const found: string[] = [];
      for (const theme of THEMES) {
        await page.emulateMedia({ colorScheme: theme });
        const shown = await page.evaluate(() => ({
          dark: matchMedia('(prefers-color-scheme: dark)').matches,
          animations: document.getAnimations().length,
        }));
        expect(shown, `${pathname} in the ${theme} scheme`).toEqual({ dark: theme === 'dark', animations: 0 });
        const inTheme = describeViolations(
          `${pathname} (${theme})`,
          await axeViolations(page, { tags: BEST_PRACTICE_TAGS }),
        );
        violations[theme].push(...inTheme);
        found.push(...inTheme);
      }
      problems += site.problems().length;
      expect(found).toEqual([]);
    },
    90_000,
  );

  it('has no word glued to its neighbour, and no space before a comma or full stop, on any page', () => {
    expect([...texts.keys()], 'every page was read').toEqual(pages);
    const dictionary = dictionaryOf([...texts.values()].map(({ joins }) => joins));
    const glued = [...texts].flatMap(([pathname, { joins }]) =>
      gluedWords(joins.joins, dictionary).map(
        (join) => `${pathname}: "${join.left}${join.right}" in “${join.context}”`,
      ),
    );
    const stray = [...texts].flatMap(([pathname, { text }]) =>
      spacesBeforePunctuation(text).map((found) => `${pathname}: “${found}”`),
    );
    recordFigures('glued-words', { pages: texts.size, glued: glued.length, spacesBeforePunctuation: stray.length });
    expect(glued).toEqual([]);
    expect(stray, 'a space before a comma or full stop').toEqual([]);
  });
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
  it('catches WCAG and best-practice violations, and a colour contrast that only the dark theme breaks', async () => {
    const context = await site.browser().newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.setContent(
      '<html><head><title>x</title><style>@media (prefers-color-scheme: dark) { p { color: #333; background: #000 } }</style>' +
        '</head><body><img src="a.png"><a href="/"></a><h3>Late heading</h3><p>Dim text</p></body></html>',
    );
    const inLight = (await axeViolations(page, { tags: BEST_PRACTICE_TAGS })).map((violation) => violation.id);
    // As the sweep does: the same page, with the system turned dark after it loaded.
    await page.emulateMedia({ colorScheme: 'dark' });
    const ids = (await axeViolations(page, { tags: BEST_PRACTICE_TAGS })).map((violation) => violation.id);
    const wcagOnly = (await axeViolations(page, { tags: WCAG_TAGS })).map((violation) => violation.id);
    const withinText = (await axeViolations(page, { within: 'p' })).map((violation) => violation.id);
    await context.close();
    expect(inLight).toEqual(
      expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name', 'page-has-heading-one']),
    );
    expect(inLight).not.toContain('color-contrast');
    expect(ids).toEqual(
      expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name', 'color-contrast', 'page-has-heading-one']),
    );
    expect(wcagOnly).toContain('color-contrast');
    expect(wcagOnly).not.toContain('page-has-heading-one');
    expect(withinText).toEqual(['color-contrast']);
  }, 90_000);
});
