import type { Feed } from './feed-format.ts';
import { renderStoryHtml } from './feed-content.ts';
import { feedItem, feedItemUrl, planFeed, type FeedScope } from './feed-plan.ts';
import { getLibrary } from '../stories/library.ts';

/*
 * A feed by scope, for the thin feed endpoints: feed-plan.ts decides what goes in it, each
 * story's body is rendered once, and the endpoint picks a format from feed-format.ts.
 */

export type { FeedScope } from './feed-plan.ts';

/** The feed for one scope: newest first, at most `siteConfig.feedLimit` items. */
export async function getFeed(scope: FeedScope): Promise<Feed> {
  const { stories, ...head } = planFeed(scope, await getLibrary());
  const items = await Promise.all(
    stories.map(async (story) => feedItem(story, await renderStoryHtml(story, feedItemUrl(story)))),
  );
  return { ...head, items };
}
