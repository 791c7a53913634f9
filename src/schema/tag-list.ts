import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { z } from 'zod';

/*
 * The one list of tags, content/tags.yaml: each tag's slug (the key), the label readers see and
 * one sentence about it, shown on its page and in its feed. A story may carry only listed tags.
 */

export const TAG_LIST_FILE = 'content/tags.yaml';

/** Lower-case letters and digits in words joined by single hyphens: "remote-work". */
export const TAG_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ListedTag {
  slug: string;
  label: string;
  description: string;
}

export interface TagListProblem {
  field: string;
  message: string;
}

const entrySchema = z.strictObject(
  {
    label: z
      .string({ error: 'expected the label readers see, such as "Remote work"' })
      .trim()
      .min(1, 'expected the label readers see, but it is empty')
      .max(40, 'expected a label of at most 40 characters'),
    description: z
      .string({ error: 'expected one sentence about the tag, shown on its page' })
      .trim()
      .max(200, 'expected one sentence of at most 200 characters')
      .regex(/^[A-Z].*[.!?]$/, 'expected one sentence, starting with a capital letter and ending with a full stop'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field "${issue.keys.join('", "')}": a tag has only label and description`
        : undefined,
  },
);

/** The tags in a tags.yaml text, and each problem as field and expectation. */
export function parseTagList(text: string): { tags: ListedTag[]; problems: TagListProblem[] } {
  let data: unknown;
  try {
    data = parse(text, { prettyErrors: false });
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = 1 + (text.slice(0, error.pos[0]).match(/\n/g)?.length ?? 0);
    return { tags: [], problems: [{ field: `line ${line}`, message: error.message }] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      tags: [],
      problems: [{ field: 'tags', message: 'expected each tag as its slug followed by its label and description' }],
    };
  }
  const tags: ListedTag[] = [];
  const problems: TagListProblem[] = [];
  for (const [slug, value] of Object.entries(data)) {
    if (!TAG_SLUG_PATTERN.test(slug)) {
      problems.push({
        field: slug,
        message: 'expected a lower-case slug of letters, digits and hyphens, such as remote-work',
      });
      continue;
    }
    const result = entrySchema.safeParse(value);
    if (result.success) tags.push({ slug, ...result.data });
    else
      for (const issue of result.error.issues) {
        problems.push({ field: [slug, ...issue.path].join('.'), message: issue.message });
      }
  }
  return { tags, problems };
}

/** The tag list of the project at `root`; a missing file is a problem of its own. */
export function readTagList(root: string): { tags: ListedTag[]; problems: TagListProblem[] } {
  const file = path.join(root, TAG_LIST_FILE);
  if (!existsSync(file)) {
    return {
      tags: [],
      problems: [{ field: 'file', message: 'expected the list of tags here; every story tag must be on it' }],
    };
  }
  return parseTagList(readFileSync(file, 'utf8'));
}

let projectTags: Map<string, ListedTag> | undefined;

/**
 * The listed tags of the project being built, by slug: the build, `astro dev` and the editors'
 * commands all run from the project root. (The content check reads the list of the root it is
 * given, and reports any problem with it.)
 */
export function listedTags(): ReadonlyMap<string, ListedTag> {
  projectTags ??= new Map(readTagList(process.cwd()).tags.map((tag) => [tag.slug, tag]));
  return projectTags;
}
