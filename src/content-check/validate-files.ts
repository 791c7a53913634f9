import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { z } from 'zod';
import { articleSchema, testimonialSchema } from '../schema/schemas.ts';
import { readFrontmatter } from './yaml-text.ts';

/*
 * Validates the MDX files under content/ with the same schemas the build uses, without a build.
 * Used by the content check, by tests and by the build's own background steps, so a bad post
 * fails fast with "file: field: expectation", and every valid file comes back typed.
 */

export type CollectionName = 'articles' | 'testimonials';

export interface ContentProblem {
  /** Path relative to the project root, such as content/articles/x.mdx. */
  file: string;
  /** The frontmatter field, such as tags[1]; "frontmatter" when the whole block is at fault. */
  field: string;
  message: string;
}

/** Stands in for Astro's image() helper: the path must name a file next to the entry. */
function imageRelativeTo(directory: string): () => z.ZodString {
  const check = z
    .string({ error: 'expected the image path as text, relative to this file' })
    .refine((src) => existsSync(path.resolve(directory, src)), {
      error: (issue) => `expected an image file at "${String(issue.input)}", relative to this file, but there is none`,
    });
  return () => check;
}

/** Article frontmatter as this module reads it: the hero image is its path, checked to exist. */
export type FileArticleData = z.output<ReturnType<typeof articleSchema<z.ZodString>>>;
export type FileTestimonialData = z.output<typeof testimonialSchema>;

interface FileOf<C extends CollectionName, Data> {
  /** Path relative to the project root, such as content/articles/x.mdx. */
  file: string;
  collection: C;
  /** The entry id Astro's glob loader gives it: the path under the collection folder, less .mdx. */
  id: string;
  data: Data;
  /** The MDX after the frontmatter. */
  body: string;
}

export type ArticleFile = FileOf<'articles', FileArticleData>;
export type TestimonialFile = FileOf<'testimonials', FileTestimonialData>;
/** A valid entry of either collection; `collection` tells which, and with it the type of `data`. */
export type ContentFile = ArticleFile | TestimonialFile;

/** Every MDX file read, valid or not: its whole text, and its frontmatter as written, before the schema. */
export interface ContentSource {
  file: string;
  text: string;
  /** Undefined when the YAML does not parse. */
  frontmatter?: Record<string, unknown> | undefined;
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

/** The problems of a failed zod parse, one per issue. */
export function problemsOf(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({ file, field: fieldName(issue.path), message: issue.message }));
}

type ArticleSchema = ReturnType<typeof articleSchema<z.ZodString>>;
const articleSchemas = new Map<string, ArticleSchema>();

/** Building a zod schema costs far more than using one, so each folder's article schema is built once. */
function articleSchemaFor(directory: string): ArticleSchema {
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

/** The MDX files of a folder, as paths relative to it, in a stable order. */
export function listMdx(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

export interface ValidationResult {
  files: ContentFile[];
  problems: ContentProblem[];
  sources: ContentSource[];
  /** Files found in a collection folder but not read: .md files, and files that are not UTF-8. */
  unread: string[];
}

/** The Markdown files of a folder, which the collections do not load, as paths relative to it. */
function listMarkdown(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/**
 * Why a .md file in a collection is an error: the collections load .mdx only, and a story saved as
 * .md would otherwise vanish without a word. Rejected rather than loaded, because raw HTML in
 * Markdown escapes the checks that MDX's parsed components get.
 */
export function markdownFileProblem(file: string, mdxTwinExists: boolean): ContentProblem {
  const mdx = `${path.posix.basename(file, '.md')}.mdx`;
  return {
    file,
    field: 'file',
    message: mdxTwinExists
      ? `a .md file is not published, and ${mdx} already has this address; move what you need into ${mdx}, then delete this file`
      : `a .md file is not published: stories are .mdx files; rename it to ${mdx}`,
  };
}

/** The text of a file, or the line of its first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; line: number } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
    return { ok: false, line: before.split('\n').length };
  }
}

/** The words for a file that is not UTF-8, shared by the content check and the build. */
export function notUtf8Problem(file: string, line: number): ContentProblem {
  return {
    file,
    field: `line ${line}`,
    message: 'the file is not UTF-8 (it looks saved as Latin-1 or Windows-1252); save it again as UTF-8 in your editor',
  };
}

/** Reads and validates every entry of both collections under the project root. */
export function validateContentFiles(root: string): ValidationResult {
  const result: ValidationResult = { files: [], problems: [], sources: [], unread: [] };
  for (const [collection, folder] of Object.entries(collectionFolders) as [CollectionName, string][]) {
    const mdxFiles = listMdx(path.join(root, folder));
    for (const name of listMarkdown(path.join(root, folder))) {
      const file = path.posix.join(folder, name);
      result.unread.push(file);
      result.problems.push(markdownFileProblem(file, mdxFiles.includes(name.replace(/\.md$/, '.mdx'))));
    }
    for (const name of mdxFiles) {
      const absolute = path.join(root, folder, name);
      const file = path.posix.join(folder, name);
      const decoded = decodeUtf8(readFileSync(absolute));
      if (!decoded.ok) {
        result.unread.push(file);
        result.problems.push(notUtf8Problem(file, decoded.line));
        continue;
      }
      const { text } = decoded;
      const { yaml, body } = readFrontmatter(text);
      const data: Record<string, unknown> =
        yaml.ok && yaml.data !== null && typeof yaml.data === 'object'
          ? Object.fromEntries(Object.entries(yaml.data))
          : {};
      result.sources.push({ file, text, frontmatter: yaml.ok ? data : undefined });
      if (!yaml.ok) {
        result.problems.push({
          file,
          field: 'frontmatter',
          message: `expected valid YAML between the --- lines; ${yaml.message}`,
        });
        continue;
      }
      const id = entryIdFor(name);
      if (collection === 'articles') {
        const parsed = articleSchemaFor(path.dirname(absolute)).safeParse(data);
        if (parsed.success) result.files.push({ file, collection, id, data: parsed.data, body });
        else result.problems.push(...problemsOf(file, parsed.error));
      } else {
        const parsed = testimonialSchema.safeParse(data);
        if (parsed.success) result.files.push({ file, collection, id, data: parsed.data, body });
        else result.problems.push(...problemsOf(file, parsed.error));
      }
    }
  }
  return result;
}
