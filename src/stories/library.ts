import { getCollection, type CollectionEntry } from 'astro:content';
import {
  assembleLibrary,
  facetsOf,
  relationsOf,
  storiesTagged,
  type Facet as FacetOf,
  type Library as LibraryOf,
  type PathPosition as PathPositionOf,
  type ReadingPath as ReadingPathOf,
  type StoryRelations as StoryRelationsOf,
} from './assemble-library.ts';
import { publishOptionsFor } from './publishing.ts';
import type { TagCount } from './tag-counts.ts';

/*
 * The only module that calls getCollection. Every page and feed asks it what is published,
 * so no route can disagree about drafts, scheduled entries, order or tag counts. What the library
 * holds is worked out by the pure assemble-library.ts; this module feeds it Astro's collections.
 */

export type Article = CollectionEntry<'articles'>;
export type Testimonial = CollectionEntry<'testimonials'>;
export type Story = Article | Testimonial;
export type Library = LibraryOf<Article, Testimonial>;
export type ReadingPath = ReadingPathOf<Story>;
export type PathPosition = PathPositionOf<Story>;
export type StoryRelations = StoryRelationsOf<Story>;
export type Facet = FacetOf<Testimonial>;

async function loadLibrary(): Promise<Library> {
  const [articles, testimonials, readingPaths] = await Promise.all([
    getCollection('articles'),
    getCollection('testimonials'),
    getCollection('readingPaths'),
  ]);
  // Unpublished entries show only in `astro dev`. The test is on Vite's mode, which `astro build`
  // always sets to "production", not on import.meta.env.DEV, which follows NODE_ENV and would turn
  // true in a build run with NODE_ENV=test or development (drafts would then be published).
  return assembleLibrary({ articles, testimonials, readingPaths }, publishOptionsFor(import.meta.env.MODE));
}

let cached: Promise<Library> | undefined;

/** The published library, computed once per production build (fresh on every dev request). */
export function getLibrary(): Promise<Library> {
  if (import.meta.env.MODE === 'development') return loadLibrary();
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
  return storiesTagged(await getPublishedStories(), slug);
}

/**
 * Each story of a list with its relations, from one reading of the library: what the story pages'
 * getStaticPaths() need, without reading the library once per story in `astro dev`, where it is
 * not kept between calls.
 */
export async function withRelations<S extends Story>(
  pick: (library: Library) => S[],
): Promise<{ story: S; relations: StoryRelations }[]> {
  const library = await getLibrary();
  return pick(library).map((story) => ({ story, relations: relationsOf(library, story) }));
}

/** Every facet value some published testimonial has, in vocabulary order, with its testimonials. */
export async function getFacets(): Promise<Facet[]> {
  return facetsOf(await getPublishedTestimonials());
}

export { FACET_KINDS, facetKindLabel, facetValues, type FacetKind } from './assemble-library.ts';
export { isArticle, storyKey } from './story-entry.ts';
export { tagDescription } from '../schema/tags.ts';
export { storyAuthor, storySummary, storyTitle, storyUpdated, testimonialByline, yearsText } from './story-text.ts';
