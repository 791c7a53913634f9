import type { APIRoute } from 'astro';
import { feedScopes, planFeed } from '../feeds/feed-plan.ts';
import { toOpml } from '../feeds/opml.ts';
import { siteConfig } from '../site.config.ts';
import { getLibrary } from '../stories/library.ts';
import { absoluteUrl, feedsOpmlUrl } from '../urls/urls.ts';

/** /feeds.opml: every RSS feed of the site, for a feed reader to import at once. */
export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const feeds = feedScopes(library).map((scope) => planFeed(scope, library));
  return new Response(toOpml(`${siteConfig.title}: every feed`, absoluteUrl(feedsOpmlUrl()), feeds), {
    headers: { 'Content-Type': 'text/x-opml; charset=utf-8' },
  });
};
