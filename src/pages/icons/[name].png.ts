import type { APIRoute, GetStaticPaths } from 'astro';
import { ICON_SIZES, renderIconPng, type IconSize } from '../../seo/icons.ts';
import { withCacheKeys } from '../../stories/cache-key.ts';

// An icon is drawn from the brand mark in the route's own code, so its size is all its key needs.
export const getStaticPaths = (() =>
  withCacheKeys(
    ICON_SIZES.map((size) => ({ params: { name: `icon-${size}` }, props: { size } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: IconSize }> = ({ props }) =>
  new Response(renderIconPng(props.size), { headers: { 'Content-Type': 'image/png' } });
