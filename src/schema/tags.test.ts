import { describe, expect, it } from 'vitest';
import { suggestTagSlug, TAG_SLUG_PATTERN, tagLabel } from './tags.ts';

describe('tags', () => {
  it('labels a slug in sentence case, with overrides', () => {
    expect(tagLabel('remote-work')).toBe('Remote work');
    expect(tagLabel('e-commerce')).toBe('E-commerce');
  });

  it('accepts slugs and rejects anything else', () => {
    expect(TAG_SLUG_PATTERN.test('phone-support')).toBe(true);
    for (const bad of ['Phone', 'phone support', '-phone', 'phone--support', 'phone-', 'café']) {
      expect(TAG_SLUG_PATTERN.test(bad), bad).toBe(false);
    }
  });

  it('suggests the nearest slug for free text', () => {
    expect(suggestTagSlug('Remote Work')).toBe('remote-work');
    expect(suggestTagSlug('  Café & Co! ')).toBe('cafe-co');
  });
});
