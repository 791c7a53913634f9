import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { llmsFullText, llmsIndexText } from '../feeds/llms.ts';
import { withCacheKeys } from '../stories/cache-key.ts';
import { getPublishedStories } from '../stories/library.ts';

/*
 * /llms.txt and /llms-full.txt. One route with two paths rather than two plain endpoints, so that
 * each has a cacheKey and a build that changed no story reuses them: /llms-full.txt holds every
 * story's full text, and rendering all of them again is the most a warm build could otherwise spend.
 */

export const getStaticPaths = (async () => {
  const stories = await getPublishedStories();
  return withCacheKeys(
    [
      { params: { llms: 'llms' }, props: { stories, full: false } },
      { params: { llms: 'llms-full' }, props: { stories, full: true } },
    ],
    ({ props }) => (props.full ? props.stories.map((story) => story.body) : undefined),
  );
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(props.full ? await llmsFullText(props.stories) : llmsIndexText(props.stories), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
