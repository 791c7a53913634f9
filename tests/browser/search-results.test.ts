import { describe, expect, it } from 'vitest';
import { distDir } from '../support/built-site.ts';
import { useSiteInBrowser } from '../support/chromium.ts';

/*
 * The parts of a search result as a reader sees them in Chromium: the title set apart from the
 * excerpt, the kind and date, and an excerpt that neither repeats the title nor starts or stops
 * mid-word; and the page without JavaScript, whose fallback must read as clean prose.
 */

const site = useSiteInBrowser(distDir);

describe('a search result', () => {
  it('shows its title set apart, its kind and date, and an excerpt that does not repeat the title', async () => {
    const page = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.server().home}search/?q=escalation`);
    await page.waitForSelector('#search-results li', { timeout: 15_000 });
    const results = await page.locator('#search-results > li').evaluateAll((items) =>
      items.map((item) => {
        const title = item.querySelector('h2 a');
        const excerpt = item.querySelector('.search-result__excerpt');
        const size = (element: Element | null) => (element ? Number.parseFloat(getComputedStyle(element).fontSize) : 0);
        return {
          title: (title as HTMLElement | null)?.innerText ?? '',
          titleSize: size(title),
          about: (item.querySelector('.search-result__about') as HTMLElement | null)?.innerText ?? '',
          excerpt: (excerpt as HTMLElement | null)?.innerText ?? '',
          excerptSize: size(excerpt),
        };
      }),
    );
    expect(results.length).toBeGreaterThan(2);
    for (const result of results) {
      expect(result.title.length, JSON.stringify(result)).toBeGreaterThan(0);
      expect(result.titleSize).toBeGreaterThanOrEqual(result.excerptSize * 1.2);
      expect(result.about).toMatch(/^(Article|Testimonial) · \d{1,2} [A-Z][a-z]+ \d{4}$/);
      expect(result.excerpt.toLowerCase().startsWith(result.title.toLowerCase())).toBe(false);
      // It starts at a capital (a sentence) or says with an ellipsis that it starts inside one.
      expect(result.excerpt).toMatch(/^(…|[\p{Lu}\p{N}“"‘])/u);
      expect(result.excerpt).toMatch(/[.!?…][”’"')]*$/);
    }
    await page.close();
  });
});

describe('the search page without JavaScript', () => {
  it('says where the query went, and its fallback reads as clean prose', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server().home}search/?q=careers`);
    // The GET form put the words in the address, where the reader still has them.
    expect(new URL(page.url()).searchParams.get('q')).toBe('careers');
    const fallback = await page.locator('#search-fallback').innerText();
    expect(fallback).toContain('address bar');
    expect(fallback).not.toMatch(/\s[,.]/);
    expect(fallback).toMatch(/including [a-z -]+(, [a-z -]+)* and [a-z -]+\./);
    await context.close();
  });
});
