import { describe, expect, it } from 'vitest';
import { siteConfig } from '../site.config.ts';
import { assembleLibrary } from '../stories/assemble-library.ts';
import { article, testimonial } from '../../tests/fixtures/story-fixtures.ts';
import { feedItem, planFeed } from './feed-plan.ts';

const site = siteConfig.url;
const now = new Date('2026-06-01T12:00:00Z');
const library = assembleLibrary(
  {
    articles: [
      article('pay', { pubDate: '2026-03-01', tags: ['pay', 'careers'], updatedDate: '2026-04-01', author: 'Mina' }),
      article('first-week', { pubDate: '2026-01-05', tags: ['careers'] }),
      article('draft', { pubDate: '2026-01-06', tags: ['pay'], draft: true }),
    ],
    testimonials: [testimonial('rosa', { pubDate: '2026-02-01', tags: ['pay'] })],
    readingPaths: [],
  },
  { now, includeUnpublished: false },
);
const ids = (stories: readonly { id: string }[]) => stories.map((story) => story.id);

describe('planFeed', () => {
  it('puts every published story in the main feed, with its RSS and JSON addresses', () => {
    const plan = planFeed({ kind: 'all' }, library);
    expect(ids(plan.stories)).toEqual(['pay', 'rosa', 'first-week']);
    expect(plan).toMatchObject({
      title: siteConfig.title,
      pageUrl: `${site}/`,
      rssUrl: `${site}/rss.xml`,
      jsonUrl: `${site}/feed.json`,
      stylesheetPath: '/rss.css',
      subscribeUrl: `${site}/subscribe/`,
    });
  });

  it('gives each collection its own feed, without a JSON twin', () => {
    const plan = planFeed({ kind: 'collection', collection: 'testimonials' }, library);
    expect(ids(plan.stories)).toEqual(['rosa']);
    expect(plan.rssUrl).toBe(`${site}/testimonials/rss.xml`);
    expect(plan.jsonUrl).toBeUndefined();
  });

  it('gives a tag feed the published stories with that tag, named by its label', () => {
    const plan = planFeed({ kind: 'tag', slug: 'pay' }, library);
    expect(ids(plan.stories)).toEqual(['pay', 'rosa']);
    expect(plan.title).toBe(`${siteConfig.title}: Pay`);
    expect(plan.pageUrl).toBe(`${site}/tags/pay/`);
    expect(plan.rssUrl).toBe(`${site}/tags/pay/rss.xml`);
  });

  it('refuses a tag no published story carries', () => {
    expect(() => planFeed({ kind: 'tag', slug: 'nothing' }, library)).toThrow(
      'no published story carries the tag "nothing"',
    );
  });

  it('holds at most feedLimit stories, the newest', () => {
    const many = Array.from({ length: siteConfig.feedLimit + 5 }, (_, index) =>
      article(`a${index}`, { pubDate: new Date(Date.UTC(2025, 0, 1 + index)) }),
    );
    const big = assembleLibrary(
      { articles: many, testimonials: [], readingPaths: [] },
      { now, includeUnpublished: false },
    );
    const plan = planFeed({ kind: 'all' }, big);
    expect(plan.stories).toHaveLength(siteConfig.feedLimit);
    expect(plan.stories[0]?.id).toBe(`a${siteConfig.feedLimit + 4}`);
  });
});

describe('feedItem', () => {
  it('credits an article to its author, with its update date', () => {
    const pay = library.articles[0]!;
    expect(feedItem(pay, '<p>Body</p>')).toEqual({
      url: `${site}/articles/pay/`,
      title: 'Article pay',
      summary: 'What pay is about.',
      contentHtml: '<p>Body</p>',
      published: new Date('2026-03-01T00:00:00Z'),
      modified: new Date('2026-04-01T00:00:00Z'),
      tags: pay.data.tags,
      author: 'Mina',
    });
  });

  it('credits a testimonial to the editors, with its headline and pull quote', () => {
    expect(feedItem(library.testimonials[0]!, '')).toMatchObject({
      url: `${site}/testimonials/rosa/`,
      title: 'The story of rosa',
      summary: 'A sentence from rosa.',
      modified: undefined,
      author: siteConfig.author,
    });
  });

  it('carries the lead image it is given, and none otherwise', () => {
    const image = { url: `${site}/_astro/desk.png`, type: 'image/png', width: 1200, height: 630, alt: 'A desk' };
    expect(feedItem(library.articles[0]!, '', image).image).toEqual(image);
    expect(feedItem(library.articles[0]!, '').image).toBeUndefined();
  });
});
