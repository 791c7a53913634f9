import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, BEST_PRACTICE_TAGS } from '../support/axe.ts';
import { distDir, publishedEntries, readPage, urlOf } from '../support/built-site.ts';
import { useSiteInBrowser } from '../support/chromium.ts';

/**
 * Changes one CSS property on every match through the CSSOM, as a deliberately broken stylesheet
 * would: the site's Content-Security-Policy (style-src 'self') refuses an injected <style>.
 */
function restyle(page: Page, selector: string, property: string, value: string): Promise<void> {
  return page.evaluate(
    ([css, name, to]) => {
      for (const element of document.querySelectorAll<HTMLElement>(css)) element.style.setProperty(name, to);
    },
    [selector, property, value] as const,
  );
}

/*
 * What a reader sees on a phone and on a laptop, in the real browser: the compact header and its
 * order, the one reading column, the three theme states (and the page with JavaScript off), the
 * lead image the browser picks, and axe's best-practice rules on a phone on the pages this work
 * changed (tests/browser/quality.test.ts runs them on every page at 1280 px).
 */

const site = useSiteInBrowser(distDir);

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const HEADER_LIMIT = 112;

/** A story page that has a lead image, a reading-path box and a table of contents, found in the build. */
const fullArticle = publishedEntries
  .map(urlOf)
  .find((url) => ['.entry__hero', '.path-nav', '.toc'].every((selector) => readPage(url).querySelector(selector)));
const testimonial = publishedEntries.find((entry) => entry.collection === 'testimonials');
const sample = [
  '',
  'articles/',
  fullArticle?.slice(1) ?? '',
  testimonial ? urlOf(testimonial).slice(1) : '',
  'search/',
];

async function withPage<T>(options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await site.browser().newContext(options);
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

const headerHeight = (page: Page) =>
  page.evaluate(() => document.querySelector('.site-header')?.getBoundingClientRect().height ?? Infinity);

describe('the header on a phone', () => {
  it('has a story page to check the column with', () => {
    expect(fullArticle, 'an article with a lead image, a reading path and contents').toBeTruthy();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`is at most ${HEADER_LIMIT} px tall at 390 px wide, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const heights = await withPage({ viewport: PHONE, javaScriptEnabled }, async (page) => {
        const found: Record<string, number> = {};
        for (const url of sample) {
          await page.goto(`${site.server().home}${url}`);
          found[`/${url}`] = await headerHeight(page);
        }
        return found;
      });
      for (const [url, height] of Object.entries(heights)) expect(height, url).toBeLessThanOrEqual(HEADER_LIMIT);
    }, 60_000);
  }

  it('measures what a reader sees: the same header with its links stacked is taller than the limit', async () => {
    const height = await withPage({ viewport: PHONE }, async (page) => {
      await page.goto(site.server().home);
      await restyle(page, '.nav-list', 'display', 'block');
      return headerHeight(page);
    });
    expect(height).toBeGreaterThan(HEADER_LIMIT);
  }, 30_000);

  it('keeps search one tap away: the field is on the first row, and typing then Enter searches', async () => {
    await withPage({ viewport: PHONE, hasTouch: true }, async (page) => {
      await page.goto(site.server().home);
      const field = await page.locator('#site-search').boundingBox();
      const brand = await page.locator('.site-title').boundingBox();
      expect(field?.width).toBeGreaterThanOrEqual(100);
      expect(
        Math.abs((field?.y ?? 0) + (field?.height ?? 0) / 2 - ((brand?.y ?? 0) + (brand?.height ?? 0) / 2)),
      ).toBeLessThan(8);
      await page.tap('#site-search');
      await page.keyboard.type('remote');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=remote/);
    });
  }, 30_000);

  for (const viewport of [PHONE, LAPTOP]) {
    it(`is read and tabbed in the order it is seen, at ${viewport.width} px`, async () => {
      await withPage({ viewport }, async (page) => {
        await page.goto(site.server().home);
        await page.keyboard.press('Tab');
        const order: string[] = [];
        for (let step = 0; step < 8; step += 1) {
          await page.keyboard.press('Tab');
          order.push(
            await page.evaluate(() => {
              const active = document.activeElement as HTMLElement;
              return active.id || active.textContent?.trim() || active.tagName;
            }),
          );
        }
        expect(order).toEqual([
          'Service Stories',
          'site-search',
          'Search',
          'Articles',
          'Testimonials',
          'Tags',
          'About',
          'theme-choice',
        ]);
        // Each control sits right of the one before, or on a lower row: the eye follows the tab order.
        const boxes = await page.$$eval('.site-title, #site-search, .nav-list a, .theme-choice', (elements) =>
          elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
        );
        boxes.slice(1).forEach((box, index) => {
          const previous = boxes[index] as DOMRect;
          expect(box.left > previous.left || box.top >= previous.bottom - 2, JSON.stringify([previous, box])).toBe(
            true,
          );
        });
      });
    }, 30_000);
  }
});

/** Left and right edges of each part of the reading column, and of the guide in the margin, in CSS pixels. */
async function columnEdges(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate(() => {
    const parts = ['.entry__header', '.entry__hero', '.prose', '.prose > p', '.story-end', '.share', '.entry-nav'];
    return Object.fromEntries(
      [...parts, '.entry__guide'].flatMap((selector) => {
        const element = document.querySelector(selector);
        if (!element) return [];
        const box = element.getBoundingClientRect();
        return [[selector, [Math.round(box.left), Math.round(box.right)]]];
      }),
    );
  });
}

/** The column's own parts share its two edges; the guide (contents and reading path) sits in the right margin. */
function expectColumnAndMargin(edges: Record<string, [number, number]>) {
  const { '.entry__guide': guide, ...column } = edges;
  const [left, right] = edges['.prose'] ?? [0, 0];
  expect(right - left).toBeGreaterThan(600);
  expect(left).toBeGreaterThan(200);
  for (const [selector, edge] of Object.entries(column)) expect(edge, selector).toEqual([left, right]);
  if (guide) {
    expect(guide[0], 'the guide starts right of the text column').toBeGreaterThanOrEqual(right + 16);
    expect(guide[1], 'the guide ends inside the window').toBeLessThanOrEqual(1280);
  }
}

describe('the reading column at 1280 px', () => {
  it('gives the header, lead image, body, Keep reading and share links the same two edges, the guide in the margin', async () => {
    const edges = await withPage({ viewport: LAPTOP }, async (page) => {
      await page.goto(`${site.server().home}${fullArticle?.slice(1)}`);
      return columnEdges(page);
    });
    expect(Object.keys(edges)).toHaveLength(8);
    expectColumnAndMargin(edges);
  }, 30_000);

  it('does the same on a testimonial page', async () => {
    const edges = await withPage({ viewport: LAPTOP }, async (page) => {
      await page.goto(`${site.server().home}${testimonial ? urlOf(testimonial).slice(1) : ''}`);
      return columnEdges(page);
    });
    expectColumnAndMargin(edges);
  }, 30_000);

  it('would notice a part that leaves the column', async () => {
    const edges = await withPage({ viewport: LAPTOP }, async (page) => {
      await page.goto(`${site.server().home}${fullArticle?.slice(1)}`);
      await restyle(page, '.story-end', 'margin-left', '2rem');
      return columnEdges(page);
    });
    expect(edges['.story-end']).not.toEqual(edges['.prose']);
    expect(() => expectColumnAndMargin(edges)).toThrow();
  }, 30_000);
});

/**
 * The theme on <html> at the moment <body> is created, before anything in it can be painted: the
 * stylesheet (render-blocking) then colours the first paint by it, so a theme set later would flash.
 */
async function themeBeforeBody(page: Page, url: string): Promise<string | null> {
  await page.addInitScript(() => {
    new MutationObserver((_changes, observer) => {
      if (!document.body) return;
      observer.disconnect();
      document.documentElement.dataset['themeAtBody'] = document.documentElement.dataset['theme'] ?? 'none';
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  const seen = await page.evaluate(() => document.documentElement.dataset['themeAtBody']);
  expect(seen, 'the observer saw <body> arrive').toBeDefined();
  return seen === 'none' ? null : (seen ?? null);
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT_BACKGROUND = 'rgb(253, 250, 245)';
const DARK_BACKGROUND = 'rgb(20, 25, 27)';

describe('the theme: light, dark, or the system', () => {
  it('follows the system by default, both ways, and says so in the menu', async () => {
    for (const [colorScheme, expected] of [
      ['light', LIGHT_BACKGROUND],
      ['dark', DARK_BACKGROUND],
    ] as const) {
      await withPage({ colorScheme }, async (page) => {
        await page.goto(site.server().home);
        expect(await background(page), colorScheme).toBe(expected);
        expect(await page.inputValue('#theme-choice')).toBe('system');
        expect(await page.isVisible('.theme-choice')).toBe(true);
        await page.emulateMedia({ colorScheme: colorScheme === 'light' ? 'dark' : 'light' });
        expect(await background(page), 'after the system changes').not.toBe(expected);
      });
    }
  }, 30_000);

  it('keeps a dark choice on a light system, from the first paint of the next page', async () => {
    await withPage({ colorScheme: 'light' }, async (page) => {
      await page.goto(site.server().home);
      await page.selectOption('#theme-choice', 'dark');
      expect(await background(page)).toBe(DARK_BACKGROUND);
      expect(await page.isVisible('.theme-choice__icon--dark')).toBe(true);
      expect(await themeBeforeBody(page, `${site.server().home}about/`)).toBe('dark');
      expect(await background(page)).toBe(DARK_BACKGROUND);
      expect(await page.inputValue('#theme-choice')).toBe('dark');
    });
  }, 30_000);

  it('keeps a light choice on a dark system, and goes back to following the system when asked', async () => {
    await withPage({ colorScheme: 'dark' }, async (page) => {
      await page.goto(site.server().home);
      await page.selectOption('#theme-choice', 'light');
      expect(await themeBeforeBody(page, `${site.server().home}tags/`)).toBe('light');
      expect(await background(page)).toBe(LIGHT_BACKGROUND);
      await page.selectOption('#theme-choice', 'system');
      expect(await background(page)).toBe(DARK_BACKGROUND);
      expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
      expect(await themeBeforeBody(page, `${site.server().home}about/`)).toBeNull();
      expect(await background(page)).toBe(DARK_BACKGROUND);
    });
  }, 30_000);

  it('follows the system with JavaScript off, and hides the menu it could not keep', async () => {
    for (const [colorScheme, expected] of [
      ['light', LIGHT_BACKGROUND],
      ['dark', DARK_BACKGROUND],
    ] as const) {
      await withPage({ colorScheme, javaScriptEnabled: false }, async (page) => {
        await page.goto(`${site.server().home}${fullArticle?.slice(1)}`);
        expect(await background(page), colorScheme).toBe(expected);
        expect(await page.isVisible('.theme-choice')).toBe(false);
        expect(await page.isVisible('#site-search')).toBe(true);
      });
    }
  }, 30_000);
});

describe('the lead image in the browser', () => {
  for (const [viewport, width] of [
    [PHONE, 480],
    [LAPTOP, 800],
  ] as const) {
    it(`loads an AVIF of ${width} px for a ${viewport.width} px screen, at once, without shifting the page`, async () => {
      await withPage({ viewport }, async (page) => {
        await page.goto(`${site.server().home}${fullArticle?.slice(1)}`);
        const image = await page.$eval('.entry__hero', (picture) => {
          const img = picture.querySelector('img') as HTMLImageElement;
          const avif = picture.querySelector('source[type="image/avif"]')?.getAttribute('srcset') ?? '';
          // naturalWidth is scaled by the srcset density, so read the chosen width from the srcset itself.
          const chosen = avif
            .split(',')
            .map((candidate) => candidate.trim().split(' '))
            .find(([url]) => url && img.currentSrc.endsWith(url));
          return {
            current: img.currentSrc,
            width: Number(chosen?.[1]?.replace('w', '')),
            complete: img.complete && img.naturalWidth > 0,
            ratio: img.getBoundingClientRect().width / img.getBoundingClientRect().height,
          };
        });
        expect(image.current).toMatch(/\.avif$/);
        expect(image.width).toBe(width);
        expect(image.complete).toBe(true);
        expect(image.ratio).toBeCloseTo(1600 / 840, 1);
      });
    }, 30_000);
  }
});

describe('share links', () => {
  it('load nothing from the services they name until a reader clicks', async () => {
    const requests = await withPage({}, async (page) => {
      const seen: string[] = [];
      page.on('request', (request) => seen.push(request.url()));
      await page.goto(`${site.server().home}${fullArticle?.slice(1)}`, { waitUntil: 'networkidle' });
      expect(await page.isVisible('.share a[href^="https://www.linkedin.com/"]')).toBe(true);
      const field = page.locator('#share-address');
      expect(await field.inputValue()).toMatch(/^https:\/\/.+\/articles\/.+\/$/);
      return seen;
    });
    expect(requests.filter((url) => !url.startsWith(site.server().origin))).toEqual([]);
  }, 30_000);
});

describe("axe's best-practice rules on the pages this work changed, on a phone", () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds nothing in the ${colorScheme} theme at ${PHONE.width} px`, async () => {
      const violations: string[] = [];
      await withPage({ viewport: PHONE, colorScheme }, async (page) => {
        for (const url of [...sample, 'search/?q=customer']) {
          await page.goto(`${site.server().home}${url}`);
          if (url.includes('?q=')) await page.waitForSelector('#search-results li');
          for (const violation of await axeViolations(page, { tags: BEST_PRACTICE_TAGS })) {
            violations.push(`/${url}: ${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
          }
        }
      });
      expect(violations).toEqual([]);
    }, 180_000);
  }

  it('reports two search landmarks that share a name (the rule the search page used to break)', async () => {
    const ids = await withPage({ viewport: PHONE }, async (page) => {
      await page.setContent(
        '<html lang="en"><head><title>x</title></head><body><header><form role="search"><input aria-label="q"></form></header>' +
          '<main><h1>Search</h1><form role="search"><input aria-label="q2"></form></main></body></html>',
      );
      return (await axeViolations(page, { tags: BEST_PRACTICE_TAGS })).map((violation) => violation.id);
    });
    expect(ids).toContain('landmark-unique');
  }, 30_000);
});
