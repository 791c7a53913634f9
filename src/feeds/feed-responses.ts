import { toJsonFeed, toRssXml, type Feed } from './feed-format.ts';

/*
 * HTTP responses for feeds. RSS goes out as application/xml so that browsers render it with its
 * stylesheet rather than download it (feed readers sniff the document, not the type); JSON Feed
 * has its own type.
 */

export async function rssResponse(feed: Feed): Promise<Response> {
  return new Response(await toRssXml(feed), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}

export function jsonFeedResponse(feed: Feed): Response {
  return new Response(`${JSON.stringify(toJsonFeed(feed), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
