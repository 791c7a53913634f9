import { describe, expect, it } from 'vitest';
import { siteConfig } from '../site.config.ts';
import { article, testimonial } from '../../tests/fixtures/story-fixtures.ts';
import { storyPageMeta } from './page-meta.ts';

const site = siteConfig.url;

describe('storyPageMeta', () => {
  it('gives an article its trail, card and BlogPosting credited to its author', () => {
    const meta = storyPageMeta(
      article('pay', {
        title: 'What agents earn',
        updatedDate: '2026-02-01',
        author: 'Mina',
        tags: ['pay', 'careers'],
      }),
    );
    expect(meta.crumbs).toEqual([
      { name: 'Home', url: '/' },
      { name: 'Articles', url: '/articles/' },
      { name: 'What agents earn', url: '/articles/pay/' },
    ]);
    expect(meta.ogImage).toBe('/og/articles/pay.png');
    expect(meta.jsonLd[0]).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'What agents earn',
      url: `${site}/articles/pay/`,
      image: [`${site}/og/articles/pay.png`],
      datePublished: '2026-01-10T00:00:00.000Z',
      dateModified: '2026-02-01T00:00:00.000Z',
      author: [{ '@type': 'Organization', name: 'Mina', url: `${site}/` }],
      keywords: 'Pay, Careers',
    });
    expect(meta.jsonLd[1]).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, item: `${site}/` },
        { position: 2, item: `${site}/articles/` },
        { position: 3, item: `${site}/articles/pay/` },
      ],
    });
  });

  it('credits a testimonial to the editors, under Testimonials, modified when published', () => {
    const meta = storyPageMeta(testimonial('rosa', { headline: 'I found a game I love' }));
    expect(meta.crumbs[1]).toEqual({ name: 'Testimonials', url: '/testimonials/' });
    expect(meta.jsonLd[0]).toMatchObject({
      headline: 'I found a game I love',
      description: 'A sentence from rosa.',
      dateModified: '2026-01-10T00:00:00.000Z',
      author: [{ name: siteConfig.author }],
    });
  });
});
