import { readTagList, TAG_LIST_FILE, type ListedTag } from '../../schema/tag-list.ts';
import { editDistance } from '../../schema/spelling.ts';
import { suggestTagSlug } from '../../schema/tags.ts';

export { editDistance } from '../../schema/spelling.ts';
import type { ContentFile, ContentProblem, ContentSource } from '../validate-files.ts';
import type { ContentReport } from './context.ts';

/*
 * Tags come from one list, content/tags.yaml. A story tag not on it is an error that names the
 * closest listed tag and says how to add a new one; the list itself is checked too.
 */

/** Whether two different tags differ only in punctuation, a plural or a small slip of spelling. */
export function tagsLookAlike(a: string, b: string): boolean {
  if (a === b) return false;
  const key = (tag: string) => tag.replace(/[^a-z0-9]/g, '').replace(/s$/, '');
  if (key(a) === key(b)) return true;
  const shorter = Math.min(a.length, b.length);
  return editDistance(a, b) <= (shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0);
}

/** The listed tag nearest to a slug, if one is near enough to be a slip of spelling or form. */
export function closestListedTag(slug: string, listed: readonly ListedTag[]): string | undefined {
  const near = listed.filter((tag) => tagsLookAlike(slug, tag.slug));
  const pool = near.length > 0 ? near : listed;
  const best = pool
    .map((tag) => ({ slug: tag.slug, distance: editDistance(slug, tag.slug) }))
    .sort((a, b) => a.distance - b.distance || a.slug.localeCompare(b.slug))[0];
  if (!best) return undefined;
  return near.length > 0 || best.distance <= Math.max(2, Math.floor(slug.length / 3)) ? best.slug : undefined;
}

const HOW_TO_ADD = `or, for a new tag, add it to ${TAG_LIST_FILE} with a label and a one-sentence description`;

/** What to say about a tag not on the list: the closest listed tag, if any is near, and how to add one. */
function notListed(slug: string, listed: readonly ListedTag[]): string {
  const closest = closestListedTag(slug, listed);
  return closest
    ? `"${slug}" is not on the list of tags; did you mean "${closest}"? Write ${closest}, ${HOW_TO_ADD}`
    : `"${slug}" is not on the list of tags; use one from ${TAG_LIST_FILE}, ${HOW_TO_ADD}`;
}

/** Problems with the tag list itself, and an error for each story tag not on it. */
export function checkTagsListed(
  root: string,
  files: readonly ContentFile[],
): { listed: ListedTag[]; reports: ContentReport[] } {
  const { tags: listed, problems } = readTagList(root);
  const reports: ContentReport[] = problems.map((problem) => ({
    file: TAG_LIST_FILE,
    field: problem.field,
    message: problem.message,
    severity: 'error',
  }));
  if (listed.length === 0) return { listed, reports };
  const known = new Set(listed.map((tag) => tag.slug));
  for (const file of files) {
    file.data.tags.forEach((tag, index) => {
      if (known.has(tag.slug)) return;
      reports.push({
        file: file.file,
        field: `tags[${index}]`,
        message: notListed(tag.slug, listed),
        severity: 'error',
      });
    });
  }
  return { listed, reports };
}

/**
 * A tag the schema refused ("Remote Work") whose nearest slug is a listed tag: the problem then
 * says which one to write instead of only what a slug looks like.
 */
export function pointToListedTags(
  problems: readonly ContentProblem[],
  sources: readonly ContentSource[],
  listed: readonly ListedTag[],
): ContentProblem[] {
  const known = new Set(listed.map((tag) => tag.slug));
  const frontmatter = new Map(sources.map((source) => [source.file, source.frontmatter]));
  return problems.map((problem) => {
    const index = /^tags\[(\d+)\]$/.exec(problem.field)?.[1];
    const tags = index === undefined ? undefined : frontmatter.get(problem.file)?.['tags'];
    const raw: unknown = Array.isArray(tags) ? tags[Number(index)] : undefined;
    if (typeof raw !== 'string' || !known.has(suggestTagSlug(raw))) return problem;
    const suggestion = suggestTagSlug(raw);
    return { ...problem, message: `"${raw}" looks like the listed tag "${suggestion}"; write it as ${suggestion}` };
  });
}

/** Why a list of tags typed in `npm run new` cannot be used: the first one not on the list, if any. */
export function unlistedTag(slugs: readonly string[], listed: readonly ListedTag[]): string | undefined {
  const known = new Set(listed.map((tag) => tag.slug));
  const missing = slugs.map((slug) => suggestTagSlug(slug)).find((slug) => !known.has(slug));
  return missing === undefined ? undefined : notListed(missing, listed);
}
