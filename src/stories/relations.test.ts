import { describe, expect, it } from 'vitest';
import { neighbours, relatedEntries } from './relations.ts';
import { publishable as entry } from '../../tests/fixtures/story-fixtures.ts';

describe('related entries', () => {
  const withCollection = (collection: string, id: string, date: string, tags: string[]) => ({
    ...entry(id, date, { tags }),
    collection,
  });
  const self = withCollection('articles', 'self', '2026-01-01', ['a', 'b', 'c']);
  const pool = [
    self,
    withCollection('articles', 'one-shared-new', '2026-05-01', ['a']),
    withCollection('testimonials', 'two-shared', '2026-02-01', ['a', 'b']),
    withCollection('articles', 'three-shared', '2025-01-01', ['a', 'b', 'c', 'z']),
    withCollection('articles', 'one-shared-old', '2025-06-01', ['c']),
    withCollection('articles', 'unrelated', '2026-06-01', ['z']),
    withCollection('testimonials', 'self', '2026-03-01', ['z']),
  ];

  it('ranks by shared tags, then newest first, across collections, at most three', () => {
    expect(relatedEntries(self, pool).map((e) => e.id)).toEqual(['three-shared', 'two-shared', 'one-shared-new']);
  });

  it('never offers the entry itself or entries sharing no tag', () => {
    const ids = relatedEntries(self, pool, 10).map((e) => `${e.collection}/${e.id}`);
    expect(ids).not.toContain('articles/self');
    expect(ids).not.toContain('articles/unrelated');
    expect(ids).toHaveLength(4);
  });

  it('gives the same answer as ranking the whole pool, whatever order the pool is in', () => {
    const tags = ['a', 'b', 'c', 'd', 'e'];
    const big = Array.from({ length: 60 }, (_, index) =>
      withCollection(
        index % 3 === 0 ? 'testimonials' : 'articles',
        `entry-${index}`,
        `2026-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}`,
        tags.filter((_, tag) => (index * 7 + tag * 3) % 5 < 2),
      ),
    );
    const shuffled = [...big].sort(
      (a, b) => ((a.id.length * 31 + a.id.charCodeAt(6)) % 7) - ((b.id.length * 31 + b.id.charCodeAt(6)) % 7),
    );
    for (const subject of big.slice(0, 12)) {
      const own = new Set(subject.data.tags.map((tag) => tag.slug));
      const shared = (other: (typeof big)[number]) => other.data.tags.filter((tag) => own.has(tag.slug)).length;
      const expected = big
        .filter((other) => other !== subject && shared(other) > 0)
        .sort(
          (a, b) =>
            shared(b) - shared(a) || b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id),
        )
        .slice(0, 4)
        .map((other) => other.id);
      expect(relatedEntries(subject, shuffled, 4).map((other) => other.id)).toEqual(expected);
    }
  });

  it('returns nothing for an entry whose tags nobody else has', () => {
    expect(relatedEntries(withCollection('articles', 'lonely', '2026-01-01', ['q']), pool)).toEqual([]);
    expect(relatedEntries(self, pool, 0)).toEqual([]);
  });
});

describe('neighbours', () => {
  it('gives each entry in a newest-first list its older and newer neighbour', () => {
    const list = [entry('newest', '2026-03-01'), entry('middle', '2026-02-01'), entry('oldest', '2026-01-01')];
    const map = neighbours(list);
    expect(map.get('middle')?.previous?.id).toBe('oldest');
    expect(map.get('middle')?.next?.id).toBe('newest');
    expect(map.get('newest')?.next).toBeUndefined();
    expect(map.get('oldest')?.previous).toBeUndefined();
  });
});
