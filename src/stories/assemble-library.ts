import type { Tag } from '../schema/tags.ts';
import { channelLabels, employerLabels, workModeLabels } from '../schema/vocabulary.ts';
import { byNewestFirst, publishedEntries, type PublishOptions } from './publishing.ts';
import { neighbours, relatedFinder, type Neighbours } from './relations.ts';
import { countTags, type TagCount } from './tag-counts.ts';
import { isArticle, storyKey, type ArticleEntry, type TestimonialEntry } from './story-entry.ts';

/*
 * The pure core of the story library: the entries of every collection in, the published library
 * out (what is published, in what order, with which tags, paths, relations and facets). It never
 * reads a file, so library.ts feeds it Astro's collections and tests feed it plain objects.
 */

/** A reading path as its YAML file gives it: member keys such as "articles/first-week". */
export interface ReadingPathEntry {
  id: string;
  data: { title: string; description: string; order: number; entries: readonly string[] };
}

export interface ReadingPath<S> {
  id: string;
  title: string;
  description: string;
  /** The published members, in reading order (unpublished ones are skipped). */
  stories: S[];
}

/** Where a story sits in a reading path: "part 2 of 4", with the next part. */
export interface PathPosition<S> {
  path: ReadingPath<S>;
  part: number;
  of: number;
  next?: S | undefined;
}

export interface StoryRelations<S> {
  related: S[];
  /** Older and newer stories of the same collection. */
  neighbours: Neighbours<S>;
  paths: PathPosition<S>[];
}

export interface Library<A extends ArticleEntry, T extends TestimonialEntry> {
  articles: A[];
  testimonials: T[];
  /** Articles and testimonials together, newest first. */
  stories: (A | T)[];
  /** The article the home page leads with: the newest one marked `featured`, else the newest one. */
  featured: A | undefined;
  tags: TagCount[];
  /** Paths with at least two published members, by their order, then id. */
  readingPaths: ReadingPath<A | T>[];
  /** Everything about a story that depends on the rest of the library, computed once per build. */
  relations: Map<string, StoryRelations<A | T>>;
}

export interface LibraryContent<A, T> {
  articles: readonly A[];
  testimonials: readonly T[];
  readingPaths: readonly ReadingPathEntry[];
}

/** The published library: the publish rule applied, every list sorted, every relation worked out once. */
export function assembleLibrary<A extends ArticleEntry, T extends TestimonialEntry>(
  content: LibraryContent<A, T>,
  options: PublishOptions,
): Library<A, T> {
  const articles = publishedEntries(content.articles, options);
  const testimonials = publishedEntries(content.testimonials, options);
  const stories: (A | T)[] = [...articles, ...testimonials].sort(byNewestFirst);
  const byKey = new Map(stories.map((story) => [storyKey(story), story]));
  const readingPaths = [...content.readingPaths]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((path) => ({
      id: path.id,
      title: path.data.title,
      description: path.data.description,
      stories: path.data.entries.flatMap((key) => byKey.get(key) ?? []),
    }))
    .filter((path) => path.stories.length >= 2);
  const articleNeighbours = neighbours<A | T>(articles);
  const testimonialNeighbours = neighbours<A | T>(testimonials);
  const relatedTo = relatedFinder(stories);
  const relations = new Map<string, StoryRelations<A | T>>();
  for (const story of stories) {
    const paths = readingPaths.flatMap((path) => {
      const index = path.stories.indexOf(story);
      return index === -1 ? [] : [{ path, part: index + 1, of: path.stories.length, next: path.stories[index + 1] }];
    });
    relations.set(storyKey(story), {
      related: relatedTo(story),
      neighbours: (isArticle(story) ? articleNeighbours : testimonialNeighbours).get(story.id) ?? {},
      paths,
    });
  }
  return {
    articles,
    testimonials,
    stories,
    featured: featuredArticle(articles),
    tags: countTags(stories),
    readingPaths,
    relations,
  };
}

/** The newest article an editor marked `featured`, or with none marked, the newest article. */
export function featuredArticle<A extends ArticleEntry>(newestFirst: readonly A[]): A | undefined {
  return newestFirst.find((article) => article.data.featured) ?? newestFirst[0];
}

/** A story's related stories, neighbours and reading-path positions (none for a story not in the library). */
export function relationsOf<S extends { collection: string; id: string }>(
  library: { relations: Map<string, StoryRelations<S>> },
  story: S,
): StoryRelations<S> {
  return library.relations.get(storyKey(story)) ?? { related: [], neighbours: {}, paths: [] };
}

/** The stories that carry a tag, in the order given: what a tag page and a tag feed list. */
export function storiesTagged<S extends { data: { tags: readonly Tag[] } }>(stories: readonly S[], slug: string): S[] {
  return stories.filter((story) => story.data.tags.some((tag) => tag.slug === slug));
}

export const FACET_KINDS = ['channel', 'work-mode', 'employer'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

export interface Facet<T> {
  kind: FacetKind;
  value: string;
  label: string;
  testimonials: T[];
}

const facetNames: Record<FacetKind, string> = { channel: 'Channel', 'work-mode': 'Work mode', employer: 'Employer' };

export function facetKindLabel(kind: FacetKind): string {
  return facetNames[kind];
}

/** The facet values a testimonial has: its channels, its work mode and its kind of employer. */
export function facetValues(testimonial: TestimonialEntry): { kind: FacetKind; value: string; label: string }[] {
  const { channels, workMode, employer } = testimonial.data;
  return [
    ...channels.map((channel) => ({ kind: 'channel' as const, value: channel, label: channelLabels[channel] })),
    { kind: 'work-mode' as const, value: workMode, label: workModeLabels[workMode] },
    { kind: 'employer' as const, value: employer, label: employerLabels[employer] },
  ];
}

const facetVocabulary: Record<FacetKind, Record<string, string>> = {
  channel: channelLabels,
  'work-mode': workModeLabels,
  employer: employerLabels,
};

/** Every facet value some of the testimonials have, in vocabulary order, with those testimonials. */
export function facetsOf<T extends TestimonialEntry>(testimonials: readonly T[]): Facet<T>[] {
  return FACET_KINDS.flatMap((kind) =>
    Object.entries(facetVocabulary[kind]).flatMap(([value, label]) => {
      const matching = testimonials.filter((t) => facetValues(t).some((f) => f.kind === kind && f.value === value));
      return matching.length === 0 ? [] : [{ kind, value, label, testimonials: matching }];
    }),
  );
}
