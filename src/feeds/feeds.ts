import type { Feed, FeedItem } from './feed-format.ts';
import { renderStoryHtml } from './feed-content.ts';
import { feedItem, feedItemUrl, planFeed, type FeedPlan, type FeedScope } from './feed-plan.ts';
import { previewImage } from '../seo/lead-image.ts';
import { getLibrary, type Story } from '../stories/library.ts';
import { absoluteUrl } from '../urls/urls.ts';

/*
 * A feed by scope, for the thin feed endpoints: feed-plan.ts decides what goes in it, each
 * story's body is rendered once, and the endpoint picks a format from feed-format.ts.
 */

export type { FeedScope } from './feed-plan.ts';

/** A story with its body rendered once and, when it has a lead image, the image's 1200 x 630 crop. */
async function toFeedItem(story: Story): Promise<FeedItem> {
  const [contentHtml, image] = await Promise.all([renderStoryHtml(story, feedItemUrl(story)), previewImage(story)]);
  if (!image) return feedItem(story, contentHtml);
  const { path, ...rest } = image;
  return feedItem(story, contentHtml, { ...rest, url: absoluteUrl(path) });
}

/** What the feed for one scope holds, before any body is rendered: what a feed route's cacheKey covers. */
export async function getFeedPlan(scope: FeedScope): Promise<FeedPlan<Story>> {
  return planFeed(scope, await getLibrary());
}

/** The feed of a plan, each story's body rendered. */
export async function feedOf({ stories, ...head }: FeedPlan<Story>): Promise<Feed> {
  const items = await Promise.all(stories.map(toFeedItem));
  return { ...head, items };
}

/** The feed for one scope: newest first, at most `siteConfig.feedLimit` items. */
export async function getFeed(scope: FeedScope): Promise<Feed> {
  return feedOf(await getFeedPlan(scope));
}
