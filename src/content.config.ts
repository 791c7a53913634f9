import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, readingPathSchema, testimonialSchema } from './schema/schemas.ts';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  // Called with Astro's own image() so the entry type knows a hero's src is loaded image metadata.
  schema: ({ image }) => articleSchema({ image }),
});

const testimonials = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/testimonials' }),
  schema: testimonialSchema,
});

const readingPaths = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './content/reading-paths' }),
  schema: readingPathSchema,
});

export const collections = { articles, testimonials, readingPaths };
