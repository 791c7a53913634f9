import type { APIRoute, GetStaticPaths } from 'astro';
import { getFeed } from '../../../lib/feeds.ts';
import { rssResponse } from '../../../lib/feed-responses.ts';
import { getTags } from '../../../lib/posts.ts';

export const getStaticPaths = (async () =>
  (await getTags()).map((tag) => ({ params: { tag: tag.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  rssResponse(await getFeed({ kind: 'tag', slug: String(params.tag) }));
