import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../../site.config.ts';
import { renderOgImage } from '../../../lib/og-image.ts';
import { getPublishedStories, isArticle, storySummary, storyTitle, type Story } from '../../../lib/posts.ts';

export const getStaticPaths = (async () =>
  (await getPublishedStories()).map((story) => ({
    params: { collection: story.collection, id: story.id },
    props: { story },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }> = async ({ props: { story } }) => {
  const png = await renderOgImage({
    kicker: isArticle(story) ? 'Article' : 'Testimonial',
    title: storyTitle(story),
    subtitle: storySummary(story),
    siteName: siteConfig.title,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
