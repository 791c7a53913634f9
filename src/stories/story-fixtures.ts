import { z } from 'zod';
import { articleSchema, testimonialSchema } from '../schema/schemas.ts';
import type { ArticleEntry, TestimonialEntry } from './story-entry.ts';

/*
 * Stories for unit tests, made through the real schemas so their data has every default and
 * transformation a real entry has. Only tests import this module.
 */

const articles = articleSchema({ image: () => z.string() });

export function article(id: string, frontmatter: Record<string, unknown> = {}): ArticleEntry {
  const data = articles.parse({
    title: `Article ${id}`,
    description: `What ${id} is about.`,
    pubDate: '2026-01-10',
    tags: ['careers'],
    ...frontmatter,
  });
  return { collection: 'articles', id, data };
}

export function testimonial(id: string, frontmatter: Record<string, unknown> = {}): TestimonialEntry {
  const data = testimonialSchema.parse({
    name: 'Rosa',
    headline: `The story of ${id}`,
    role: 'Team lead',
    startedAs: 'Phone agent',
    yearsInService: 5,
    channels: ['phone'],
    employer: 'telecom',
    workMode: 'remote',
    quote: `A sentence from ${id}.`,
    pubDate: '2026-01-10',
    tags: ['careers'],
    composite: true,
    ...frontmatter,
  });
  return { collection: 'testimonials', id, data };
}
