import { getRssString, type RSSOptions } from '@astrojs/rss';
import type { Tag } from '../schema/tags.ts';
import { formatDate } from '../stories/dates.ts';

/*
 * One neutral description of a feed, written out as RSS 2.0 or JSON Feed 1.1. Pure functions:
 * the feed endpoints gather the data, these decide the format.
 */

export interface FeedItem {
  /** Absolute permalink; also the item's guid and JSON Feed id. */
  url: string;
  title: string;
  summary: string;
  /** Full body as standalone HTML with absolute URLs. */
  contentHtml: string;
  published: Date;
  modified?: Date | undefined;
  tags: readonly Tag[];
  author: string;
  /** The lead image, for readers that show one beside or above the item. */
  image?: FeedImage | undefined;
}

export interface FeedImage {
  /** Absolute URL. */
  url: string;
  type: string;
  width: number;
  height: number;
  alt: string;
}

export interface Feed {
  title: string;
  description: string;
  language: string;
  /** Absolute URL of the page this feed follows (the home page, a collection or a tag page). */
  pageUrl: string;
  /** Absolute URLs of this feed in each format (JSON only where one exists). */
  rssUrl: string;
  jsonUrl?: string | undefined;
  /** Absolute URL of a 144 px square PNG: the RSS channel image (RSS allows at most 144 px). */
  iconUrl: string;
  /** Absolute URL of a 512 px square PNG: the JSON Feed icon. */
  largeIconUrl: string;
  /** Absolute URL of the SVG favicon. */
  faviconUrl: string;
  /** Absolute URL of the page that explains feeds and lists them all. */
  subscribeUrl: string;
  /** Path of the CSS stylesheet that makes the RSS readable when opened in a browser. */
  stylesheetPath: string;
  items: FeedItem[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

/** The lead image at the top of an item's content, for readers that show only the content. */
export function leadImageHtml(image: FeedImage): string {
  return `<p><img src="${escapeXml(image.url)}" alt="${escapeXml(image.alt)}" width="${image.width}" height="${image.height}"></p>`;
}

/** The latest moment anything in the feed changed, or undefined for an empty feed. */
export function feedUpdated(items: readonly FeedItem[]): Date | undefined {
  let latest: Date | undefined;
  for (const item of items) {
    const changed = item.modified ?? item.published;
    if (!latest || changed > latest) latest = changed;
  }
  return latest;
}

/*
 * A feed opened in a browser. Browsers render an XML document with the CSS its xml-stylesheet
 * instruction names, and render elements in the XHTML namespace as HTML: real paragraphs and
 * links. Feed readers skip elements in namespaces they do not know. So each feed carries a short
 * XHTML note (what a feed is, the address to copy, how to subscribe) and a link per item, and
 * /rss.css lays it out. Unlike an XSLT view this needs no XSLT (which browsers are removing) and
 * no inline style, so it reads the same in every browser under the site's Content-Security-Policy.
 * fast-xml-parser re-reads this markup inside @astrojs/rss, so no element mixes text and elements.
 */
const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

function browserNote(feed: Feed): string {
  return [
    '<xhtml:div class="feed-note">',
    '<xhtml:p class="feed-note__lead">This is a web feed: the newest stories, for a feed reader app to check for you.</xhtml:p>',
    '<xhtml:p>To subscribe, copy this address into your feed reader:</xhtml:p>',
    `<xhtml:p class="feed-note__address"><xhtml:code>${escapeXml(feed.rssUrl)}</xhtml:code></xhtml:p>`,
    '<xhtml:ul class="feed-note__links">',
    `<xhtml:li><xhtml:a href="${escapeXml(feed.subscribeUrl)}">How feeds work, and every feed we offer</xhtml:a></xhtml:li>`,
    `<xhtml:li><xhtml:a href="${escapeXml(feed.pageUrl)}">Read these stories on the site</xhtml:a></xhtml:li>`,
    '</xhtml:ul>',
    '</xhtml:div>',
  ].join('');
}

/** Options for @astrojs/rss: channel metadata, self link, image, one category per tag, and the browser view. */
export function toRssOptions(feed: Feed): RSSOptions {
  const updated = feedUpdated(feed.items);
  const channelExtras = [
    `<language>${escapeXml(feed.language)}</language>`,
    updated ? `<lastBuildDate>${updated.toUTCString()}</lastBuildDate>` : '',
    `<atom:link href="${escapeXml(feed.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    `<image><url>${escapeXml(feed.iconUrl)}</url><title>${escapeXml(feed.title)}</title><link>${escapeXml(feed.pageUrl)}</link><width>144</width><height>144</height></image>`,
    browserNote(feed),
  ];
  return {
    title: feed.title,
    description: feed.description,
    site: feed.pageUrl,
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
      media: 'http://search.yahoo.com/mrss/',
      xhtml: XHTML_NAMESPACE,
    },
    customData: channelExtras.join(''),
    trailingSlash: true,
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.url,
      description: item.summary,
      pubDate: item.published,
      categories: item.tags.map((tag) => tag.label),
      content: item.image ? leadImageHtml(item.image) + item.contentHtml : item.contentHtml,
      customData: [
        `<dc:creator>${escapeXml(item.author)}</dc:creator>`,
        item.image
          ? `<media:content url="${escapeXml(item.image.url)}" medium="image" type="${escapeXml(item.image.type)}" width="${item.image.width}" height="${item.image.height}"><media:description type="plain">${escapeXml(item.image.alt)}</media:description></media:content>`
          : '',
        `<xhtml:a class="feed-item-link" href="${escapeXml(item.url)}">${escapeXml(item.title)}</xhtml:a>`,
        // The date as a person writes it, for the browser view (pubDate keeps RFC 822 for readers).
        `<xhtml:p class="feed-item-date">${escapeXml(formatDate(item.published))}</xhtml:p>`,
      ].join(''),
    })),
  };
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** The feed as an RSS 2.0 document that names its browser stylesheet (@astrojs/rss gives a CSS one no type). */
export async function toRssXml(feed: Feed): Promise<string> {
  const xml = await getRssString(toRssOptions(feed));
  if (!xml.startsWith(XML_DECLARATION)) throw new Error(`@astrojs/rss no longer starts with ${XML_DECLARATION}`);
  const stylesheet = `<?xml-stylesheet href="${escapeXml(feed.stylesheetPath)}" type="text/css"?>`;
  return `${XML_DECLARATION}${stylesheet}${xml.slice(XML_DECLARATION.length)}`;
}

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** The feed as a JSON Feed 1.1 document. */
export function toJsonFeed(feed: Feed): Record<string, unknown> {
  return {
    version: JSON_FEED_VERSION,
    title: feed.title,
    home_page_url: feed.pageUrl,
    ...(feed.jsonUrl ? { feed_url: feed.jsonUrl } : {}),
    description: feed.description,
    icon: feed.largeIconUrl,
    favicon: feed.faviconUrl,
    language: feed.language,
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.image ? leadImageHtml(item.image) + item.contentHtml : item.contentHtml,
      ...(item.image ? { image: item.image.url } : {}),
      date_published: item.published.toISOString(),
      ...(item.modified ? { date_modified: item.modified.toISOString() } : {}),
      tags: item.tags.map((tag) => tag.label),
      authors: [{ name: item.author }],
      language: feed.language,
    })),
  };
}
