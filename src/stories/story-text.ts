import { siteConfig } from '../site.config.ts';

/*
 * The headline, summary, byline and credits of a story, from its frontmatter alone. Pure, so the
 * build's background steps (Open Graph images) can compute exactly what the pages show, and feeds
 * and page metadata credit a story the same way.
 */

export type StoryText =
  | { collection: 'articles'; data: { title: string; description: string } }
  | { collection: 'testimonials'; data: { name: string; headline: string; role: string; quote: string } };

/** An article's title, or a testimonial's headline. */
export function storyTitle(story: StoryText): string {
  return story.collection === 'articles' ? story.data.title : story.data.headline;
}

/** Who is speaking in a testimonial: "Rosa, remote customer service agent". */
export function testimonialByline(data: { name: string; role: string }): string {
  const lowered = /^\p{Lu}\p{Ll}/u.test(data.role) ? data.role.charAt(0).toLowerCase() + data.role.slice(1) : data.role;
  return `${data.name}, ${lowered}`;
}

/** An article's description, or a testimonial's pull quote. */
export function storySummary(story: StoryText): string {
  return story.collection === 'articles' ? story.data.description : story.data.quote;
}

type Credited =
  { collection: 'articles'; data: { author: string; updatedDate?: Date | undefined } } | { collection: 'testimonials' };

/**
 * Who a story is credited to in feeds and structured data: an article's author; for a
 * testimonial, the editors who wrote it up, never the person it is about.
 */
export function storyAuthor(story: Credited): string {
  return story.collection === 'articles' ? story.data.author : siteConfig.author;
}

/** When a story last changed significantly: an article's updatedDate; testimonials have none. */
export function storyUpdated(story: Credited): Date | undefined {
  return story.collection === 'articles' ? story.data.updatedDate : undefined;
}
