import { describe, expect, it } from 'vitest';
import { storyChangeDates, withLastmod } from './sitemap-dates.ts';
import { article, testimonial } from '../../tests/fixtures/story-fixtures.ts';

const pubDate = new Date('2026-02-04T00:00:00Z');
const updatedDate = new Date('2026-11-26T00:00:00Z');
const updated = article('a', { pubDate: '2026-02-04', updatedDate: '2026-11-26' });
const unchanged = article('b', { pubDate: '2026-02-04' });
const told = testimonial('c', { pubDate: '2026-02-04' });

describe('sitemap dates', () => {
  it('keys each story by its absolute URL, with its updatedDate or else its pubDate', () => {
    const dates = storyChangeDates(
      [updated, unchanged, told],
      (entry) => `https://example.org/${entry.collection}/${entry.id}/`,
    );
    expect([...dates]).toEqual([
      ['https://example.org/articles/a/', updatedDate],
      ['https://example.org/articles/b/', pubDate],
      ['https://example.org/testimonials/c/', pubDate],
    ]);
  });

  it('adds lastmod to story items only', () => {
    const serialize = withLastmod(new Map([['https://example.org/articles/a/', updatedDate]]));
    expect(serialize({ url: 'https://example.org/articles/a/' })).toEqual({
      url: 'https://example.org/articles/a/',
      lastmod: '2026-11-26T00:00:00.000Z',
    });
    expect(serialize({ url: 'https://example.org/about/' })).toEqual({ url: 'https://example.org/about/' });
  });
});
