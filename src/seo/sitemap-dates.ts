import type { StoryEntry } from '../stories/story-entry.ts';
import { storyChanged } from '../stories/story-text.ts';
import { absoluteUrl, entryUrl, type EntryRef } from '../urls/urls.ts';

/*
 * <lastmod> in the sitemap, so search engines can tell which stories changed: each story's URL
 * gets its updatedDate, or else its pubDate. The sitemap is written after the pages, outside
 * Astro's content layer, so the dates come from the content check's one read of content/.
 * Drafts and scheduled entries have no page, so their URLs never reach the sitemap to be looked
 * up; pages that are not stories carry no date rather than a made-up one.
 */

/** Absolute story URL → the date it last changed. */
export function storyChangeDates(
  stories: readonly StoryEntry[],
  storyUrl: (entry: EntryRef) => string,
): Map<string, Date> {
  return new Map(stories.map((story) => [storyUrl(story), storyChanged(story)]));
}

interface SitemapEntry {
  url: string;
  lastmod?: string | undefined;
}

/** Adds `lastmod` to the sitemap items of story pages; every other item passes unchanged. */
export function withLastmod(dates: ReadonlyMap<string, Date>) {
  return <T extends SitemapEntry>(item: T): T => {
    const changed = dates.get(item.url);
    return changed ? { ...item, lastmod: changed.toISOString() } : item;
  };
}

/**
 * The sitemap's serialize hook: maps the published stories (read once by the content check, when
 * the build starts: src/integrations/build-content.ts) on the first item, when the build is done.
 */
export function sitemapLastmod(content: () => readonly StoryEntry[]) {
  let serialize: ReturnType<typeof withLastmod> | undefined;
  return <T extends SitemapEntry>(item: T): T => {
    serialize ??= withLastmod(storyChangeDates(content(), (entry) => absoluteUrl(entryUrl(entry))));
    return serialize(item);
  };
}
