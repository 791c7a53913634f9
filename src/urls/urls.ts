import { siteConfig } from '../site.config.ts';
import { baseWithSlash } from './base-path.ts';

/*
 * The one place that turns pages, entries and tags into URLs. Every internal link goes through
 * here, so the base path and the trailing-slash rule are applied the same way everywhere.
 * The bound exports at the end read the base from the site config, not from Astro's
 * import.meta.env.BASE_URL (set from the same config), so build scripts and Node tools outside
 * Vite can use them too.
 */

export interface EntryRef {
  collection: 'articles' | 'testimonials';
  id: string;
}

export function createUrls(base: string, site: string) {
  const root = baseWithSlash(base);

  /** A directory-style page path under the base, each segment percent-encoded, ending in a slash. */
  function page(...segments: string[]): string {
    const parts = segments
      .flatMap((segment) => segment.split('/'))
      .filter(Boolean)
      .map(encodeURIComponent);
    return parts.length === 0 ? root : `${root}${parts.join('/')}/`;
  }

  /** A file path under the base, such as rss.xml, with no trailing slash. */
  function file(path: string): string {
    return `${root}${path.replace(/^\/+/, '')}`;
  }

  function paged(path: string[], pageNumber: number): string {
    if (!Number.isInteger(pageNumber) || pageNumber < 1)
      throw new RangeError(`page must be a whole number from 1, got ${pageNumber}`);
    return pageNumber === 1 ? page(...path) : page(...path, String(pageNumber));
  }

  /** A root-relative link written in content ("/articles/x/") moved under the base; others unchanged. */
  function contentHref(url: string): string {
    const prefix = root.replace(/\/+$/, '');
    if (!prefix || !url.startsWith('/') || url.startsWith('//')) return url;
    if (url === prefix || url.startsWith(`${prefix}/`)) return url;
    return `${prefix}${url}`;
  }

  return {
    /** The base path itself, with its final slash: "/" at the root, "/stories/" under a sub-path. */
    basePath: root,
    contentHref,
    homeUrl: () => page(),
    aboutUrl: () => page('about'),
    articlesUrl: (pageNumber = 1) => paged(['articles'], pageNumber),
    articleUrl: (id: string) => page('articles', id),
    testimonialsUrl: () => page('testimonials'),
    testimonialUrl: (id: string) => page('testimonials', id),
    entryUrl: (entry: EntryRef) => page(entry.collection, entry.id),
    facetUrl: (kind: string, value: string) => page('testimonials', kind, value),
    archiveUrl: () => page('archive'),
    searchUrl: () => page('search'),
    ogImageUrl: (entry: EntryRef) => file(`og/${entry.collection}/${entry.id}.png`),
    /** The story's Open Graph card drawn `width` pixels wide as WebP, for story cards. */
    cardArtUrl: (entry: EntryRef, width: number) => file(`og/${entry.collection}/${entry.id}-${width}.webp`),
    tagsUrl: () => page('tags'),
    tagUrl: (slug: string, pageNumber = 1) => paged(['tags', slug], pageNumber),
    rssUrl: () => file('rss.xml'),
    jsonFeedUrl: () => file('feed.json'),
    feedsOpmlUrl: () => file('feeds.opml'),
    collectionRssUrl: (collection: EntryRef['collection']) => file(`${collection}/rss.xml`),
    tagRssUrl: (slug: string) => `${page('tags', slug)}rss.xml`,
    feedStylesheetUrl: () => file('rss.css'),
    subscribeUrl: () => page('subscribe'),
    shareUrl: () => page('share'),
    sitemapUrl: () => file('sitemap-index.xml'),
    llmsFullUrl: () => file('llms-full.txt'),
    assetUrl: (path: string) => file(path),
    /** The same path as an absolute URL on the production site. */
    absoluteUrl: (path: string) => new URL(path, site).href,
  };
}

/**
 * A mailto: link that opens a new email with its subject and body filled in. The address stays as
 * written; subject and body are percent-encoded with line breaks as CRLF, as RFC 6068 asks.
 */
export function mailtoUrl(address: string, fields: { subject: string; body: string }): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${encode(fields.subject)}&body=${encode(fields.body)}`;
}

export const {
  basePath,
  contentHref,
  homeUrl,
  aboutUrl,
  articlesUrl,
  articleUrl,
  testimonialsUrl,
  testimonialUrl,
  entryUrl,
  facetUrl,
  archiveUrl,
  searchUrl,
  ogImageUrl,
  cardArtUrl,
  feedsOpmlUrl,
  tagsUrl,
  tagUrl,
  rssUrl,
  jsonFeedUrl,
  collectionRssUrl,
  tagRssUrl,
  feedStylesheetUrl,
  subscribeUrl,
  shareUrl,
  sitemapUrl,
  llmsFullUrl,
  assetUrl,
  absoluteUrl,
} = createUrls(siteConfig.base, siteConfig.url);
