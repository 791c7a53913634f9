import { describe, expect, it } from 'vitest';
import {
  byNewestFirst,
  isVisible,
  consentHasEnded,
  nextPublishStateChange,
  publishedEntries,
  publishOptionsFor,
  publishState,
  unpublishedReason,
} from './publishing.ts';
import { publishable as entry } from '../../tests/fixtures/story-fixtures.ts';

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

describe('published entries', () => {
  const entries = [
    entry('old', '2026-01-01'),
    entry('draft', '2026-02-01', { draft: true }),
    entry('new', '2026-03-01'),
    entry('scheduled', '2026-09-01'),
  ];

  it('keeps what the publish rule lets through, newest first', () => {
    expect(publishedEntries(entries, production).map((post) => post.id)).toEqual(['new', 'old']);
    expect(publishedEntries(entries, dev).map((post) => post.id)).toEqual(['scheduled', 'new', 'draft', 'old']);
  });

  it('previews unpublished entries only in Vite’s development mode, whatever else the mode is called', () => {
    expect(publishOptionsFor('development', now)).toEqual(dev);
    expect(publishOptionsFor('production', now)).toEqual(production);
    expect(publishOptionsFor('test', now)).toEqual(production);
  });
});

describe('when the publish state next changes', () => {
  const withConsent = (pubDate: string, expires: string) => {
    const base = entry('real-person', pubDate);
    return { ...base, data: { ...base.data, consent: { expires: new Date(expires) } } };
  };

  it('is the first of the pubDate and the end of consent still to come, where the state does change', () => {
    const cases = [
      [entry('later', '2026-06-02T09:00:00Z'), '2026-06-02T09:00:00Z'],
      [withConsent('2026-01-01', '2026-06-03'), '2026-06-03T00:00:00Z'],
      [withConsent('2026-06-05', '2026-06-04'), '2026-06-04T00:00:00Z'],
    ] as const;
    for (const [post, expected] of cases) {
      const change = nextPublishStateChange(post, now);
      expect(change?.toISOString()).toBe(new Date(expected).toISOString());
      const justBefore = new Date((change?.getTime() ?? 0) - 1);
      expect(publishState(post, justBefore)).toBe(publishState(post, now));
      expect(publishState(post, change ?? now)).not.toBe(publishState(post, now));
    }
  });

  it('is none when both moments are past', () => {
    expect(nextPublishStateChange(entry('past', '2026-05-01'), now)).toBeUndefined();
    expect(nextPublishStateChange(withConsent('2026-01-01', '2026-05-01'), now)).toBeUndefined();
  });
});
