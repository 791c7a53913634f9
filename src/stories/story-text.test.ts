import { describe, expect, it } from 'vitest';
import { article, testimonial } from '../../tests/fixtures/story-fixtures.ts';
import { lowerInitial, storyChanged, testimonialByline, testimonialProvenance, yearsText } from './story-text.ts';

describe('lowerInitial', () => {
  it('lower-cases a capitalised word for the middle of a sentence, but leaves initialisms alone', () => {
    expect(lowerInitial('Team lead')).toBe('team lead');
    expect(lowerInitial('IT helpdesk agent')).toBe('IT helpdesk agent');
    expect(lowerInitial('Ángel’s desk')).toBe('ángel’s desk');
    expect(testimonialByline({ name: 'Rosa', role: 'Remote customer service agent' })).toBe(
      'Rosa, remote customer service agent',
    );
  });
});

describe('testimonialProvenance', () => {
  it('says whether a testimonial is a composite or told with permission, and under which name', () => {
    expect(testimonialProvenance({ composite: true })).toBe('An illustrative composite');
    expect(testimonialProvenance({ consent: { name: 'real' } })).toBe(
      'Told with permission, under their real first name',
    );
    expect(testimonialProvenance({ consent: { name: 'pseudonym' } })).toBe('Told with permission, under a pseudonym');
    expect(testimonialProvenance({})).toBe('Consent not recorded yet');
  });
});

describe('storyChanged', () => {
  it("takes an article's updatedDate when there is one, else the pubDate; testimonials have only a pubDate", () => {
    const pubDate = new Date('2026-02-04T00:00:00Z');
    expect(storyChanged(article('a', { pubDate: '2026-02-04', updatedDate: '2026-11-26' }))).toEqual(
      new Date('2026-11-26T00:00:00Z'),
    );
    expect(storyChanged(article('b', { pubDate: '2026-02-04' }))).toEqual(pubDate);
    expect(storyChanged(testimonial('c', { pubDate: '2026-02-04' }))).toEqual(pubDate);
  });
});

describe('yearsText', () => {
  it('says one year in the singular and any other number in the plural', () => {
    expect(yearsText(1)).toBe('1 year');
    expect(yearsText(12)).toBe('12 years');
  });
});
