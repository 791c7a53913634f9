import { describe, expect, it } from 'vitest';
import {
  assembleLibrary,
  facetsOf,
  featuredArticle,
  facetValues,
  relationsOf,
  storiesTagged,
} from './assemble-library.ts';
import { storyKey } from './story-entry.ts';
import { article, testimonial } from '../../tests/fixtures/story-fixtures.ts';

const now = new Date('2026-06-01T12:00:00Z');
const production = { now, includeUnpublished: false };

const articles = [
  article('oldest', { pubDate: '2026-01-01', tags: ['careers', 'remote-work'] }),
  article('newest', { pubDate: '2026-05-01', tags: ['careers'] }),
  article('middle', { pubDate: '2026-03-01', tags: ['empathy', 'remote-work'] }),
  article('draft', { pubDate: '2026-02-01', draft: true, tags: ['careers'] }),
  article('scheduled', { pubDate: '2026-07-01', tags: ['careers'] }),
];
const testimonials = [
  testimonial('rosa', { pubDate: '2026-04-01', tags: ['remote-work'], channels: ['phone', 'chat'] }),
  testimonial('kofi', { name: 'Kofi', pubDate: '2026-02-15', employer: 'hospitality', workMode: 'on-site' }),
];
const readingPaths = [
  {
    id: 'later',
    data: { title: 'Later', description: 'Second.', order: 2, entries: ['articles/oldest', 'testimonials/rosa'] },
  },
  {
    id: 'start',
    data: {
      title: 'Start',
      description: 'First.',
      order: 1,
      entries: ['articles/oldest', 'articles/draft', 'articles/middle', 'articles/newest'],
    },
  },
  {
    id: 'too-short',
    data: { title: 'Short', description: 'One left.', order: 0, entries: ['articles/draft', 'articles/newest'] },
  },
];

const library = assembleLibrary({ articles, testimonials, readingPaths }, production);
const ids = (stories: readonly { id: string }[]) => stories.map((story) => story.id);

describe('assembleLibrary', () => {
  it('publishes only past, non-draft entries, newest first', () => {
    expect(ids(library.articles)).toEqual(['newest', 'middle', 'oldest']);
    expect(ids(library.testimonials)).toEqual(['rosa', 'kofi']);
    expect(ids(library.stories)).toEqual(['newest', 'rosa', 'middle', 'kofi', 'oldest']);
  });

  it('leads with the newest article when none is featured', () => {
    expect(library.featured?.id).toBe('newest');
  });

  it('leads with the newest featured article, skipping unpublished ones', () => {
    const marked = [
      article('old-pick', { pubDate: '2026-01-05', featured: true }),
      article('later-pick', { pubDate: '2026-02-05', featured: true }),
      article('draft-pick', { pubDate: '2026-04-05', featured: true, draft: true }),
      ...articles,
    ];
    const chosen = assembleLibrary({ articles: marked, testimonials, readingPaths }, production);
    expect(chosen.featured?.id).toBe('later-pick');
    expect(featuredArticle([])).toBeUndefined();
  });

  it('shows everything in dev, where editors preview drafts and scheduled entries', () => {
    const dev = assembleLibrary({ articles, testimonials, readingPaths }, { now, includeUnpublished: true });
    expect(ids(dev.articles)).toEqual(['scheduled', 'newest', 'middle', 'draft', 'oldest']);
  });

  it('counts tags over published stories only, most used first, then by label', () => {
    expect(library.tags.map((tag) => [tag.slug, tag.count])).toEqual([
      ['careers', 3],
      ['remote-work', 3],
      ['empathy', 1],
    ]);
  });

  it('orders reading paths, skips unpublished members and drops paths left with one', () => {
    expect(library.readingPaths.map((path) => [path.id, ids(path.stories)])).toEqual([
      ['start', ['oldest', 'middle', 'newest']],
      ['later', ['oldest', 'rosa']],
    ]);
  });

  it('relates each story to the rest once: related, neighbours and path positions', () => {
    const oldest = relationsOf(library, articles[0]!);
    // Each shares one tag with it, so the newest three are offered; kofi is the fourth.
    expect(ids(oldest.related)).toEqual(['newest', 'rosa', 'middle']);
    expect(oldest.neighbours.previous).toBeUndefined();
    expect(oldest.neighbours.next?.id).toBe('middle');
    expect(oldest.paths.map((position) => [position.path.id, position.part, position.of, position.next?.id])).toEqual([
      ['start', 1, 3, 'middle'],
      ['later', 1, 2, 'rosa'],
    ]);
    // Neighbours stay within a collection.
    expect(relationsOf(library, testimonials[0]!).neighbours).toEqual({ previous: testimonials[1], next: undefined });
  });

  it('gives a story outside the library no relations', () => {
    expect(relationsOf(library, articles[3]!)).toEqual({ related: [], neighbours: {}, paths: [] });
    expect(library.relations.has(storyKey(articles[3]!))).toBe(false);
  });
});

describe('storiesTagged', () => {
  it('keeps the stories with the tag, in the order given', () => {
    expect(ids(storiesTagged(library.stories, 'remote-work'))).toEqual(['rosa', 'middle', 'oldest']);
    expect(storiesTagged(library.stories, 'no-such-tag')).toEqual([]);
  });
});

describe('facets', () => {
  it('lists a testimonial’s channels, work mode and employer with their labels', () => {
    expect(facetValues(testimonials[0]!)).toEqual([
      { kind: 'channel', value: 'phone', label: 'Phone' },
      { kind: 'channel', value: 'chat', label: 'Chat' },
      { kind: 'work-mode', value: 'remote', label: 'Remote' },
      { kind: 'employer', value: 'telecom', label: 'Telecom' },
    ]);
  });

  it('gives every value some testimonial has, in vocabulary order, and no empty ones', () => {
    expect(facetsOf(library.testimonials).map((facet) => [facet.kind, facet.value, ids(facet.testimonials)])).toEqual([
      ['channel', 'phone', ['rosa', 'kofi']],
      ['channel', 'chat', ['rosa']],
      ['work-mode', 'remote', ['rosa']],
      ['work-mode', 'on-site', ['kofi']],
      ['employer', 'telecom', ['rosa']],
      ['employer', 'hospitality', ['kofi']],
    ]);
  });
});
