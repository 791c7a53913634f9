import { describe, expect, it } from 'vitest';
import { lowerInitial, testimonialByline, testimonialProvenance } from './story-text.ts';

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
