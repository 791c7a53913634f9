import { describe, expect, it } from 'vitest';
import {
  byNewestFirst,
  countTags,
  isVisible,
  consentHasEnded,
  neighbours,
  publishState,
  readingMinutes,
  relatedEntries,
  unpublishedReason,
} from './publishing.ts';
import { tagLabel } from '../schema/tags.ts';

function entry(id: string, pubDate: string, options: { draft?: boolean; tags?: string[] } = {}) {
  return {
    id,
    data: {
      draft: options.draft ?? false,
      pubDate: new Date(pubDate),
      tags: (options.tags ?? []).map((slug) => ({ slug, label: tagLabel(slug) })),
    },
  };
}

const now = new Date('2026-06-01T12:00:00Z');
const production = { now, includeUnpublished: false };
const dev = { now, includeUnpublished: true };

describe('the publish rule', () => {
  it('publishes a past, non-draft entry everywhere', () => {
    const post = entry('past', '2026-05-01');
    expect(publishState(post, now)).toBe('published');
    expect(isVisible(post, production)).toBe(true);
    expect(isVisible(post, dev)).toBe(true);
  });

  it('publishes an entry dated earlier the same day', () => {
    expect(isVisible(entry('today', '2026-06-01'), production)).toBe(true);
  });

  it('hides drafts in production but shows them in dev', () => {
    const draft = entry('draft', '2026-05-01', { draft: true });
    expect(publishState(draft, now)).toBe('draft');
    expect(isVisible(draft, production)).toBe(false);
    expect(isVisible(draft, dev)).toBe(true);
  });

  it('hides future-dated entries in production until their date, and shows them in dev', () => {
    const scheduled = entry('later', '2026-06-02');
    expect(publishState(scheduled, now)).toBe('scheduled');
    expect(isVisible(scheduled, production)).toBe(false);
    expect(isVisible(scheduled, dev)).toBe(true);
    expect(isVisible(scheduled, { ...production, now: new Date('2026-06-02T00:00:00Z') })).toBe(true);
  });

  it('treats a draft with a future date as a draft', () => {
    expect(publishState(entry('both', '2027-01-01', { draft: true }), now)).toBe('draft');
  });
});

describe('consent that ends', () => {
  const withConsent = (expires: string | undefined, options: { draft?: boolean } = {}) => {
    const base = entry('real-person', '2026-01-01', options);
    return { ...base, data: { ...base.data, consent: { expires: expires ? new Date(expires) : undefined } } };
  };

  it('keeps a story published until the day its consent ends', () => {
    const endsTomorrow = withConsent('2026-06-02');
    expect(consentHasEnded(endsTomorrow, now)).toBe(false);
    expect(publishState(endsTomorrow, now)).toBe('published');
    expect(isVisible(endsTomorrow, production)).toBe(true);
  });

  it('withdraws it from the first moment of that day, in production and in the dev preview', () => {
    const endedYesterday = withConsent('2026-05-31');
    expect(publishState(endedYesterday, now)).toBe('consent-ended');
    expect(isVisible(endedYesterday, production)).toBe(false);
    expect(isVisible(endedYesterday, dev)).toBe(false);
    const endsToday = withConsent('2026-06-01');
    expect(consentHasEnded(endsToday, new Date('2026-05-31T23:59:59Z'))).toBe(false);
    expect(consentHasEnded(endsToday, new Date('2026-06-01T00:00:00Z'))).toBe(true);
  });

  it('puts ended consent before every other state, drafts included', () => {
    expect(publishState(withConsent('2026-05-31', { draft: true }), now)).toBe('consent-ended');
  });

  it('never withdraws consent with no end date, or a story with no consent at all', () => {
    expect(publishState(withConsent(undefined), new Date('2090-01-01'))).toBe('published');
    expect(publishState(entry('composite', '2026-01-01'), new Date('2090-01-01'))).toBe('published');
  });

  it('says in words why an entry is not published', () => {
    expect(unpublishedReason(entry('draft', '2026-05-01', { draft: true }), now)).toBe('a draft');
    expect(unpublishedReason(entry('later', '2026-07-04'), now)).toBe('scheduled until 2026-07-04');
    expect(unpublishedReason(withConsent('2026-05-31'), now)).toBe('withdrawn: its consent ended on 2026-05-31');
    expect(unpublishedReason(entry('past', '2026-05-01'), now)).toBeUndefined();
  });
});

describe('sorting', () => {
  it('puts the newest first and breaks ties by id', () => {
    const sorted = [entry('b', '2026-01-01'), entry('c', '2026-03-01'), entry('a', '2026-01-01')].sort(byNewestFirst);
    expect(sorted.map((post) => post.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('tag counting', () => {
  it('counts each tag across entries, most used first, then alphabetically', () => {
    const counts = countTags([
      entry('1', '2026-01-01', { tags: ['careers', 'remote-work'] }),
      entry('2', '2026-01-02', { tags: ['remote-work', 'empathy'] }),
      entry('3', '2026-01-03', { tags: ['remote-work', 'careers'] }),
    ]);
    expect(counts).toEqual([
      { slug: 'remote-work', label: 'Remote work', count: 3 },
      { slug: 'careers', label: 'Careers', count: 2 },
      { slug: 'empathy', label: 'Empathy', count: 1 },
    ]);
  });

  it('returns no tags for no entries', () => {
    expect(countTags([])).toEqual([]);
  });
});

describe('reading time', () => {
  it('rounds words at 220 a minute, with a floor of one minute', () => {
    expect(readingMinutes('word '.repeat(1100))).toBe(5);
    expect(readingMinutes('## Heading\n\n- a short list')).toBe(1);
  });
});

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
