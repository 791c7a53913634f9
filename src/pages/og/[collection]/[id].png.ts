import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../../site.config.ts';
import { ogCardFor, renderOgImage } from '../../../cards/og-image.ts';
import { getPublishedStories, type Story } from '../../../stories/library.ts';

export const getStaticPaths = (async () =>
  (await getPublishedStories()).map((story) => ({
    params: { collection: story.collection, id: story.id },
    props: { story },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }> = async ({ props: { story } }) => {
  const png = await renderOgImage(ogCardFor(story, siteConfig.title));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
