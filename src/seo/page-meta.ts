import { siteConfig } from '../site.config.ts';
import { isArticle, type StoryEntry } from '../stories/story-entry.ts';
import { storyAuthor, storySummary, storyTitle, storyUpdated } from '../stories/story-text.ts';
import { blogPostingLd, breadcrumbLd, type Crumb, type JsonLd } from './structured-data.ts';
import { absoluteUrl, articlesUrl, assetUrl, entryUrl, homeUrl, ogImageUrl, testimonialsUrl } from '../urls/urls.ts';

/*
 * What an entry page tells search engines and link previews: its breadcrumb trail, its
 * Open Graph image and its JSON-LD, all from one story. Pure: the story in, the metadata out.
 */

export interface StoryPageMeta {
  /** Site paths, for the visible breadcrumb. */
  crumbs: Crumb[];
  ogImage: string;
  jsonLd: JsonLd[];
}

/** `ogImage` is the site path of the link-preview image: the drawn card unless the story has a lead image. */
export function storyPageMeta(story: StoryEntry, ogImage = ogImageUrl(story)): StoryPageMeta {
  const title = storyTitle(story);
  const crumbs: Crumb[] = [
    { name: 'Home', url: homeUrl() },
    isArticle(story) ? { name: 'Articles', url: articlesUrl() } : { name: 'Testimonials', url: testimonialsUrl() },
    { name: title, url: entryUrl(story) },
  ];
  const posting = blogPostingLd({
    headline: title,
    description: storySummary(story),
    url: absoluteUrl(entryUrl(story)),
    imageUrl: absoluteUrl(ogImage),
    published: story.data.pubDate,
    modified: storyUpdated(story),
    author: storyAuthor(story),
    publisher: {
      name: siteConfig.title,
      url: absoluteUrl(homeUrl()),
      logoUrl: absoluteUrl(assetUrl('icons/icon-512.png')),
    },
    keywords: story.data.tags.map((tag) => tag.label),
  });
  const breadcrumbs = breadcrumbLd(crumbs.map((crumb) => ({ ...crumb, url: absoluteUrl(crumb.url) })));
  return { crumbs, ogImage, jsonLd: [posting, breadcrumbs] };
}
