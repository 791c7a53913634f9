import { describe, expect, it } from 'vitest';
import { lastChanged, storyChangeDates, withLastmod } from './sitemap-dates.ts';

const pubDate = new Date('2026-02-04T00:00:00Z');
const updatedDate = new Date('2026-11-26T00:00:00Z');

describe('sitemap dates', () => {
  it('takes updatedDate when there is one, else pubDate, else nothing', () => {
    expect(lastChanged({ pubDate, updatedDate })).toBe(updatedDate);
    expect(lastChanged({ pubDate })).toBe(pubDate);
    expect(lastChanged({ title: 'no dates' })).toBeUndefined();
  });

  it('keys each story by its absolute URL', () => {
    const dates = storyChangeDates(
      [
        { collection: 'articles', id: 'a', data: { pubDate, updatedDate } },
        { collection: 'testimonials', id: 'b', data: { pubDate } },
      ],
      (entry) => `https://example.org/${entry.collection}/${entry.id}/`,
    );
    expect([...dates]).toEqual([
      ['https://example.org/articles/a/', updatedDate],
      ['https://example.org/testimonials/b/', pubDate],
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
