import { byNewestFirst, type Publishable } from './publishing.ts';

/*
 * How a story relates to the others: related stories ranked by shared tags, and its older and
 * newer neighbours. assemble-library.ts works them out once per build.
 */

interface Related extends Publishable {
  id: string;
  collection: string;
}

/**
 * Up to `limit` other entries ranked by how many tags they share with `entry`, then newest first.
 * Entries sharing no tag are never offered.
 */
export function relatedEntries<T extends Related>(entry: T, candidates: readonly T[], limit = 3): T[] {
  return relatedFinder(candidates, limit)(entry);
}

/**
 * relatedEntries() for many entries against the same candidates. Each candidate's tags are read
 * once into a bit set, so relating every story to every other (a million pairs at 1000 stories,
 * in every build and in `astro dev`'s first page) counts shared tags a word at a time. Tags are
 * unique within an entry: the schema drops repeats.
 */
export function relatedFinder<T extends Related>(candidates: readonly T[], limit = 3): (entry: T) => T[] {
  if (limit < 1) return () => [];
  const bitOf = new Map<string, number>();
  for (const candidate of candidates)
    for (const tag of candidate.data.tags) if (!bitOf.has(tag.slug)) bitOf.set(tag.slug, bitOf.size);
  const words = Math.max(1, Math.ceil(bitOf.size / 32));
  const setBits = (tags: readonly { slug: string }[], into: Uint32Array, at: number) => {
    for (const tag of tags) {
      const bit = bitOf.get(tag.slug);
      if (bit !== undefined) into[at + (bit >>> 5)]! |= 1 << (bit & 31);
    }
  };
  const masks = new Uint32Array(candidates.length * words);
  candidates.forEach((candidate, index) => setBits(candidate.data.tags, masks, index * words));
  const ranks = (a: { shared: number; candidate: T }, b: { shared: number; candidate: T }) =>
    b.shared - a.shared || byNewestFirst(a.candidate, b.candidate);

  return (entry) => {
    const own = new Uint32Array(words);
    setBits(entry.data.tags, own, 0);
    // One pass that keeps only the best `limit`, so relating every entry to every other stays
    // close to linear in the number of entries rather than sorting the whole list each time.
    const best: { shared: number; candidate: T }[] = [];
    for (let index = 0; index < candidates.length; index += 1) {
      let shared = 0;
      for (let word = 0; word < words; word += 1) shared += bitsSet(own[word]! & masks[index * words + word]!);
      if (shared === 0) continue;
      // Fewer shared tags than the last one kept: it cannot rank among the best.
      if (best.length === limit && shared < best[limit - 1]!.shared) continue;
      const candidate = candidates[index]!;
      if (candidate.collection === entry.collection && candidate.id === entry.id) continue;
      const ranked = { shared, candidate };
      const at = best.findIndex((kept) => ranks(ranked, kept) < 0);
      best.splice(at === -1 ? best.length : at, 0, ranked);
      if (best.length > limit) best.pop();
    }
    return best.map(({ candidate }) => candidate);
  };
}

/** How many bits of a 32-bit word are set. */
function bitsSet(word: number): number {
  let count = word - ((word >>> 1) & 0x55555555);
  count = (count & 0x33333333) + ((count >>> 2) & 0x33333333);
  return Math.imul((count + (count >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export interface Neighbours<T> {
  /** The next older entry. */
  previous?: T | undefined;
  /** The next newer entry. */
  next?: T | undefined;
}

/** For a newest-first list, each entry's older and newer neighbour. */
export function neighbours<T extends { id: string }>(newestFirst: readonly T[]): Map<string, Neighbours<T>> {
  return new Map(
    newestFirst.map((entry, index) => [entry.id, { previous: newestFirst[index + 1], next: newestFirst[index - 1] }]),
  );
}
