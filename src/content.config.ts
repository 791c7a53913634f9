import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { afterContentCheck } from './schema/after-content-check.ts';
import { articleSchema, readingPathSchema, testimonialSchema } from './schema/schemas.ts';

const articles = defineCollection({
  loader: afterContentCheck(glob({ pattern: '**/*.mdx', base: './content/articles' })),
  // Called with Astro's own image() so the entry type knows a hero's src is loaded image metadata.
  schema: ({ image }) => articleSchema({ image }),
});

const testimonials = defineCollection({
  loader: afterContentCheck(glob({ pattern: '**/*.mdx', base: './content/testimonials' })),
  schema: testimonialSchema,
});

const readingPaths = defineCollection({
  loader: afterContentCheck(glob({ pattern: '**/*.yaml', base: './content/reading-paths' })),
  schema: readingPathSchema,
});

export const collections = { articles, testimonials, readingPaths };
