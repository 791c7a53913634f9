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

/** Each entry's JSON, written once per build however many pages show it (entries are not changed). */
const entryJson = new WeakMap<EntryLike, string>();

/**
 * JSON with object keys sorted, content entries reduced to their frontmatter, Maps and Sets as
 * arrays, and dates as ISO strings: what JSON.stringify would write with a replacer doing that,
 * written directly, since a warm build keys every page of the site (about 1,800 at N = 1000).
 */
export function stableJson(value: unknown): string {
  return jsonOf(value, '') ?? 'null';
}

/** The JSON of `value` at `key`, or undefined where JSON.stringify leaves a property out. */
function jsonOf(input: unknown, key: string): string | undefined {
  let value = input;
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function')
    value = (value as { toJSON: (key: string) => unknown }).toJSON(key);
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return String(value);
    case 'bigint':
      throw new TypeError('a cache key cannot hold a BigInt');
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map((item, at) => jsonOf(item, String(at)) ?? 'null').join(',')}]`;
      if (value instanceof Map) return objectJson({ map: [...value.entries()] });
      if (value instanceof Set) return objectJson({ set: [...value] });
      if (isEntry(value)) {
        let json = entryJson.get(value);
        if (json === undefined) {
          json = objectJson({ collection: value.collection, id: value.id, data: value.data });
          entryJson.set(value, json);
        }
        return json;
      }
      return objectJson(value as Record<string, unknown>);
    default:
      return undefined;
  }
}

function objectJson(object: Record<string, unknown>): string {
  const members: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const json = jsonOf(object[key], key);
    if (json !== undefined) members.push(`${JSON.stringify(key)}:${json}`);
  }
  return `{${members.join(',')}}`;
}
