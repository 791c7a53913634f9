import type { APIRoute, GetStaticPaths } from 'astro';
import { ICON_SIZES, renderIconPng, type IconSize } from '../../seo/icons.ts';

export const getStaticPaths = (() =>
  ICON_SIZES.map((size) => ({ params: { name: `icon-${size}` }, props: { size } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: IconSize }> = ({ props }) =>
  new Response(renderIconPng(props.size), { headers: { 'Content-Type': 'image/png' } });
