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

/** A capitalised phrase for the middle of a sentence: "Team lead" becomes "team lead"; "IT helpdesk" stays. */
export function lowerInitial(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Who is speaking in a testimonial: "Rosa, remote customer service agent". */
export function testimonialByline(data: { name: string; role: string }): string {
  return `${data.name}, ${lowerInitial(data.role)}`;
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

/** The date a story last changed: its updatedDate, or else its pubDate. */
export function storyChanged(story: Credited & { data: { pubDate: Date } }): Date {
  return storyUpdated(story) ?? story.data.pubDate;
}

/** Whose story a testimonial is, for the line under it: a composite, or a real person who agreed. */
export function testimonialProvenance(data: {
  composite?: true | undefined;
  consent?: { name: 'real' | 'pseudonym' } | undefined;
}): string {
  if (data.composite) return 'An illustrative composite';
  if (data.consent?.name === 'real') return 'Told with permission, under their real first name';
  if (data.consent?.name === 'pseudonym') return 'Told with permission, under a pseudonym';
  return 'Consent not recorded yet';
}

/** Years in service as people say them: "1 year", "12 years". */
export const yearsText = (years: number): string => (years === 1 ? '1 year' : `${years} years`);
