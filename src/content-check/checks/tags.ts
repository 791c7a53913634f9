import { suggestTagSlug } from '../../schema/tags.ts';
import type { ContentFile, ContentProblem, ContentSource } from '../validate-files.ts';
import type { ContentReport } from './context.ts';

/*
 * Tags that look like a tag other entries already use. Of two look-alikes, the one on more entries
 * (or, on a tie, the one used first) is taken as the existing tag.
 */

/** Edit distance between two short strings (tags, paths), for "did you mean" checks. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Whether two different tags differ only in punctuation, a plural or a small slip of spelling. */
export function tagsLookAlike(a: string, b: string): boolean {
  if (a === b) return false;
  const key = (tag: string) => tag.replace(/[^a-z0-9]/g, '').replace(/s$/, '');
  if (key(a) === key(b)) return true;
  const shorter = Math.min(a.length, b.length);
  return editDistance(a, b) <= (shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0);
}

export interface TagUse {
  count: number;
  /** Publication date and file of the first entry to use it, as a sortable string. */
  first: string;
}

/** How many valid entries use each tag, and which used it first. */
export function tagUsage(files: readonly ContentFile[]): Map<string, TagUse> {
  const usage = new Map<string, TagUse>();
  for (const file of files) {
    const order = `${file.data.pubDate.toISOString()} ${file.file}`;
    for (const tag of file.data.tags) {
      const use = usage.get(tag.slug);
      if (!use) usage.set(tag.slug, { count: 1, first: order });
      else {
        use.count += 1;
        if (order < use.first) use.first = order;
      }
    }
  }
  return usage;
}

const outranks = (a: TagUse, b: TagUse) => a.count > b.count || (a.count === b.count && a.first < b.first);

/** A warning for each valid tag that looks like a better-established one. */
export function checkLookAlikeTags(files: readonly ContentFile[], usage: Map<string, TagUse>): ContentReport[] {
  return files.flatMap((file) =>
    file.data.tags.flatMap((tag, index): ContentReport[] => {
      const own = usage.get(tag.slug);
      const existing = [...usage].find(
        ([other, use]) => own && outranks(use, own) && tagsLookAlike(tag.slug, other),
      )?.[0];
      if (!existing) return [];
      return [
        {
          file: file.file,
          field: `tags[${index}]`,
          message: `"${tag.slug}" looks like the existing tag "${existing}"; use that one unless you mean a new tag`,
          severity: 'warning',
        },
      ];
    }),
  );
}

/**
 * A tag the schema refused ("Remote Work") whose nearest slug is a tag in use: the problem then
 * says which one to write instead of only what a slug looks like.
 */
export function pointToExistingTags(
  problems: readonly ContentProblem[],
  sources: readonly ContentSource[],
  usage: Map<string, TagUse>,
): ContentProblem[] {
  const frontmatter = new Map(sources.map((source) => [source.file, source.frontmatter]));
  return problems.map((problem) => {
    const index = /^tags\[(\d+)\]$/.exec(problem.field)?.[1];
    const tags = index === undefined ? undefined : frontmatter.get(problem.file)?.['tags'];
    const raw: unknown = Array.isArray(tags) ? tags[Number(index)] : undefined;
    if (typeof raw !== 'string' || !usage.has(suggestTagSlug(raw))) return problem;
    const suggestion = suggestTagSlug(raw);
    return { ...problem, message: `"${raw}" looks like the existing tag "${suggestion}"; write it as ${suggestion}` };
  });
}
