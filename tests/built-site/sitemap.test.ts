import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { storyUpdated } from '../../src/stories/story-text.ts';
import { htmlPages, publishedEntries, readText, unpublishedEntries, urlOf } from '../support/built-site.ts';

/*
 * The sitemap of the built site: every page but the 404, each story dated. (The sitemap under a
 * base path is checked in builds/sub-path.test.ts, and unpublished entries' absence from it in
 * pages.test.ts.)
 */

const site = siteConfig.url;
const pages = htmlPages();

describe('sitemap', () => {
  it('lists every HTML page except the 404, with absolute URLs', () => {
    const xml = new XMLParser().parse(readText('/sitemap-0.xml')) as { urlset: { url: { loc: string }[] } };
    const locs = xml.urlset.url.map((entry) => entry.loc).sort();
    const expected = pages
      .filter((url) => url !== '/404.html')
      .map((url) => `${siteConfig.url}${url}`)
      .sort();
    expect(locs).toEqual(expected);
  });
});

describe('sitemap dates', () => {
  it('gives each story URL its updatedDate, or else its pubDate, as lastmod, and other pages none', () => {
    const sitemap = readText('/sitemap-0.xml');
    const lastmods = new Map(
      [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((match) => [
        match[1] ?? '',
        match[2],
      ]),
    );
    const dated = publishedEntries.filter((entry) => storyUpdated(entry));
    expect(dated.length, 'some stories carry updatedDate').toBeGreaterThan(0);
    for (const entry of publishedEntries) {
      const changed = storyUpdated(entry) ?? entry.data.pubDate;
      expect(lastmods.get(`${site}${urlOf(entry)}`), urlOf(entry)).toBe(changed.toISOString());
    }
    for (const page of ['/', '/articles/', '/tags/careers/', '/about/']) {
      expect(lastmods.has(`${site}${page}`), page).toBe(true);
      expect(lastmods.get(`${site}${page}`), page).toBeUndefined();
    }
    for (const entry of unpublishedEntries) expect(lastmods.has(`${site}${urlOf(entry)}`)).toBe(false);
  });
});
