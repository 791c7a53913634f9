import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir, publishedEntries, readPage, urlOf } from '../support/built-site.ts';
import { useSiteInBrowser } from '../support/chromium.ts';

/*
 * The story on the first screen: on a phone (390 x 844) and on a laptop (1280 x 900), in both
 * themes, the first paragraph of the body starts inside the window, for an article with a lead
 * image, one without, and a testimonial. The contents and the reading path are folded into one
 * line on the phone and stand open in the right margin on the laptop.
 */

const site = useSiteInBrowser(distDir);

const SCREENS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
] as const;

const urls = publishedEntries.map(urlOf);
const withHero = urls.find((url) => url.startsWith('/articles/') && readPage(url).querySelector('.entry__hero'));
const withoutHero = urls.find((url) => url.startsWith('/articles/') && !readPage(url).querySelector('.entry__hero'));
const testimonial = urls.find((url) => url.startsWith('/testimonials/'));
const stories = {
  'an article with a lead image': withHero,
  'an article without one': withoutHero,
  'a testimonial': testimonial,
};

async function open(
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark',
  url: string,
  use: (page: Page) => Promise<void>,
) {
  const context = await site.browser().newContext({ viewport, colorScheme });
  try {
    const page = await context.newPage();
    await page.goto(`${site.server().origin}${url}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await use(page);
  } finally {
    await context.close();
  }
}

/** Where the body's first paragraph starts, from the top of the page, in CSS pixels. */
const firstParagraphTop = (page: Page) =>
  page.evaluate(() => {
    const paragraph = document.querySelector('.prose > p');
    if (!paragraph) throw new Error('no paragraph in the body');
    return paragraph.getBoundingClientRect().top + window.scrollY;
  });

describe('the story on the first screen', () => {
  it('has the three kinds of story page to measure', () => {
    expect(Object.values(stories).every(Boolean), JSON.stringify(stories)).toBe(true);
  });

  for (const viewport of SCREENS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [kind, url] of Object.entries(stories)) {
        it(`starts the body within ${viewport.height} px at ${viewport.width} px wide, ${colorScheme}, on ${kind}`, async () => {
          await open(viewport, colorScheme, url ?? '/', async (page) => {
            const top = await firstParagraphTop(page);
            expect(top, url).toBeLessThanOrEqual(viewport.height);
            expect(top, 'the header and the title come first').toBeGreaterThan(150);
          });
        }, 30_000);
      }
    }
  }

  it('measures what a reader sees: with the contents unfolded on a phone, the body starts lower', async () => {
    await open(SCREENS[0], 'light', withHero ?? '/', async (page) => {
      const folded = await firstParagraphTop(page);
      await page.click('.entry__guide summary');
      const unfolded = await firstParagraphTop(page);
      expect(unfolded - folded).toBeGreaterThan(200);
    });
  }, 30_000);
});

describe('the contents and reading path', () => {
  it('are one folded line on a phone, which opens to show the contents', async () => {
    await open(SCREENS[0], 'light', withHero ?? '/', async (page) => {
      expect(await page.locator('.entry__guide').getAttribute('open')).toBeNull();
      expect(await page.isVisible('.entry__guide summary')).toBe(true);
      expect(await page.isVisible('.toc a')).toBe(false);
      await page.click('.entry__guide summary');
      expect(await page.isVisible('.toc a')).toBe(true);
    });
  }, 30_000);

  it('stand open in the right margin at 1280 px, beside the text and not over it', async () => {
    await open(SCREENS[1], 'dark', withHero ?? '/', async (page) => {
      expect(await page.isVisible('.toc a')).toBe(true);
      expect(await page.isVisible('.path-nav a')).toBe(true);
      expect(await page.isVisible('.entry__guide summary')).toBe(false);
      const [guide, prose] = await page.$$eval('.entry__guide, .prose', (elements) =>
        elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
      );
      expect(guide?.left).toBeGreaterThanOrEqual((prose?.right ?? Infinity) + 16);
      expect(guide?.right).toBeLessThanOrEqual(1280);
      expect(guide?.top, 'beside the title, on the first screen').toBeLessThan(SCREENS[1].height / 2);
    });
  }, 30_000);

  it('leave the title alone: no breadcrumb on the page repeats it', async () => {
    await open(SCREENS[0], 'light', withoutHero ?? '/', async (page) => {
      const title = (await page.textContent('h1'))?.trim() ?? '';
      const main = await page.innerText('main');
      expect(main.split(title).length - 1, 'the title appears once in the page').toBe(1);
    });
  }, 30_000);
});
