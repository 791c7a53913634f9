import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir, publishedEntries, urlOf } from '../support/built-site.ts';
import { useSiteInBrowser } from '../support/chromium.ts';

/*
 * The front page, the story cards and /testimonials/ as a reader sees them in Chromium at a
 * phone's width (390 x 844) and a laptop's (1280 x 900): the story the home page leads with, grid
 * rows with no empty column, a picture on every card that really loaded, and where the stories sit
 * on /testimonials/.
 */

const site = useSiteInBrowser(distDir);
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 900 };

const byNewest = <T extends { data: Record<string, unknown> }>(entries: T[]) =>
  [...entries].sort((a, b) => Number(b.data['pubDate']) - Number(a.data['pubDate']));
const articles = byNewest(publishedEntries.filter((entry) => entry.collection === 'articles'));
const testimonials = publishedEntries.filter((entry) => entry.collection === 'testimonials');
const featured = articles.find((entry) => entry.data['featured'] === true) ?? articles[0];
if (!featured) throw new Error('the content under test has no published article');
const busiestTag = (() => {
  const counts = new Map<string, number>();
  for (const entry of publishedEntries) {
    for (const tag of entry.data['tags'] as { slug: string }[]) counts.set(tag.slug, (counts.get(tag.slug) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
})();

async function open(
  path: string,
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark' = 'light',
) {
  const context = await site.browser().newContext({ viewport, colorScheme });
  const page = await context.newPage();
  await page.goto(`${site.server().origin}${path}`);
  return { page, close: () => context.close() };
}

/** The cards of each grid on the page, grouped into rows by their top edge: [grid][row] = card count. */
function gridRows(page: Page): Promise<{ columns: number; rows: number[] }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main article.card')]
      .map((card) => card.parentElement)
      .filter((grid, index, all): grid is HTMLElement => !!grid && all.indexOf(grid) === index)
      .map((grid) => {
        const tops = [...grid.children].map((card) => Math.round(card.getBoundingClientRect().top));
        const rows = [...new Set(tops)].map((top) => tops.filter((other) => other === top).length);
        const columns = getComputedStyle(grid).gridTemplateColumns.split(' ').length;
        return { columns, rows };
      }),
  );
}

/** Every card's picture, scrolled into view so lazy ones load: [src, naturalWidth, width, height, loading]. */
async function cardPictures(page: Page) {
  const cards = page.locator('main article.card');
  const count = await cards.count();
  const found: { card: string; src: string; loaded: number; width: string | null; loading: string | null }[] = [];
  for (let index = 0; index < count; index += 1) {
    const card = cards.nth(index);
    const title = (await card.locator('h2, h3').first().innerText()).trim();
    const image = card.locator('img');
    if ((await image.count()) !== 1) {
      found.push({ card: title, src: '(no picture)', loaded: 0, width: null, loading: null });
      continue;
    }
    await image.scrollIntoViewIfNeeded();
    await image.evaluate((img: HTMLImageElement) => (img.complete ? undefined : img.decode().catch(() => undefined)));
    found.push({
      card: title,
      src: await image.evaluate((img: HTMLImageElement) => img.currentSrc),
      loaded: await image.evaluate((img: HTMLImageElement) => img.naturalWidth),
      width: await image.getAttribute('width'),
      loading: await image.getAttribute('loading'),
    });
  }
  return found;
}

describe('the home page', () => {
  for (const viewport of [PHONE, LAPTOP]) {
    it(`leads at ${viewport.width} px with the featured article, its art loaded on the first screen`, async () => {
      const { page, close } = await open('/', viewport);
      const lead = page.locator('main .featured');
      expect(await lead.locator('h2 a').getAttribute('href')).toBe(urlOf(featured));
      const art = lead.locator('img');
      await art.evaluate((img: HTMLImageElement) => (img.complete ? undefined : img.decode()));
      expect(await art.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      const artBox = await art.boundingBox();
      expect(artBox && artBox.y + artBox.height / 2).toBeLessThan(viewport.height);
      // It comes before the reading paths and the latest articles, and is not repeated among them.
      const order = await page.evaluate(() =>
        ['.featured', '#paths-title', '#latest-title'].map(
          (selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1,
        ),
      );
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(await page.locator(`#latest-title ~ * a[href="${urlOf(featured)}"]`).count()).toBe(0);
      await close();
    });
  }

  it('fills every row of its grids at 1280 px, and sets one card a row at 390 px', async () => {
    const wide = await open('/', LAPTOP);
    const grids = await gridRows(wide.page);
    expect(grids.length).toBeGreaterThanOrEqual(2);
    for (const grid of grids) {
      expect(grid.columns).toBe(3);
      expect(grid.rows.every((count) => count === grid.columns)).toBe(true);
    }
    // The reading paths take as many columns as there are paths: none left empty.
    const paths = await wide.page.evaluate(() => {
      const grid = document.querySelector('.reading-paths');
      const boxes = [...(grid?.children ?? [])].map((path) => path.getBoundingClientRect());
      const outer = grid?.getBoundingClientRect();
      return { right: Math.max(...boxes.map((box) => box.right)), outer: outer?.right ?? 0, count: boxes.length };
    });
    expect(paths.count).toBeGreaterThanOrEqual(2);
    expect(paths.outer - paths.right).toBeLessThan(2);
    await wide.close();
    const narrow = await open('/', PHONE);
    for (const grid of await gridRows(narrow.page)) expect(grid.rows.every((count) => count === 1)).toBe(true);
    await narrow.close();
  });
});

describe('a list of articles', () => {
  it('fills every row at 1280 px but the last on the last page', async () => {
    const { page, close } = await open('/articles/', LAPTOP);
    const [grid] = await gridRows(page);
    expect(grid?.columns).toBe(3);
    const lastPage = (await page.locator('.pagination a[rel="next"]').count()) === 0;
    const rows = lastPage ? grid?.rows.slice(0, -1) : grid?.rows;
    expect(rows?.every((count) => count === 3)).toBe(true);
    await close();
  });
});

describe('art on every card', () => {
  const lists = ['/', '/articles/', `/tags/${busiestTag}/`, '/testimonials/'];
  for (const path of lists) {
    it(`shows a picture that loaded on every card of ${path}, lazily below the first screen`, async () => {
      const { page, close } = await open(path, PHONE);
      const pictures = await cardPictures(page);
      expect(pictures.length).toBeGreaterThan(2);
      for (const picture of pictures) {
        expect(picture.loaded, `${path}: ${picture.card} (${picture.src})`).toBeGreaterThan(0);
        expect(picture.width, picture.card).toMatch(/^\d+$/);
        expect(picture.src, picture.card).toMatch(/\.(avif|webp)$/);
      }
      expect(pictures.slice(1).every((picture) => picture.loading === 'lazy')).toBe(true);
      await close();
    }, 60_000);
  }
});

describe('/testimonials/', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`puts the first story by the second screen on a phone, the words one click away (${colorScheme})`, async () => {
      const { page, close } = await open('/testimonials/', PHONE, colorScheme);
      const firstCard = await page.locator('main article.card').first().boundingBox();
      expect(firstCard?.y).toBeLessThanOrEqual(2 * PHONE.height);
      const words = page.locator('.journeys__list');
      expect(await words.isVisible()).toBe(false);
      await page.getByText('The same journeys in words').click();
      expect(await words.isVisible()).toBe(true);
      expect(await words.locator(':scope > li').count()).toBe(testimonials.length);
      await close();
    });

    it(`uses the space beside the chart at 1280 px for the ways to browse (${colorScheme})`, async () => {
      const { page, close } = await open('/testimonials/', LAPTOP, colorScheme);
      const chart = await page.locator('#journeys svg').boundingBox();
      const browse = await page.locator('.testimonials__browse').boundingBox();
      if (!chart || !browse) throw new Error('the chart or the facets are missing');
      expect(browse.x).toBeGreaterThan(chart.x + chart.width);
      expect(browse.x + browse.width).toBeLessThanOrEqual(LAPTOP.width);
      expect(browse.y).toBeLessThan(chart.y + chart.height);
      await close();
    });
  }
});

describe('the small chart on a testimonial', () => {
  it('names every line in type of at least 12 px, not bare hairlines', async () => {
    const [entry] = testimonials;
    if (!entry) throw new Error('no published testimonial');
    const { page, close } = await open(urlOf(entry), PHONE);
    const names = await page.locator('.journey-place text').evaluateAll((texts) =>
      texts.map((text) => ({
        text: (text.textContent ?? '').trim(),
        size: Number.parseFloat(getComputedStyle(text).fontSize),
      })),
    );
    for (const other of testimonials) {
      const label = names.find((name) => name.text.startsWith(`${String(other.data['name'])},`));
      expect(label, String(other.data['name'])).toBeDefined();
      expect(label?.size).toBeGreaterThanOrEqual(12);
    }
    await close();
  });
});
