import { createHash } from 'node:crypto';
import { siteConfig } from '../site.config.ts';

/*
 * Astro's incremental build (experimental.incrementalBuild) copies a page from the last build
 * instead of rendering it when its route's code is unchanged and the cacheKey its getStaticPaths()
 * returned is the same. The key is ours to get right: it must change whenever anything the page
 * shows changes. So every dynamic route keys its paths here, from the props the page renders
 * (which therefore carry everything it shows: relations, neighbours, journey placement), plus the
 * site settings every page shows. Astro hashes the code; the key covers the data.
 *
 * A content entry anywhere in the props counts by its frontmatter (collection, id, data): that is
 * what a card, a link or a neighbour shows of it. Its body counts only where a page passes it in
 * `alsoShown`, as a story's own page does, so a typo fix re-renders that one page, not every page
 * that lists the story.
 */

/** The key of a page showing `shown`, on a site with the settings `site`. */
export function cacheKeyOf(shown: unknown, site: unknown): string {
  return createHash('sha256').update(stableJson({ site, shown })).digest('base64url');
}

/** Gives each path from getStaticPaths() the cacheKey of its props, plus anything in `alsoShown`. */
export function withCacheKeys<P extends { props?: unknown }>(
  paths: readonly P[],
  alsoShown: (path: P) => unknown = () => undefined,
): (P & { cacheKey: string })[] {
  // `astro dev` renders every request afresh and never reads a key: no need to hash every page's props.
  if (import.meta.env.MODE === 'development') return paths.map((path) => ({ ...path, cacheKey: '' }));
  return paths.map((path) => ({
    ...path,
    cacheKey: cacheKeyOf({ props: path.props, also: alsoShown(path) }, siteConfig),
  }));
}

interface EntryLike {
  collection: string;
  id: string;
  data: unknown;
}

function isEntry(value: object): value is EntryLike {
  const entry = value as Partial<EntryLike>;
  return typeof entry.collection === 'string' && typeof entry.id === 'string' && typeof entry.data === 'object';
}

/**
 * JSON with object keys sorted, content entries reduced to their frontmatter, Maps and Sets as
 * arrays, and dates as ISO strings (JSON.stringify applies toJSON before the replacer sees them).
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, val: unknown) => {
    if (val === null || typeof val !== 'object') return val;
    if (val instanceof Map) return { map: [...val.entries()] };
    if (val instanceof Set) return { set: [...val] };
    if (Array.isArray(val)) return val;
    const object = isEntry(val) ? { collection: val.collection, id: val.id, data: val.data } : val;
    return Object.fromEntries(
      Object.keys(object)
        .sort()
        .map((key) => [key, (object as Record<string, unknown>)[key]]),
    );
  });
}
