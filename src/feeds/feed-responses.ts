import { getRssString } from '@astrojs/rss';
import { toJsonFeed, toRssOptions, type Feed } from './feed-format.ts';

/*
 * HTTP responses for feeds. RSS goes out as application/xml so that browsers apply the XSLT
 * stylesheet (feed readers sniff the document, not the type); JSON Feed has its own type.
 */

export async function rssResponse(feed: Feed): Promise<Response> {
  return new Response(await getRssString(toRssOptions(feed)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}

export function jsonFeedResponse(feed: Feed): Response {
  return new Response(`${JSON.stringify(toJsonFeed(feed), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
