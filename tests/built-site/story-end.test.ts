import { describe, expect, it } from 'vitest';
import { shownText } from '../support/shown-text.ts';
import { pageExists, publishedEntries, readPage, urlOf } from '../support/built-site.ts';

/*
 * The end of every story: "Keep reading" names one published story to read next and says how to
 * subscribe, with links to the subscribe page and to the site's RSS and JSON feeds.
 */

describe('the end of every story', () => {
  it('has stories to check', () => {
    expect(publishedEntries.length).toBeGreaterThan(10);
  });

  for (const entry of publishedEntries) {
    const url = urlOf(entry);
    it(`invites the reader to a next story and to subscribe on ${url}`, () => {
      const page = readPage(url);
      const end = page.querySelector('article .story-end');
      expect(end, 'a Keep reading block inside the story').not.toBeNull();
      const next = end?.querySelector('.story-end__next a')?.getAttribute('href') ?? '';
      expect(next).toMatch(/^\/(articles|testimonials)\/[a-z0-9-]+\/$/);
      expect(next).not.toBe(url);
      expect(pageExists(next), `${next} is a page of the site`).toBe(true);
      const links = (end?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'));
      expect(links).toEqual(expect.arrayContaining(['/subscribe/', '/rss.xml', '/feed.json']));
      expect(shownText(end)).toMatch(/Keep reading.*Subscribe/);
      // It comes after the body, so it is the end of the story and not its start.
      const html = page.toString();
      expect(html.indexOf('class="story-end"')).toBeGreaterThan(html.lastIndexOf('class="prose"'));
    });
  }
});
