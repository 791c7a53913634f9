import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, feedUpdated, toJsonFeed, toRssOptions, toRssXml, type Feed, type FeedItem } from './feed-format.ts';

const item = (overrides: Partial<FeedItem> = {}): FeedItem => ({
  url: 'https://example.org/articles/a/',
  title: 'Tea & "talk" <live>',
  summary: 'A summary.',
  contentHtml: '<p>Café &amp; más</p>',
  published: new Date('2026-03-10T00:00:00Z'),
  tags: [{ slug: 'remote-work', label: 'Remote work' }],
  author: 'Ana & Bo',
  ...overrides,
});

const feed = (items: FeedItem[]): Feed => ({
  title: 'Stories',
  description: 'All of them.',
  language: 'en',
  pageUrl: 'https://example.org/',
  rssUrl: 'https://example.org/rss.xml',
  jsonUrl: 'https://example.org/feed.json',
  iconUrl: 'https://example.org/icons/icon-144.png',
  largeIconUrl: 'https://example.org/icons/icon-512.png',
  faviconUrl: 'https://example.org/favicon.svg',
  subscribeUrl: 'https://example.org/subscribe/',
  stylesheetPath: '/rss.css',
  items,
});

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml) as {
    rss: { channel: Record<string, unknown> & { item: Record<string, unknown> } };
  };

describe('escapeXml', () => {
  it('escapes the five XML specials and nothing else', () => {
    expect(escapeXml(`a & b < c > "d" 'e' é`)).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos; é');
  });
});

describe('feedUpdated', () => {
  it('takes the latest of published and modified dates', () => {
    const later = new Date('2026-05-01T00:00:00Z');
    expect(feedUpdated([item(), item({ published: new Date('2026-01-01T00:00:00Z'), modified: later })])).toEqual(
      later,
    );
  });

  it('is undefined for an empty feed', () => {
    expect(feedUpdated([])).toBeUndefined();
  });
});

describe('toRssOptions through @astrojs/rss', () => {
  it('writes channel extras, the self link, the image and one category per tag', async () => {
    const xml = await getRssString(
      toRssOptions(
        feed([
          item({
            tags: [
              { slug: 'a', label: 'A' },
              { slug: 'b', label: 'B & C' },
            ],
          }),
        ]),
      ),
    );
    const { channel } = parse(xml).rss;
    expect(channel['language']).toBe('en');
    expect(channel['lastBuildDate']).toBe('Tue, 10 Mar 2026 00:00:00 GMT');
    expect(channel['atom:link']).toMatchObject({ '@_href': 'https://example.org/rss.xml', '@_rel': 'self' });
    expect(channel['image']).toMatchObject({ url: 'https://example.org/icons/icon-144.png', title: 'Stories' });
    expect(channel.item['category']).toEqual(['A', 'B & C']);
  });

  it('escapes titles, authors and content so the XML stays well-formed', async () => {
    const xml = await getRssString(toRssOptions(feed([item()])));
    expect(xml).toContain('<title>Tea &amp; &quot;talk&quot; &lt;live&gt;</title>');
    expect(xml).toContain('<dc:creator>Ana &amp; Bo</dc:creator>');
    expect(xml).toContain('<content:encoded>&lt;p&gt;Café &amp;amp; más&lt;/p&gt;</content:encoded>');
  });

  it('leaves lastBuildDate out of an empty feed rather than inventing one', async () => {
    const xml = await getRssString(toRssOptions(feed([])));
    expect(xml).not.toContain('lastBuildDate');
  });
});

describe('toRssXml: the feed opened in a browser', () => {
  it('names its CSS stylesheet, with its type, straight after the XML declaration', async () => {
    const xml = await toRssXml(feed([item()]));
    expect(
      xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet href="/rss.css" type="text/css"?><rss '),
    ).toBe(true);
    expect(xml).not.toContain('text/xsl');
  });

  it('carries a note in XHTML with the address to copy and where to learn more', async () => {
    const xml = await toRssXml(feed([item()]));
    const { channel } = parse(xml).rss;
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const note = channel['xhtml:div'] as Record<string, unknown>;
    expect(note['@_class']).toBe('feed-note');
    expect(JSON.stringify(note)).toContain('This is a web feed');
    expect(xml).toContain('<xhtml:code>https://example.org/rss.xml</xhtml:code>');
    expect(xml).toContain('<xhtml:a href="https://example.org/subscribe/">');
    expect(xml).toContain('<xhtml:a href="https://example.org/">');
  });

  it('gives each item a link to its page, titled like the item, escaped', async () => {
    const xml = await toRssXml(feed([item()]));
    expect(xml).toContain(
      '<xhtml:a class="feed-item-link" href="https://example.org/articles/a/">Tea &amp; &quot;talk&quot; &lt;live&gt;</xhtml:a>',
    );
  });

  it('gives each item its date as a person writes it for the browser view, and keeps RFC 822 in pubDate', async () => {
    const xml = await toRssXml(feed([item()]));
    expect(xml).toContain('<xhtml:p class="feed-item-date">10 March 2026</xhtml:p>');
    expect(xml).toContain('<pubDate>Tue, 10 Mar 2026 00:00:00 GMT</pubDate>');
  });

  it('keeps the note out of the way of feed readers: the standard channel fields are unchanged', async () => {
    const { channel } = parse(await toRssXml(feed([item()]))).rss;
    expect(channel['title']).toBe('Stories');
    expect(channel['description']).toBe('All of them.');
    expect(channel['link']).toBe('https://example.org/');
  });
});

describe('toJsonFeed', () => {
  it('maps items to JSON Feed 1.1 fields', () => {
    const modified = new Date('2026-04-01T00:00:00Z');
    const json = toJsonFeed(feed([item({ modified })]));
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      feed_url: 'https://example.org/feed.json',
      icon: 'https://example.org/icons/icon-512.png',
    });
    expect((json['items'] as unknown[])[0]).toEqual({
      id: 'https://example.org/articles/a/',
      url: 'https://example.org/articles/a/',
      title: 'Tea & "talk" <live>',
      summary: 'A summary.',
      content_html: '<p>Café &amp; más</p>',
      date_published: '2026-03-10T00:00:00.000Z',
      date_modified: '2026-04-01T00:00:00.000Z',
      tags: ['Remote work'],
      authors: [{ name: 'Ana & Bo' }],
      language: 'en',
    });
  });

  it('omits date_modified and feed_url when there are none', () => {
    const json = toJsonFeed({ ...feed([item()]), jsonUrl: undefined });
    expect(json).not.toHaveProperty('feed_url');
    expect((json['items'] as Record<string, unknown>[])[0]).not.toHaveProperty('date_modified');
  });
});
