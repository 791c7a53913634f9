import { describe, expect, it } from 'vitest';
import { editDistance, tagsLookAlike } from './tags.ts';

describe('tag look-alikes', () => {
  it('measures edit distance', () => {
    expect(editDistance('careers', 'carreers')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('tells look-alike tags from merely related ones', () => {
    expect(tagsLookAlike('remote-work', 'remotework')).toBe(true);
    expect(tagsLookAlike('skill', 'skills')).toBe(true);
    expect(tagsLookAlike('escalation', 'escalatoin')).toBe(true);
    expect(tagsLookAlike('chat-support', 'phone-support')).toBe(false);
    expect(tagsLookAlike('management', 'empathy')).toBe(false);
    expect(tagsLookAlike('careers', 'careers')).toBe(false);
  });
});
