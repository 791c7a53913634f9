import type { APIRoute, GetStaticPaths } from 'astro';
import { getFeed } from '../../../feeds/feeds.ts';
import { rssResponse } from '../../../feeds/feed-responses.ts';
import { getTags } from '../../../stories/library.ts';

export const getStaticPaths = (async () =>
  (await getTags()).map((tag) => ({ params: { tag: tag.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  rssResponse(await getFeed({ kind: 'tag', slug: String(params.tag) }));
