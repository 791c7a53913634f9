import { describe, expect, it } from 'vitest';
import { endsMidSentence, excerptWithoutTitle, resultExcerpt, startsMidSentence } from './search-excerpt.ts';

const title = 'Handling escalation calmly, step by step';

describe('excerptWithoutTitle', () => {
  it('drops the title when the excerpt starts with it, marks and all', () => {
    const excerpt =
      'Handling <mark>escalation</mark> calmly, step by step. When to <mark>escalate,</mark> when to solve it';
    expect(excerptWithoutTitle(excerpt, title)).toBe('When to <mark>escalate,</mark> when to solve it');
  });

  it('drops the end of the title when the excerpt starts inside it', () => {
    expect(excerptWithoutTitle('calmly, step by step. When to wait', title)).toBe('When to wait');
  });

  it('keeps an excerpt that does not start with the title, even one ending word like it', () => {
    const excerpt = 'When <mark>escalation</mark> really is the right call, we hand over';
    expect(excerptWithoutTitle(excerpt, title)).toBe(excerpt);
    expect(excerptWithoutTitle('step. Then breathe', title)).toBe('step. Then breathe');
  });
});

describe('startsMidSentence', () => {
  it('is true for a lower-case start and false for a capital, a mark or a digit', () => {
    expect(startsMidSentence('hand over with a full summary')).toBe(true);
    expect(startsMidSentence('When to escalate')).toBe(false);
    expect(startsMidSentence('<mark>Escalation</mark> requests')).toBe(false);
    expect(startsMidSentence('12 years in')).toBe(false);
  });
});

describe('endsMidSentence', () => {
  it('is false after a full stop, a question mark or a closing quote after one, true otherwise', () => {
    expect(endsMidSentence('takes it step by step.')).toBe(false);
    expect(endsMidSentence('a friend before we say goodbye?”')).toBe(false);
    expect(endsMidSentence('the whole process in <mark>handling</mark>')).toBe(true);
  });
});

describe('resultExcerpt', () => {
  it('drops the title and frames a cut sentence with ellipses', () => {
    expect(resultExcerpt('Handling escalation calmly, step by step. When to wait', title)).toBe('When to wait…');
    expect(resultExcerpt('hand over with a summary. Then rest.', title)).toBe('…hand over with a summary. Then rest.');
    expect(resultExcerpt(title, title)).toBe('');
  });
});
