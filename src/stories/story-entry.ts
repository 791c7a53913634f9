import type { ArticleData, TestimonialData } from '../schema/schemas.ts';

/*
 * What a story is to the code that only reads its frontmatter: Astro's collection entries in the
 * build, and the files editors' tools validate without Astro, both have this shape. The pure
 * modules of the story library, the feeds and the page metadata take it, so they can be tested
 * with plain objects.
 */

export interface ArticleEntry {
  collection: 'articles';
  id: string;
  data: ArticleData;
}

export interface TestimonialEntry {
  collection: 'testimonials';
  id: string;
  data: TestimonialData;
}

export type StoryEntry = ArticleEntry | TestimonialEntry;

/** The key of a story in maps, caches and reading paths: "articles/why-i-chose". */
export function storyKey(story: { collection: string; id: string }): string {
  return `${story.collection}/${story.id}`;
}

export function isArticle<S extends { collection: string }>(story: S): story is Extract<S, { collection: 'articles' }> {
  return story.collection === 'articles';
}
