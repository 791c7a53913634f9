import { tagDescription } from '../schema/tags.ts';
import { siteConfig } from '../site.config.ts';
import { storiesTagged } from '../stories/assemble-library.ts';
import type { TagCount } from '../stories/tag-counts.ts';
import type { ArticleEntry, StoryEntry, TestimonialEntry } from '../stories/story-entry.ts';
import { storyAuthor, storySummary, storyTitle, storyUpdated } from '../stories/story-text.ts';
import type { Feed, FeedImage, FeedItem } from './feed-format.ts';
import {
  absoluteUrl,
  articlesUrl,
  assetUrl,
  collectionRssUrl,
  entryUrl,
  feedStylesheetUrl,
  homeUrl,
  jsonFeedUrl,
  rssUrl,
  subscribeUrl,
  tagRssUrl,
  tagUrl,
  testimonialsUrl,
} from '../urls/urls.ts';

/*
 * Which feeds exist and what goes in each, decided from the published library alone: the pure
 * core of feeds.ts, which then renders each story's body once.
 */

export type FeedScope =
  { kind: 'all' } | { kind: 'collection'; collection: 'articles' | 'testimonials' } | { kind: 'tag'; slug: string };

/** A feed before its items are rendered: how it presents itself, and the stories it holds, newest first. */
export interface FeedPlan<S> extends Omit<Feed, 'items'> {
  stories: S[];
}

interface PublishedStories<A, T> {
  articles: A[];
  testimonials: T[];
  stories: (A | T)[];
  tags: TagCount[];
}

/** The feed for one scope, holding at most `siteConfig.feedLimit` stories. */
export function planFeed<A extends ArticleEntry, T extends TestimonialEntry>(
  scope: FeedScope,
  library: PublishedStories<A, T>,
): FeedPlan<A | T> {
  const shared = {
    language: siteConfig.lang,
    iconUrl: absoluteUrl(assetUrl('icons/icon-144.png')),
    largeIconUrl: absoluteUrl(assetUrl('icons/icon-512.png')),
    faviconUrl: absoluteUrl(assetUrl('favicon.svg')),
    subscribeUrl: absoluteUrl(subscribeUrl()),
    stylesheetPath: feedStylesheetUrl(),
  };
  let stories: (A | T)[];
  let head: Pick<Feed, 'title' | 'description' | 'pageUrl' | 'rssUrl' | 'jsonUrl'>;
  switch (scope.kind) {
    case 'all':
      stories = library.stories;
      head = {
        title: siteConfig.title,
        description: siteConfig.description,
        pageUrl: absoluteUrl(homeUrl()),
        rssUrl: absoluteUrl(rssUrl()),
        jsonUrl: absoluteUrl(jsonFeedUrl()),
      };
      break;
    case 'collection': {
      const isArticles = scope.collection === 'articles';
      stories = isArticles ? library.articles : library.testimonials;
      head = {
        title: `${siteConfig.title}: ${isArticles ? 'articles' : 'testimonials'}`,
        description: isArticles
          ? 'Articles about choosing, starting and growing a career in customer service.'
          : 'First-person stories from people who made a career in customer service.',
        pageUrl: absoluteUrl(isArticles ? articlesUrl() : testimonialsUrl()),
        rssUrl: absoluteUrl(collectionRssUrl(scope.collection)),
      };
      break;
    }
    case 'tag': {
      const tag = library.tags.find((candidate) => candidate.slug === scope.slug);
      if (!tag) throw new Error(`no published story carries the tag "${scope.slug}"`);
      stories = storiesTagged(library.stories, tag.slug);
      head = {
        title: `${siteConfig.title}: ${tag.label}`,
        description: tagDescription(tag.slug) ?? `Stories tagged “${tag.label}” on ${siteConfig.title}.`,
        pageUrl: absoluteUrl(tagUrl(tag.slug)),
        rssUrl: absoluteUrl(tagRssUrl(tag.slug)),
      };
      break;
    }
  }
  return { ...shared, ...head, stories: stories.slice(0, siteConfig.feedLimit) };
}

/** Every RSS feed the site offers, in the order the subscribe page lists them: all, per collection, per tag. */
export function feedScopes(library: { tags: TagCount[] }): FeedScope[] {
  return [
    { kind: 'all' },
    { kind: 'collection', collection: 'articles' },
    { kind: 'collection', collection: 'testimonials' },
    ...library.tags.map((tag): FeedScope => ({ kind: 'tag', slug: tag.slug })),
  ];
}

/** The absolute address a feed item links to: the story's own page. */
export function feedItemUrl(story: StoryEntry): string {
  return absoluteUrl(entryUrl(story));
}

/** One story as a feed item, given its body already rendered to standalone HTML and its lead image, if any. */
export function feedItem(story: StoryEntry, contentHtml: string, image?: FeedImage): FeedItem {
  return {
    url: feedItemUrl(story),
    title: storyTitle(story),
    summary: storySummary(story),
    contentHtml,
    published: story.data.pubDate,
    modified: storyUpdated(story),
    tags: story.data.tags,
    author: storyAuthor(story),
    image,
  };
}
