import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir, publishedEntries, readPage, urlOf } from '../support/built-site.ts';
import { useSiteInBrowser } from '../support/chromium.ts';

/*
 * Type on a story page, as a reader's browser sets it: the site's pair (Source Serif 4 and Inter,
 * the faces of its Open Graph cards) from its own WOFF2 files without moving the page, pull-quote
 * credits smaller than their quotes, related stories whose titles fit in three lines at 1280 px,
 * and the escalation diagram as SVG whose words are at least 12 px on a phone, in both themes.
 */

const site = useSiteInBrowser(distDir);

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 900 };

const urls = publishedEntries.map(urlOf);
const withPullQuote = urls.find((url) => readPage(url).querySelector('.prose figure.pull-quote figcaption'));
const withRelated = urls.find((url) => readPage(url).querySelectorAll('.related .card__title').length === 3);
const DIAGRAM_PAGE = '/articles/handling-escalation-calmly/';

async function open(
  options: { viewport: { width: number; height: number }; colorScheme?: 'light' | 'dark' },
  url: string,
  use: (page: Page) => Promise<void>,
) {
  const context = await site.browser().newContext(options);
  try {
    const page = await context.newPage();
    await page.goto(`${site.server().origin}${url}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await use(page);
  } finally {
    await context.close();
  }
}

describe('the type pair', () => {
  it('sets the body in Source Serif 4 and the interface in Inter, from WOFF2 files on the site', async () => {
    const fonts: string[] = [];
    await open({ viewport: PHONE }, urls[0] ?? '/', async (page) => {
      const used = await page.evaluate(() => ({
        body: getComputedStyle(document.querySelector('.prose p') as Element).fontFamily,
        meta: getComputedStyle(document.querySelector('.site-nav') as Element).fontFamily,
        loaded: [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family),
        requested: performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => /\.(woff2?|ttf|otf)(\?|$)/.test(name)),
      }));
      expect(used.body).toMatch(/^"?Source Serif 4"?,/);
      expect(used.meta).toMatch(/^"?Inter"?,/);
      expect(used.loaded.map((family) => family.replaceAll('"', ''))).toEqual(
        expect.arrayContaining(['Source Serif 4', 'Inter']),
      );
      fonts.push(...used.requested);
    });
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(new URL(font).origin).toBe(site.server().origin);
      expect(font).toMatch(/-latin-\d+-(normal|italic)\.[\w-]+\.woff2$/);
    }
  }, 30_000);

  it('preloads one font file at most, and it is one the page uses', async () => {
    await open({ viewport: PHONE }, urls[0] ?? '/', async (page) => {
      const preloads = await page.$$eval('link[rel="preload"][as="font"]', (links) =>
        links.map((link) => (link as HTMLLinkElement).href),
      );
      expect(preloads.length).toBeLessThanOrEqual(1);
      const css = await page.evaluate(() =>
        [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
      );
      for (const href of preloads) expect(css).toContain(new URL(href).pathname);
    });
  }, 30_000);

  for (const viewport of [PHONE, LAPTOP]) {
    it(`does not move the page as the fonts arrive, at ${viewport.width} px (layout shift 0)`, async () => {
      const context = await site.browser().newContext({ viewport });
      try {
        const page = await context.newPage();
        await page.addInitScript(() => {
          (window as unknown as { shifts: number }).shifts = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
              (window as unknown as { shifts: number }).shifts += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${site.server().origin}${DIAGRAM_PAGE}`, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
      } finally {
        await context.close();
      }
    }, 30_000);
  }
});

describe('pull quotes', () => {
  for (const viewport of [PHONE, LAPTOP]) {
    it(`credit the speaker in smaller type than the quote, at ${viewport.width} px`, async () => {
      expect(withPullQuote, 'a story with a credited pull quote').toBeTruthy();
      await open({ viewport }, withPullQuote ?? '/', async (page) => {
        const [quote, credit] = await page.evaluate(() => {
          const figure = document.querySelector('.prose figure.pull-quote') as Element;
          const size = (element: Element | null) => parseFloat(getComputedStyle(element as Element).fontSize);
          return [
            size(figure.querySelector('blockquote p') ?? figure.querySelector('blockquote')),
            size(figure.querySelector('figcaption')),
          ];
        });
        expect(credit).toBeLessThan(quote ?? 0);
      });
    }, 30_000);
  }
});

describe('related stories at 1280 px', () => {
  it('are three cards whose titles take at most three lines', async () => {
    expect(withRelated, 'a story with three related stories').toBeTruthy();
    await open({ viewport: LAPTOP }, withRelated ?? '/', async (page) => {
      const lines = await page.$$eval('.related .card__title', (titles) =>
        titles.map((title) => {
          const style = getComputedStyle(title);
          const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
          return Math.round(title.getBoundingClientRect().height / lineHeight);
        }),
      );
      expect(lines).toHaveLength(3);
      for (const count of lines) expect(count).toBeLessThanOrEqual(3);
    });
  }, 30_000);
});

describe('the escalation diagram', () => {
  for (const viewport of [PHONE, LAPTOP]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`is SVG with real text of at least 12 px, in the theme's colours, at ${viewport.width} px, ${colorScheme}`, async () => {
        await open({ viewport, colorScheme }, DIAGRAM_PAGE, async (page) => {
          const drawn = await page.evaluate(() => {
            const svg = [...document.querySelectorAll<SVGSVGElement>('.prose figure svg')].find(
              (element) => element.getBoundingClientRect().width > 0,
            );
            if (!svg) return undefined;
            const texts = [...svg.querySelectorAll('text')];
            const box = svg.querySelector('rect');
            return {
              words: texts.map((text) => text.textContent ?? '').join(' '),
              smallest: Math.min(
                ...texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0)),
              ),
              boxFill: box ? getComputedStyle(box).fill : '',
              page: getComputedStyle(document.body).backgroundColor,
              textFill: texts[0] ? getComputedStyle(texts[0]).fill : '',
              bodyText: getComputedStyle(document.body).color,
            };
          });
          expect(drawn, 'a visible SVG diagram in the body').toBeDefined();
          expect(drawn?.words).toMatch(/Understand.*Acknowledge.*Explain.*Decide.*Hand over.*Recover/);
          expect(drawn?.smallest).toBeGreaterThanOrEqual(12);
          expect(drawn?.textFill, 'its text is the colour of the page text').toBe(drawn?.bodyText);
          expect(drawn?.boxFill).not.toBe('rgb(255, 255, 255)');
          expect(await page.locator('.prose img[src*="escalation-steps"]').count(), 'no raster copy').toBe(0);
        });
      }, 30_000);
    }
  }

  it('measures what a reader sees: squeezed to 200 px wide, its words fall under 12 px', async () => {
    await open({ viewport: PHONE }, DIAGRAM_PAGE, async (page) => {
      const smallest = await page.evaluate(() => {
        const figure = document.querySelector<HTMLElement>('.prose figure:has(svg)');
        if (!figure) return undefined;
        figure.style.width = '200px';
        const svg = [...figure.querySelectorAll('svg')].find((element) => element.getBoundingClientRect().width > 0);
        const texts = [...(svg?.querySelectorAll('text') ?? [])];
        return Math.min(
          ...texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0)),
        );
      });
      expect(smallest).toBeLessThan(12);
    });
  }, 30_000);
});
