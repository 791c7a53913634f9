import { isoDate } from './dates.ts';
import type { Tag } from '../schema/tags.ts';

/** What the publish rule and tag counting need to know about any entry. */
export interface Publishable {
  data: { draft: boolean; pubDate: Date; tags: Tag[] };
}

/** An entry that may carry a real contributor's consent (testimonials); the story is withdrawn once it ends. */
export interface MayHaveConsent {
  data: { consent?: { expires?: Date | undefined } | undefined };
}

export interface PublishOptions {
  /** The moment of the build (or the request, in dev). */
  now: Date;
  /** True in `astro dev`, where editors preview drafts and scheduled entries. */
  includeUnpublished: boolean;
}

export type PublishState = 'published' | 'draft' | 'scheduled' | 'consent-ended';

/**
 * Consent ends at the start of its `expires` day (UTC, like every frontmatter date), so the first
 * build on or after that day leaves the story out.
 */
export function consentHasEnded(entry: MayHaveConsent, now: Date): boolean {
  const expires = entry.data.consent?.expires;
  return expires !== undefined && expires.getTime() <= now.getTime();
}

export function publishState(entry: Publishable & MayHaveConsent, now: Date): PublishState {
  if (consentHasEnded(entry, now)) return 'consent-ended';
  if (entry.data.draft) return 'draft';
  if (entry.data.pubDate.getTime() > now.getTime()) return 'scheduled';
  return 'published';
}

/**
 * Drafts and entries dated after `now` are left out unless unpublished entries are asked for
 * (in `astro dev`). A story whose consent has ended is left out everywhere, the preview included:
 * the person's permission is gone, whoever is looking.
 */
export function isVisible(entry: Publishable & MayHaveConsent, options: PublishOptions): boolean {
  const state = publishState(entry, options.now);
  return state === 'published' || (options.includeUnpublished && state !== 'consent-ended');
}

/** Why an entry is missing from production, in words for editors: "a draft", "scheduled until 2026-03-14". */
export function unpublishedReason(entry: Publishable & MayHaveConsent, now: Date): string | undefined {
  switch (publishState(entry, now)) {
    case 'draft':
      return 'a draft';
    case 'scheduled':
      return `scheduled until ${isoDate(entry.data.pubDate)}`;
    case 'consent-ended':
      return `withdrawn: its consent ended on ${isoDate(entry.data.consent?.expires ?? now)}`;
    case 'published':
      return undefined;
  }
}

/** Newest first; entries published the same moment keep a stable order by id. */
export function byNewestFirst<T extends Publishable & { id: string }>(a: T, b: T): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id);
}

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

const WORDS_PER_MINUTE = 220;

/** Minutes to read a Markdown body, at least one. */
export function readingMinutes(body: string): number {
  const words = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>|[#>*_`[\]()-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

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
