import { siteConfig } from '../site.config.ts';
import type { Feed, FeedItem } from './feed-format.ts';
import { renderStoryHtml } from './feed-content.ts';
import { previewImage } from '../seo/lead-image.ts';
import { getLibrary, isArticle, storySummary, storyTitle, type Story } from '../stories/library.ts';
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
 * Which feeds exist and what goes in each. Endpoints stay thin: they ask for a feed by scope and
 * pick a format from feed-format.ts.
 */

export type FeedScope =
  { kind: 'all' } | { kind: 'collection'; collection: 'articles' | 'testimonials' } | { kind: 'tag'; slug: string };

async function toFeedItem(story: Story): Promise<FeedItem> {
  const url = absoluteUrl(entryUrl(story));
  const image = await previewImage(story);
  return {
    url,
    title: storyTitle(story),
    summary: storySummary(story),
    contentHtml: await renderStoryHtml(story, url),
    published: story.data.pubDate,
    modified: isArticle(story) ? story.data.updatedDate : undefined,
    tags: story.data.tags,
    author: isArticle(story) ? story.data.author : siteConfig.author,
    image: image && {
      url: absoluteUrl(image.path),
      type: image.type,
      width: image.width,
      height: image.height,
      alt: image.alt,
    },
  };
}

/** The feed for one scope: newest first, at most `siteConfig.feedLimit` items. */
export async function getFeed(scope: FeedScope): Promise<Feed> {
  const library = await getLibrary();
  const shared = {
    language: siteConfig.lang,
    iconUrl: absoluteUrl(assetUrl('icons/icon-144.png')),
    largeIconUrl: absoluteUrl(assetUrl('icons/icon-512.png')),
    faviconUrl: absoluteUrl(assetUrl('favicon.svg')),
    subscribeUrl: absoluteUrl(subscribeUrl()),
    stylesheetPath: feedStylesheetUrl(),
  };
  let stories: Story[];
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
      stories = library.stories.filter((story) => story.data.tags.some((t) => t.slug === scope.slug));
      head = {
        title: `${siteConfig.title}: ${tag.label}`,
        description: `Stories tagged “${tag.label}” on ${siteConfig.title}.`,
        pageUrl: absoluteUrl(tagUrl(tag.slug)),
        rssUrl: absoluteUrl(tagRssUrl(tag.slug)),
      };
      break;
    }
  }
  const items = await Promise.all(stories.slice(0, siteConfig.feedLimit).map(toFeedItem));
  return { ...shared, ...head, items };
}
