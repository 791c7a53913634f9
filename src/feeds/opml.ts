import { escapeXml } from './feed-format.ts';

/*
 * An OPML 2.0 subscription list: every feed of the site in one file, which a feed reader imports
 * in one step ("Import OPML"). Each outline is one RSS feed with its title and its page.
 */

export interface OpmlFeed {
  title: string;
  description: string;
  rssUrl: string;
  pageUrl: string;
}

export function toOpml(listTitle: string, ownUrl: string, feeds: readonly OpmlFeed[]): string {
  const outlines = feeds.map(
    (feed) =>
      `    <outline type="rss" version="RSS2" text="${escapeXml(feed.title)}" title="${escapeXml(feed.title)}"` +
      ` description="${escapeXml(feed.description)}" xmlUrl="${escapeXml(feed.rssUrl)}" htmlUrl="${escapeXml(feed.pageUrl)}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(listTitle)}</title>`,
    `    <docs>http://opml.org/spec2.opml</docs>`,
    `    <ownerId>${escapeXml(ownUrl)}</ownerId>`,
    '  </head>',
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
