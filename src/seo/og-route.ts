import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../site.config.ts';
import { drawOgPng, ogCardFor } from './og-image.ts';
import { getPublishedStories, type Story } from '../stories/library.ts';

/*
 * /og/<collection>/<id>.png in `astro dev` only, drawn on request. A production build writes
 * these files itself (src/integrations/og-images.ts), outside Astro's page loop.
 */

export const getStaticPaths = (async () =>
  (await getPublishedStories()).map((story) => ({
    params: { collection: story.collection, id: story.id },
    props: { story },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }> = async ({ props: { story } }) =>
  new Response(new Uint8Array(await drawOgPng(ogCardFor(story, siteConfig.title))), {
    headers: { 'Content-Type': 'image/png' },
  });
