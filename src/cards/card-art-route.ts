import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../site.config.ts';
import { CARD_ART_WIDTHS, drawCardArt, ogCardFor, type CardArtWidth } from './og-image.ts';
import { getPublishedStories, type Story } from '../stories/library.ts';

/*
 * /og/<collection>/<id>-<width>.webp in `astro dev` only, drawn on request. A production build
 * writes these files itself with the Open Graph cards (src/integrations/og-images.ts).
 */

export const getStaticPaths = (async () =>
  (await getPublishedStories()).flatMap((story) =>
    CARD_ART_WIDTHS.map((width) => ({
      params: { collection: story.collection, art: `${story.id}-${width}` },
      props: { story, width },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story; width: CardArtWidth }> = async ({ props: { story, width } }) =>
  new Response(new Uint8Array(await drawCardArt(ogCardFor(story, siteConfig.title), width)), {
    headers: { 'Content-Type': 'image/webp' },
  });
