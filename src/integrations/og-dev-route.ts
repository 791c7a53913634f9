import { fileURLToPath } from 'node:url';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ContentFile } from '../content-check/validate-files.ts';
import { drawOgPng, ogCardFor } from '../seo/og-image.ts';
import { siteConfig } from '../site.config.ts';
import { previewContent } from './preview-content.ts';

/*
 * /og/<collection>/<id>.png in `astro dev` only, drawn on request from the same source a build
 * draws them from: the files in content/, here read afresh so an edit shows (preview-content.ts).
 * A production build writes these files itself (og-images.ts), outside Astro's page loop.
 */

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export const getStaticPaths = (() =>
  previewContent(projectRoot).map((story) => ({
    params: { collection: story.collection, id: story.id },
    props: { story },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: ContentFile }> = async ({ props: { story } }) =>
  new Response(new Uint8Array(await drawOgPng(ogCardFor(story, siteConfig.title))), {
    headers: { 'Content-Type': 'image/png' },
  });
