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
  const own = new Set(entry.data.tags.map((tag) => tag.slug));
  const ranks = (a: { shared: number; candidate: T }, b: { shared: number; candidate: T }) =>
    b.shared - a.shared || byNewestFirst(a.candidate, b.candidate);
  // One pass that keeps only the best `limit`, so relating every entry to every other stays
  // close to linear in the number of entries rather than sorting the whole list each time.
  const best: { shared: number; candidate: T }[] = [];
  for (const candidate of candidates) {
    if (candidate.collection === entry.collection && candidate.id === entry.id) continue;
    let shared = 0;
    for (const tag of candidate.data.tags) if (own.has(tag.slug)) shared += 1;
    if (shared === 0) continue;
    const ranked = { shared, candidate };
    const at = best.findIndex((kept) => ranks(ranked, kept) < 0);
    best.splice(at === -1 ? best.length : at, 0, ranked);
    if (best.length > limit) best.pop();
  }
  return best.map(({ candidate }) => candidate);
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
