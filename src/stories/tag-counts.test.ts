import { describe, expect, it } from 'vitest';
import { countTags } from './tag-counts.ts';
import { publishable as entry } from '../../tests/fixtures/story-fixtures.ts';

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
