import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, testimonialSchema } from './content/schemas.ts';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

const testimonials = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/testimonials' }),
  schema: testimonialSchema,
});

export const collections = { articles, testimonials };
