import type { Publishable } from './publishing.ts';
import type { Tag } from '../schema/tags.ts';

/* How many published stories carry each tag: the tag index, tag feeds and the scaffolder's suggestions. */

export interface TagCount extends Tag {
  count: number;
}

/** Every tag used by the entries, with how many entries carry it: most used first, then by label. */
export function countTags(entries: readonly Publishable[]): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const entry of entries) {
    for (const tag of entry.data.tags) {
      const known = counts.get(tag.slug);
      if (known) known.count += 1;
      else counts.set(tag.slug, { ...tag, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
