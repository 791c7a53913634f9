import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse } from 'node-html-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { countTags } from '../../src/stories/tag-counts.ts';
import { tagLabel } from '../../src/schema/tags.ts';
import { isArticle } from '../../src/stories/story-entry.ts';
import {
  distDir,
  htmlPages,
  pageExists,
  publishedEntries,
  readPage,
  readText,
  type ContentEntry,
  urlOf,
} from '../support/built-site.ts';
import { jsonFeedSchema } from '../support/json-feed-schema.ts';

const site = siteConfig.url;
const newestFirst = (a: ContentEntry, b: ContentEntry) =>
  b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id);
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const publishedTags = countTags(publishedEntries);

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  category: string | string[];
  description: string;
  'content:encoded': string;
  'dc:creator': string;
}
interface RssChannel {
  title: string;
  link: string;
  description: string;
  language: string;
  lastBuildDate: string;
  'atom:link': { '@_href': string; '@_rel': string; '@_type': string };
  image: { url: string; title: string; link: string };
  item?: RssItem | RssItem[];
}

const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

function readChannel(feedPath: string): { channel: RssChannel; items: RssItem[] } {
  const text = readText(feedPath);
  expect(() => SyntaxValidator.validate(text), `${feedPath} is well-formed XML`).not.toThrow();
  const parsed = xml.parse(text) as { rss: { '@_version': string; channel: RssChannel } };
  expect(parsed.rss['@_version']).toBe('2.0');
  const { channel } = parsed.rss;
  return { channel, items: channel.item === undefined ? [] : [channel.item].flat() };
}

interface FeedCase {
  path: string;
  page: string;
  entries: ContentEntry[];
}

const feeds: FeedCase[] = [
  { path: '/rss.xml', page: '/', entries: publishedEntries },
  {
    path: '/articles/rss.xml',
    page: '/articles/',
    entries: publishedEntries.filter((e) => e.collection === 'articles'),
  },
  {
    path: '/testimonials/rss.xml',
    page: '/testimonials/',
    entries: publishedEntries.filter((e) => e.collection === 'testimonials'),
  },
  ...publishedTags.map((tag) => ({
    path: `/tags/${tag.slug}/rss.xml`,
    page: `/tags/${tag.slug}/`,
    entries: publishedEntries.filter((e) => e.data.tags.some((t) => t.slug === tag.slug)),
  })),
];

describe.each(feeds)('$path', ({ path: feedPath, page, entries }) => {
  const { channel, items } = readChannel(feedPath);
  const expected = [...entries].sort(newestFirst).slice(0, siteConfig.feedLimit);

  it('has a complete channel: title, link, description, language, lastBuildDate, self link and image', () => {
    expect(channel.title).toContain(siteConfig.title);
    expect(channel.link).toBe(`${site}${page}`);
    expect(channel.description.length).toBeGreaterThan(10);
    expect(channel.language).toBe(siteConfig.lang);
    expect(channel.lastBuildDate).toMatch(RFC_822);
    expect(channel['atom:link']).toEqual({
      '@_href': `${site}${feedPath}`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(channel.image.url).toBe(`${site}/icons/icon-144.png`);
    expect(channel.image.title).toBe(channel.title);
    expect(channel.image.link).toBe(channel.link);
    expect(pageExists('/icons/icon-144.png')).toBe(true);
  });

  it('lists the published entries it covers, newest first, up to the cap', () => {
    expect(items.map((item) => item.link)).toEqual(expected.map((entry) => `${site}${urlOf(entry)}`));
  });

  it('gives each item a permalink guid, RFC 822 date, a category per tag, an author and a description', () => {
    const guids = items.map((item) => item.guid['#text']);
    expect(new Set(guids).size).toBe(items.length);
    for (const [index, item] of items.entries()) {
      const entry = expected[index] as ContentEntry;
      expect(item.guid).toEqual({ '#text': item.link, '@_isPermaLink': 'true' });
      expect(item.pubDate).toMatch(RFC_822);
      expect(new Date(item.pubDate).toISOString()).toBe(entry.data.pubDate.toISOString());
      expect([item.category].flat()).toEqual(entry.data.tags.map((tag) => tagLabel(tag.slug)));
      expect(item['dc:creator'].length).toBeGreaterThan(0);
      expect(item.description.length).toBeGreaterThan(10);
    }
  });

  it('carries the full content with absolute URLs and nothing a reader strips', () => {
    for (const item of items) {
      const html = item['content:encoded'];
      expect(html.length, item.link).toBeGreaterThan(800);
      expect(html, item.link).not.toMatch(/\s(?:href|src|srcset|poster)="(?!https?:\/\/)/);
      expect(html, item.link).not.toMatch(/<script|<style|\sdata-astro|\son[a-z]+=/i);
    }
  });

  it('is linked for autodiscovery from its page', () => {
    const alternates = readPage(page)
      .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
      .map((link) => link.getAttribute('href'));
    if (feedPath === '/rss.xml' || feedPath.startsWith('/tags/')) expect(alternates).toContain(`${site}${feedPath}`);
  });
});

describe('the set of feeds', () => {
  it('has a feed for every published tag and none for tags only unpublished entries carry', () => {
    const tagFeeds = readdirSync(path.join(distDir, 'tags'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('rss.xml'))
      .map((name) => name.split(path.sep)[0])
      .sort();
    expect(tagFeeds).toEqual(publishedTags.map((tag) => tag.slug).sort());
    expect(tagFeeds.some((slug) => slug?.startsWith('fixture-'))).toBe(false);
  });

  it('links the main RSS and JSON feeds from every page', () => {
    for (const url of htmlPages()) {
      const page = readPage(url);
      expect(
        page.querySelector(`link[rel="alternate"][type="application/rss+xml"][href="${site}/rss.xml"]`),
        url,
      ).not.toBeNull();
      expect(
        page.querySelector(`link[rel="alternate"][type="application/feed+json"][href="${site}/feed.json"]`),
        url,
      ).not.toBeNull();
    }
  });

  it('points browsers at its CSS stylesheet, and asks for no XSLT', () => {
    for (const feed of feeds) {
      const xml = readText(feed.path);
      expect(xml, feed.path).toMatch(
        /^<\?xml version="1\.0" encoding="UTF-8"\?><\?xml-stylesheet href="\/rss\.css" type="text\/css"\?><rss /,
      );
      expect(xml, feed.path).not.toContain('text/xsl');
    }
    expect(readText('/rss.css')).toContain('xhtml|div.feed-note');
    expect(pageExists('/rss.xsl')).toBe(false);
  });

  it('has a subscribe page that offers every feed with its full URL', () => {
    const text = readPage('/subscribe/').text;
    for (const feed of feeds.slice(0, 3)) expect(text).toContain(`${site}${feed.path}`);
    expect(text).toContain(`${site}/feed.json`);
    for (const tag of publishedTags) expect(text).toContain(`${site}/tags/${tag.slug}/rss.xml`);
  });
});

describe('/feed.json', () => {
  const raw = JSON.parse(readText('/feed.json')) as unknown;
  const feed = jsonFeedSchema.parse(raw);
  const { items: rssItems } = readChannel('/rss.xml');

  it('follows the JSON Feed 1.1 rules', () => {
    expect(jsonFeedSchema.safeParse(raw).success).toBe(true);
    expect(feed.feed_url).toBe(`${site}/feed.json`);
    expect(feed.home_page_url).toBe(`${site}/`);
  });

  it('rejects a document that breaks them (the schema can fail)', () => {
    const broken = {
      ...feed,
      version: 'https://jsonfeed.org/version/1',
      items: [{ id: 'x', date_published: '24 Nov 2026' }],
    };
    const issues = jsonFeedSchema.safeParse(broken).error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(issues).toEqual(expect.arrayContaining(['version', 'items.0.date_published', 'items.0']));
  });

  it('has the same items as the RSS feed, with dates, tags, authors and content', () => {
    expect(feed.items.map((item) => item.id)).toEqual(rssItems.map((item) => item.guid['#text']));
    for (const [index, item] of feed.items.entries()) {
      const rss = rssItems[index] as RssItem;
      expect(item.url).toBe(rss.link);
      expect(item.title).toBe(rss.title);
      expect(item.content_html).toBe(rss['content:encoded']);
      expect(new Date(item.date_published ?? '').getTime()).toBe(new Date(rss.pubDate).getTime());
      expect(item.tags).toEqual([rss.category].flat());
      expect(item.authors).toEqual([{ name: rss['dc:creator'] }]);
    }
  });

  it('gives an updated article its date_modified', () => {
    const updated = publishedEntries.flatMap((entry) =>
      entry.collection === 'articles' && entry.data.updatedDate ? [{ entry, date: entry.data.updatedDate }] : [],
    );
    expect(updated.length).toBeGreaterThan(0);
    for (const { entry, date } of updated) {
      const item = feed.items.find((candidate) => candidate.id === `${site}${urlOf(entry)}`);
      expect(item?.date_modified).toBe(date.toISOString());
    }
    const notUpdated = feed.items.filter((item) => item.date_modified === undefined);
    expect(notUpdated.length).toBeGreaterThan(0);
  });
});

describe('a subscriber app reading the feeds (rss-parser)', () => {
  const parser = new Parser();

  it('reads every item of /rss.xml with its title, link, date and content intact', async () => {
    const parsed = await parser.parseString(readText('/rss.xml'));
    expect(parsed.title).toBe(siteConfig.title);
    const expected = [...publishedEntries].sort(newestFirst).slice(0, siteConfig.feedLimit);
    expect(parsed.items).toHaveLength(expected.length);
    for (const [index, item] of parsed.items.entries()) {
      const entry = expected[index] as ContentEntry;
      expect(item.link).toBe(`${site}${urlOf(entry)}`);
      expect(item.isoDate).toBe(entry.data.pubDate.toISOString());
      if (entry.collection === 'articles') expect(item.title).toBe(entry.data.title);
      expect(item['content:encoded']?.length ?? 0).toBeGreaterThan(800);
    }
  });
});

describe('MDX components in feeds', () => {
  it('arrive as plain HTML, the steps diagram as SVG with its words and colours', async () => {
    const parsed = await new Parser().parseString(readText('/rss.xml'));
    const item = parsed.items.find((candidate) => candidate.link === `${site}/articles/handling-escalation-calmly/`);
    const html = item?.['content:encoded'] ?? '';
    // Whitespace between elements is the HTML compression's to keep or drop; the elements are the point.
    expect(html).toMatch(/<figure class="steps"[^>]*>\s*<svg class="steps__drawing/);
    expect(html).toMatch(/<text [^>]*fill="#1f5f5b"[^>]*>\s*Acknowledge\s*<\/text>/);
    expect(html).not.toMatch(/data-astro|data-print-href/);
    expect(html).toContain('<aside class="callout" aria-label="Tip">');
    expect(html).toMatch(/<figure class="pull-quote">\s*<blockquote>/);
    expect(html).not.toMatch(/<(Callout|PullQuote|Figure)\b/);
  });
});

describe('feed files on disk', () => {
  it('are small: the main feeds stay under 1 MB', () => {
    for (const feed of ['/rss.xml', '/feed.json']) {
      expect(readFileSync(path.join(distDir, feed)).length).toBeLessThan(1_000_000);
    }
  });
});

/** The lead image an article's frontmatter names, if any (paths as written, relative to the file). */
const heroOf = (entry: ContentEntry) => (isArticle(entry) ? entry.data.hero : undefined);
const withHero = publishedEntries.filter((entry) => entry.collection === 'articles').filter((entry) => heroOf(entry));
const withoutHero = publishedEntries.filter((entry) => !heroOf(entry));

/** Width and height of a PNG file in dist, from its IHDR chunk. */
function pngSize(sitePath: string): [number, number] {
  const png = readFileSync(path.join(distDir, sitePath));
  expect(png.subarray(1, 4).toString('latin1'), sitePath).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('lead images in feeds', () => {
  it('gives feed readers the lead image as an absolute URL: RSS media:content, JSON Feed image, top of the content', async () => {
    const parser = new Parser<Record<string, unknown>, { media?: { $: Record<string, string> } }>({
      customFields: { item: [['media:content', 'media']] },
    });
    const rss = await parser.parseString(readText('/rss.xml'));
    const json = JSON.parse(readText('/feed.json')) as {
      items: { url: string; image?: string; content_html: string }[];
    };
    for (const entry of withHero) {
      const url = `${site}${urlOf(entry)}`;
      const item = rss.items.find((candidate) => candidate.link === url);
      const media = item?.media?.$;
      expect(media?.['medium'], url).toBe('image');
      expect(media?.['url']).toMatch(new RegExp(`^${site}/_astro/[\\w.-]+\\.png$`));
      expect(pngSize(String(media?.['url']).slice(site.length))).toEqual([1200, 630]);
      expect([media?.['width'], media?.['height']]).toEqual(['1200', '630']);
      const jsonItem = json.items.find((candidate) => candidate.url === url);
      expect(jsonItem?.image).toBe(media?.['url']);
      const first = parse(jsonItem?.content_html ?? '').querySelector('img');
      expect(first?.getAttribute('src')).toBe(media?.['url']);
      expect(first?.getAttribute('alt')).toBe(heroOf(entry)?.alt);
    }
    for (const entry of withoutHero) {
      const url = `${site}${urlOf(entry)}`;
      expect(rss.items.find((candidate) => candidate.link === url)?.media, url).toBeUndefined();
      expect(json.items.find((candidate) => candidate.url === url)?.image, url).toBeUndefined();
    }
  });
});
