import { z } from 'zod';

/*
 * The rules of JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as a zod schema, so a test can
 * say exactly which field of /feed.json breaks the spec.
 */

const absoluteUrl = z.url({ protocol: /^https?$/ });
const rfc3339 = z.iso.datetime({ offset: true });

const author = z
  .object({ name: z.string().min(1).optional(), url: absoluteUrl.optional(), avatar: absoluteUrl.optional() })
  .refine((value) => value.name ?? value.url ?? value.avatar, 'an author needs a name, url or avatar');

const item = z
  .object({
    id: z.string().min(1),
    url: absoluteUrl.optional(),
    external_url: absoluteUrl.optional(),
    title: z.string().optional(),
    content_html: z.string().optional(),
    content_text: z.string().optional(),
    summary: z.string().optional(),
    image: absoluteUrl.optional(),
    banner_image: absoluteUrl.optional(),
    date_published: rfc3339.optional(),
    date_modified: rfc3339.optional(),
    authors: z.array(author).optional(),
    tags: z.array(z.string()).optional(),
    language: z.string().optional(),
  })
  .refine((value) => value.content_html !== undefined || value.content_text !== undefined, {
    message: 'an item needs content_html or content_text',
  });

export const jsonFeedSchema = z.object({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  title: z.string().min(1),
  home_page_url: absoluteUrl.optional(),
  feed_url: absoluteUrl.optional(),
  description: z.string().optional(),
  icon: absoluteUrl.optional(),
  favicon: absoluteUrl.optional(),
  authors: z.array(author).optional(),
  language: z.string().optional(),
  expired: z.boolean().optional(),
  items: z.array(item),
});

export type JsonFeed = z.infer<typeof jsonFeedSchema>;
