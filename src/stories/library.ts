import { getCollection, type CollectionEntry } from 'astro:content';
import { channelLabels, employerLabels, workModeLabels } from '../schema/vocabulary.ts';
import {
  byNewestFirst,
  countTags,
  isVisible,
  neighbours,
  relatedEntries,
  type Neighbours,
  type PublishOptions,
  type TagCount,
} from './publishing.ts';

/*
 * The only module that calls getCollection. Every page and feed asks it what is published,
 * so no route can disagree about drafts, scheduled entries, order or tag counts.
 */

export type Article = CollectionEntry<'articles'>;
export type Testimonial = CollectionEntry<'testimonials'>;
export type Story = Article | Testimonial;

export interface ReadingPath {
  id: string;
  title: string;
  description: string;
  /** The published members, in reading order (unpublished ones are skipped). */
  stories: Story[];
}

/** Where a story sits in a reading path: "part 2 of 4", with the next part. */
export interface PathPosition {
  path: ReadingPath;
  part: number;
  of: number;
  next?: Story | undefined;
}

export interface Library {
  articles: Article[];
  testimonials: Testimonial[];
  /** Articles and testimonials together, newest first. */
  stories: Story[];
  tags: TagCount[];
  readingPaths: ReadingPath[];
  /** Everything about a story that depends on the rest of the library, computed once per build. */
  relations: Map<string, StoryRelations>;
}

export interface StoryRelations {
  related: Story[];
  /** Older and newer stories of the same collection. */
  neighbours: Neighbours<Story>;
  paths: PathPosition[];
}

/** The key of a story in library maps and in reading paths: "articles/why-i-chose". */
export function storyKey(story: Pick<Story, 'collection' | 'id'>): string {
  return `${story.collection}/${story.id}`;
}

/*
 * Unpublished entries show only in `astro dev`. The test is on Vite's mode, which `astro build`
 * always sets to "production", not on import.meta.env.DEV, which follows NODE_ENV and would turn
 * true in a build run with NODE_ENV=test or development (drafts would then be published).
 */
function publishOptions(): PublishOptions {
  return { now: new Date(), includeUnpublished: import.meta.env.MODE === 'development' };
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
  const byKey = new Map(stories.map((story) => [storyKey(story), story]));
  const readingPaths = (await getCollection('readingPaths'))
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((path) => ({
      id: path.id,
      title: path.data.title,
      description: path.data.description,
      stories: path.data.entries.flatMap((key) => byKey.get(key) ?? []),
    }))
    .filter((path) => path.stories.length >= 2);
  const articleNeighbours = neighbours<Story>(articles);
  const testimonialNeighbours = neighbours<Story>(testimonials);
  const relations = new Map<string, StoryRelations>();
  for (const story of stories) {
    const paths = readingPaths.flatMap((path) => {
      const index = path.stories.indexOf(story);
      return index === -1 ? [] : [{ path, part: index + 1, of: path.stories.length, next: path.stories[index + 1] }];
    });
    relations.set(storyKey(story), {
      related: relatedEntries(story, stories),
      neighbours: (isArticle(story) ? articleNeighbours : testimonialNeighbours).get(story.id) ?? {},
      paths,
    });
  }
  return { articles, testimonials, stories, tags: countTags(stories), readingPaths, relations };
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
  return (await getPublishedStories()).filter((story) => story.data.tags.some((tag) => tag.slug === slug));
}

/** A story's related stories, neighbours and reading-path positions. */
export async function getRelations(story: Story): Promise<StoryRelations> {
  return (await getLibrary()).relations.get(storyKey(story)) ?? { related: [], neighbours: {}, paths: [] };
}

export const FACET_KINDS = ['channel', 'work-mode', 'employer'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

export interface Facet {
  kind: FacetKind;
  value: string;
  label: string;
  testimonials: Testimonial[];
}

const facetNames: Record<FacetKind, string> = { channel: 'Channel', 'work-mode': 'Work mode', employer: 'Employer' };

export function facetKindLabel(kind: FacetKind): string {
  return facetNames[kind];
}

/** The facet values a testimonial has: its channels, its work mode and its kind of employer. */
export function facetValues(testimonial: Testimonial): { kind: FacetKind; value: string; label: string }[] {
  const { channels: own, workMode, employer } = testimonial.data;
  return [
    ...own.map((channel) => ({ kind: 'channel' as const, value: channel, label: channelLabels[channel] })),
    { kind: 'work-mode' as const, value: workMode, label: workModeLabels[workMode] },
    { kind: 'employer' as const, value: employer, label: employerLabels[employer] },
  ];
}

/** Every facet value some published testimonial has, in vocabulary order, with its testimonials. */
export async function getFacets(): Promise<Facet[]> {
  const { testimonials } = await getLibrary();
  const vocabulary: Record<FacetKind, Record<string, string>> = {
    channel: channelLabels,
    'work-mode': workModeLabels,
    employer: employerLabels,
  };
  return FACET_KINDS.flatMap((kind) =>
    Object.entries(vocabulary[kind]).flatMap(([value, label]) => {
      const matching = testimonials.filter((t) => facetValues(t).some((f) => f.kind === kind && f.value === value));
      return matching.length === 0 ? [] : [{ kind, value, label, testimonials: matching }];
    }),
  );
}

export function isArticle(story: Story): story is Article {
  return story.collection === 'articles';
}

export { storySummary, storyTitle, testimonialByline } from './story-text.ts';
