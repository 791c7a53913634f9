import { isoDate } from './dates.ts';
import type { Tag } from '../schema/tags.ts';

/*
 * The publish rule, in one place: which entries a build publishes (drafts, scheduled entries and
 * ended consent left out), why an entry is missing, and the newest-first order of what is left.
 */

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

/**
 * The options for one run of Astro: `astro dev` (Vite's mode "development") previews unpublished
 * entries; a build publishes what is due at this moment.
 */
export function publishOptionsFor(mode: string, now = new Date()): PublishOptions {
  return { now, includeUnpublished: mode === 'development' };
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
 * The first moment after `now` at which publishState() can give another answer for the same entry:
 * its pubDate or the end of its consent, whichever comes first; undefined if neither is still to come.
 */
export function nextPublishStateChange(entry: Publishable & MayHaveConsent, now: Date): Date | undefined {
  const ahead = [entry.data.pubDate, entry.data.consent?.expires].filter(
    (moment): moment is Date => moment !== undefined && moment.getTime() > now.getTime(),
  );
  return ahead.sort((a, b) => a.getTime() - b.getTime())[0];
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

/** The entries the publish rule lets through, newest first: what the library, the cards and the sitemap use. */
export function publishedEntries<T extends Publishable & MayHaveConsent & { id: string }>(
  entries: readonly T[],
  options: PublishOptions,
): T[] {
  return entries.filter((entry) => isVisible(entry, options)).sort(byNewestFirst);
}
