import { fileURLToPath } from 'node:url';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ContentFile } from '../content-check/validate-files.ts';
import { CARD_ART_WIDTHS, type CardArtWidth } from '../seo/card-size.ts';
import { drawCardArt, ogCardFor } from '../seo/og-image.ts';
import { siteConfig } from '../site.config.ts';
import { previewContent } from './preview-content.ts';

/*
 * /og/<collection>/<id>-<width>.webp in `astro dev` only: a story's card drawn small for the story
 * cards, on request, from the files a build draws it from, read afresh (preview-content.ts) so
 * an edit shows. A production build writes these files itself with the Open Graph cards (og-images.ts).
 */

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export const getStaticPaths = (() =>
  previewContent(projectRoot).flatMap((story) =>
    CARD_ART_WIDTHS.map((width) => ({
      params: { collection: story.collection, art: `${story.id}-${width}` },
      props: { story, width },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: ContentFile; width: CardArtWidth }> = async ({ props: { story, width } }) =>
  new Response(new Uint8Array(await drawCardArt(ogCardFor(story, siteConfig.title), width)), {
    headers: { 'Content-Type': 'image/webp' },
  });
