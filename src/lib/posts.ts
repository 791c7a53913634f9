import { getCollection, type CollectionEntry } from 'astro:content';
import { byNewestFirst, countTags, isVisible, type PublishOptions, type TagCount } from './publishing.ts';

/*
 * The only module that calls getCollection. Every page and feed asks it what is published,
 * so no route can disagree about drafts, scheduled entries, order or tag counts.
 */

export type Article = CollectionEntry<'articles'>;
export type Testimonial = CollectionEntry<'testimonials'>;
export type Story = Article | Testimonial;

export interface Library {
  articles: Article[];
  testimonials: Testimonial[];
  /** Articles and testimonials together, newest first. */
  stories: Story[];
  tags: TagCount[];
}

function publishOptions(): PublishOptions {
  return { now: new Date(), includeUnpublished: import.meta.env.DEV };
}

async function loadLibrary(): Promise<Library> {
  const options = publishOptions();
  const [articles, testimonials] = await Promise.all([
    getCollection('articles', (entry) => isVisible(entry, options)),
    getCollection('testimonials', (entry) => isVisible(entry, options)),
  ]);
  articles.sort(byNewestFirst);
  testimonials.sort(byNewestFirst);
  const stories: Story[] = [...articles, ...testimonials].sort(byNewestFirst);
  return { articles, testimonials, stories, tags: countTags(stories) };
}

let cached: Promise<Library> | undefined;

/** The published library, computed once per production build (fresh on every dev request). */
export function getLibrary(): Promise<Library> {
  if (import.meta.env.DEV) return loadLibrary();
  cached ??= loadLibrary();
  return cached;
}

export async function getPublishedArticles(): Promise<Article[]> {
  return (await getLibrary()).articles;
}

export async function getPublishedTestimonials(): Promise<Testimonial[]> {
  return (await getLibrary()).testimonials;
}

export async function getPublishedStories(): Promise<Story[]> {
  return (await getLibrary()).stories;
}

export async function getTags(): Promise<TagCount[]> {
  return (await getLibrary()).tags;
}

export async function getStoriesByTag(slug: string): Promise<Story[]> {
  return (await getPublishedStories()).filter((story) => story.data.tags.some((tag) => tag.slug === slug));
}

export function isArticle(story: Story): story is Article {
  return story.collection === 'articles';
}

/** The headline of any story: an article's title, or "Rosa, remote customer service agent". */
export function storyTitle(story: Story): string {
  if (isArticle(story)) return story.data.title;
  const role = story.data.role;
  const lowered = /^\p{Lu}\p{Ll}/u.test(role) ? role.charAt(0).toLowerCase() + role.slice(1) : role;
  return `${story.data.name}, ${lowered}`;
}

/** The one-line summary of any story: an article's description, or a testimonial's pull quote. */
export function storySummary(story: Story): string {
  return isArticle(story) ? story.data.description : story.data.quote;
}
