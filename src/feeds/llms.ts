import { siteConfig } from '../site.config.ts';
import { renderStoryHtml } from './feed-content.ts';
import { htmlToMarkdown, llmsFull, llmsIndex, llmsStoryText, type LlmsSite, type LlmsStory } from './llms-format.ts';
import {
  isArticle,
  storySummary,
  storyTitle,
  storyUpdated,
  testimonialByline,
  type Story,
} from '../stories/library.ts';
import { withStoredTexts } from '../stories/stored-texts.ts';
import { absoluteUrl, entryUrl, homeUrl, jsonFeedUrl, llmsFullUrl, rssUrl } from '../urls/urls.ts';

/*
 * What the llms.txt endpoints publish: the same published stories as every page and feed, in the
 * library's order, with URLs under the site's base path.
 */

function llmsSite(): LlmsSite {
  return {
    title: siteConfig.title,
    description: siteConfig.description,
    homeUrl: absoluteUrl(homeUrl()),
    fullTextUrl: absoluteUrl(llmsFullUrl()),
    feeds: [
      { title: 'RSS feed', url: absoluteUrl(rssUrl()), description: 'every story with its full text, newest first' },
      { title: 'JSON Feed', url: absoluteUrl(jsonFeedUrl()), description: 'the same stories as JSON Feed 1.1' },
    ],
  };
}

function toLlmsStory(story: Story): LlmsStory {
  return {
    kind: isArticle(story) ? 'article' : 'testimonial',
    title: storyTitle(story),
    url: absoluteUrl(entryUrl(story)),
    summary: storySummary(story),
    byline: isArticle(story) ? `By ${story.data.author}` : testimonialByline(story.data),
    published: story.data.pubDate,
    updated: storyUpdated(story),
    tags: story.data.tags.map((tag) => tag.label),
  };
}

/** /llms.txt: the published stories (the library's, in its order), each with a line of summary. */
export function llmsIndexText(stories: readonly Story[]): string {
  return llmsIndex(llmsSite(), stories.map(toLlmsStory));
}

/**
 * /llms-full.txt: the published stories with their full text. Each story's text is kept for the
 * next build (stories/stored-texts.ts), so a warm build renders only the bodies that changed.
 */
export async function llmsFullText(stories: readonly Story[]): Promise<string> {
  const texts = await withStoredTexts(
    'llms-full',
    stories,
    async (story) => {
      const entry = toLlmsStory(story);
      return llmsStoryText(entry, htmlToMarkdown(await renderStoryHtml(story, entry.url)));
    },
    toLlmsStory,
  );
  return llmsFull(llmsSite(), texts);
}
