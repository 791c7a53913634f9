import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config.ts';
import { getPublishedStories, storySummary, storyTitle } from '../lib/posts.ts';
import { renderStoryHtml } from '../lib/feed-content.ts';
import { absoluteUrl, entryUrl, homeUrl } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const stories = await getPublishedStories();
  const items = await Promise.all(
    stories.map(async (story) => {
      const link = absoluteUrl(entryUrl(story));
      return {
        title: storyTitle(story),
        link,
        description: storySummary(story),
        pubDate: story.data.pubDate,
        categories: story.data.tags.map((tag) => tag.label),
        content: await renderStoryHtml(story, link),
      };
    }),
  );
  return rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site: absoluteUrl(homeUrl()),
    items,
    customData: `<language>${siteConfig.lang}</language>`,
  });
};
