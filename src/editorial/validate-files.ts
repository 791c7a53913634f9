import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { slug as githubSlug } from 'github-slugger';
import { z } from 'zod';
import type { SchemaContext } from 'astro:content';
import { articleSchema, testimonialSchema } from '../schema/schemas.ts';

/*
 * Validates the MDX files under content/ with the same schemas the build uses, without a build.
 * Used by tests (and by editors' tooling) so a bad post fails fast with "file: field: expectation".
 */

export type CollectionName = 'articles' | 'testimonials';

export interface ContentProblem {
  /** Path relative to the project root, such as content/articles/x.mdx. */
  file: string;
  /** The frontmatter field, such as tags[1]; "frontmatter" when the whole block is at fault. */
  field: string;
  message: string;
}

export interface ContentFile {
  file: string;
  collection: CollectionName;
  /** The entry id Astro's glob loader gives it: the path under the collection folder, less .mdx. */
  id: string;
  data: Record<string, unknown>;
  body: string;
}

export const collectionFolders: Record<CollectionName, string> = {
  articles: 'content/articles',
  testimonials: 'content/testimonials',
};

/** A zod path as editors write it: ["tags", 1] becomes "tags[1]". */
export function fieldName(issuePath: readonly PropertyKey[]): string {
  if (issuePath.length === 0) return 'frontmatter';
  return issuePath
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Stands in for Astro's image() helper: the path must name a file next to the entry. */
function imageRelativeTo(directory: string): SchemaContext['image'] {
  const check = z
    .string({ error: 'expected the image path as text, relative to this file' })
    .refine((src) => existsSync(path.resolve(directory, src)), {
      error: (issue) => `expected an image file at "${String(issue.input)}", relative to this file, but there is none`,
    });
  return (() => check) as unknown as SchemaContext['image'];
}

type ArticleSchema = ReturnType<typeof articleSchema>;
const articleSchemas = new Map<string, ArticleSchema>();

/** Building a zod schema costs far more than using one, so each folder's article schema is built once. */
function schemaFor(collection: CollectionName, directory: string) {
  if (collection === 'testimonials') return testimonialSchema;
  let schema = articleSchemas.get(directory);
  if (!schema) {
    schema = articleSchema({ image: imageRelativeTo(directory) });
    articleSchemas.set(directory, schema);
  }
  return schema;
}

/** The id Astro's glob loader gives a file: each folder and the name slugged, a trailing /index dropped. */
export function entryIdFor(relativePath: string): string {
  return relativePath
    .replace(/\.mdx$/, '')
    .split(/[\\/]/)
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

function listMdx(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort();
}

export interface ValidationResult {
  files: ContentFile[];
  problems: ContentProblem[];
}

/** Reads and validates every entry of both collections under the project root. */
export function validateContentFiles(root: string): ValidationResult {
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  for (const [collection, folder] of Object.entries(collectionFolders) as [CollectionName, string][]) {
    for (const name of listMdx(path.join(root, folder))) {
      const absolute = path.join(root, folder, name);
      const file = path.posix.join(folder, name.split(path.sep).join('/'));
      let parsed: { frontmatter: Record<string, unknown>; content: string };
      try {
        parsed = parseFrontmatter(readFileSync(absolute, 'utf8'));
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        problems.push({ file, field: 'frontmatter', message: `expected valid YAML between --- lines: ${reason}` });
        continue;
      }
      const result = schemaFor(collection, path.dirname(absolute)).safeParse(parsed.frontmatter);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file, field: fieldName(issue.path), message: issue.message });
        }
        continue;
      }
      const id = entryIdFor(file.slice(folder.length + 1));
      files.push({ file, collection, id, data: result.data as Record<string, unknown>, body: parsed.content });
    }
  }
  return { files, problems };
}
