import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedOf, getFeedPlan } from '../../../feeds/feeds.ts';
import { rssResponse } from '../../../feeds/feed-responses.ts';
import { withCacheKeys } from '../../../stories/cache-key.ts';
import { getTags } from '../../../stories/library.ts';

export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    (await getTags()).map(async (tag) => ({
      params: { tag: tag.slug },
      props: { plan: await getFeedPlan({ kind: 'tag', slug: tag.slug }) },
    })),
  );
  // A feed carries its stories' full text, so their bodies count as well as their frontmatter.
  return withCacheKeys(paths, ({ props }) => props.plan.stories.map((story) => story.body));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => rssResponse(await feedOf(props.plan));
